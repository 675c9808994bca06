import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.js';

/**
 * Linear time on hostile input: one long line (a collapsed page) made of the pieces the rules look for. The bound
 * is generous (machines are noisy); the growth check compares 1 MB against 5 MB in the same run.
 */
const piece =
  'طباعة ارسل لصديق 12 يناير 2020 المصدر: رويترز إقرأ المزيد تخطى الأكثر قراءة وواصل القراءة 26-05-2026 ' +
  'https://p.example/x تخطي إلى الجزء التالي عنوان الخبر 2026/5/26 ٢٦ مايو ٢٠٢٦ عنوان الخبر نص قصير. ' +
  'الجمعة 3 نوفمبر/تشرين الثاني 2017 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس (رويترز) سمات وسوم ';
function line(bytes: number): string {
  return piece.repeat(Math.ceil(bytes / (piece.length * 2))).slice(0, bytes / 2);
}
function time(text: string): number {
  const t0 = performance.now();
  segment(text);
  return performance.now() - t0;
}

describe('segmentation is linear-time', () => {
  it('handles a 5 MB single line under a generous bound and grows about linearly', () => {
    const small = line(1_000_000);
    const big = line(5_000_000);
    time(small); // warm up
    const tSmall = Math.min(time(small), time(small));
    const tBig = time(big);
    expect(tBig).toBeLessThan(20_000);
    // 5x the input may take at most ~15x the time (quadratic would be ~25x); floor for tiny timings
    expect(tBig).toBeLessThan(Math.max(15 * tSmall, 1_500));
  }, 60_000);

  it('handles a file of 120,000 short chrome-like lines', () => {
    const text = 'إعلان\nاقرأ أيضا: خبر\n25 شوال 1436 هـ\n'.repeat(40_000);
    const s = segment(text);
    expect(s.boilerplate.length).toBeGreaterThan(0);
  }, 60_000);

  it('reads a tagged file of 10,000 documents (a whole archive in one file) without overflowing the stack', () => {
    const doc = (i: number): string =>
      `<DOC>\n<TITLE>البلدية تفتتح مكتبة رقم ${i}</TITLE>\n<ABSTRACT>\nافتتحت البلدية مكتبة عامة جديدة رقم ${i} في وسط المدينة.\n</ABSTRACT>\n` +
      `<TEXT>\nافتتحت البلدية مكتبة عامة جديدة رقم ${i} في وسط المدينة بعد أعمال استمرت عامين.\nوقال رئيس البلدية إن المكتبة ستفتح أبوابها حتى المساء.\n</TEXT>\n</DOC>\n`;
    const text = Array.from({ length: 10_000 }, (_, i) => doc(i)).join('');
    const s = segment(text);
    expect(s.blocks.length).toBeGreaterThan(10_000);
    expect(s.warnings.map((w) => w.rule)).toContain('segment/many-docs');
  }, 60_000);
});
