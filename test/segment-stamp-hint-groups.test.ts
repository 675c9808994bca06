import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldStamp } from '../src/segment/layouts/stamp.js';
import { stampHint } from './helpers/stamp-hint-reference.js';

// findStamp screens its window with the hint's branches in three groups; the groups must answer what the one
// alternation answers, on short texts dense in hints and on windows of the size findStamp reads (700 units).

const parts = [
  'الأحد', 'الاحد', 'الإثنين', 'الثلاثاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'الأحَد', 'ال', 'قال', 'الوزير',
  ' ', '  ', '\u00A0', '\u200F', '\n', '،', ':', '/', '-', '.', '3', '14', '2015', '٣', '١٤', '۱۴', '10:30', '٣:٤٥',
  'نشر', 'ونشرت', 'تحديث', 'تحدىث', 'تحدیث', 'تحد', 'Published', 'published', 'Updated', 'Update', 'x', 'في', '\u{1F600}',
];
const short = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join(''));
const prose = ['قال', 'الوزير', 'في', 'بيان', 'اليوم', 'الأحد', 'يوم', ' ', ' ', ' ', '،', '.', '3', '٣', ':', 'x', '\u00A0'];
/** Windows of prose with a hint now and then (one part in 150), so that many hold none. */
const window = fc
  .array(fc.oneof({ weight: 150, arbitrary: fc.constantFrom(...prose) }, { weight: 1, arbitrary: fc.constantFrom(...parts) }), { minLength: 300, maxLength: 400 })
  .map((p) => p.join('').slice(0, 700));

describe('mayHoldStamp', () => {
  it('answers as stampHint on short texts', () => {
    let yes = 0;
    fc.assert(
      fc.property(short, (t) => {
        const want = stampHint.test(t);
        if (want) yes++;
        expect(mayHoldStamp(t), t).toBe(want);
      }),
      { numRuns: 4000 },
    );
    expect(yes).toBeGreaterThan(400);
  });

  it('answers as stampHint on windows of 700 units with few hints', () => {
    let yes = 0;
    fc.assert(
      fc.property(window, (t) => {
        const want = stampHint.test(t);
        if (want) yes++;
        expect(mayHoldStamp(t), t).toBe(want);
      }),
      { numRuns: 500 },
    );
    expect(yes).toBeGreaterThan(50);
    expect(yes).toBeLessThan(450);
  });

  it('finds each kind of hint, and none in prose without figures (hand-written)', () => {
    for (const t of ['نشر في', 'آخر تحديث', 'تحدىث', 'Published', 'Updated', 'الساعة 10:30', '١٠:٣٠ مساء', 'بتاريخ 2015/7/21', 'الجمعة  3 يناير']) {
      expect(mayHoldStamp(t), t).toBe(true);
      expect(stampHint.test(t), t).toBe(true);
    }
    for (const t of ['قال الوزير في بيان', '3 الجمعة يناير', 'published late', 'الساعة 10:3', '2015/7', 'تحد ث']) {
      expect(mayHoldStamp(t), t).toBe(false);
      expect(stampHint.test(t), t).toBe(false);
    }
  });
});
