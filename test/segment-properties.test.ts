import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, segmentTrace } from '../src/segment/index.js';

/** Pieces of real layouts, shuffled by fast-check into hostile texts. */
const atoms = [
  '<DOC>', '</DOC>', '<TEXT>', '</TEXT>', '<P>', '</P>', '<TITLE>', '</TITLE>', '<TIME>', '</TIME>', '---', 'title: ', 'العنوان: ',
  'content: [\'', '\', \'', '\']', '\n', '\n\n', ' ', 'ـ', ' – ', ':', '(', ')', '(وكالات)', 'واس', 'جدة', 'سبق', 'عين اليوم',
  'الجمعة', '3', '25', '2017', '1436', 'هـ', 'الموافق', 'نوفمبر/تشرين الثاني', 'شوال', '26-05-2026', '21:44', 'Published',
  'تاريخ النشر:', 'طباعة ارسل لصديق', 'المصدر:', 'إقرأ المزيد', 'تخطى الأكثر قراءة وواصل القراءة', 'نهاية', 'اقرأ أيضا',
  'مقالات ذات صلة', 'إعلان', '// انتهى //', 'سمات', '* خدمة', 'رابط الخبر بصحيفة الوئام: ', 'كتب: ', 'https://x.y/z',
  'تخطي إلى الجزء التالي', 'أعلنت الوزارة أن المشروع سيبدأ قريبا.', 'قال', 'في', '.', '؟', '،', '١٥', 'A A', '#وسم', '\u00A0',
];
const text = fc.array(fc.constantFrom(...atoms), { maxLength: 80 }).map((parts) => parts.join(''));

describe('segment properties', () => {
  it('never throws, and its text pieces come from the input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = segment(t);
        for (const b of s.blocks) {
          expect(b.text.trim()).toBe(b.text);
          expect(b.text).not.toBe('');
        }
        for (const b of s.boilerplate) expect(b.line).toBeGreaterThanOrEqual(1);
        if (s.date !== null) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and inspect agrees with segment', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(segmentTrace(t).segmented).toEqual(segment(t));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every word of a body-only text (nothing dropped, no title invented)', () => {
    const sentence = fc.constantFrom('أعلنت الوزارة أن المشروع سيبدأ قريبا في ثلاث مدن.', 'وقال المسؤول إن العمل يسير وفق الخطة المرسومة له منذ البداية.', 'ويأمل السكان أن تتحسن الخدمات في الأشهر المقبلة بعد سنوات من الانتظار.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (ps) => {
        const s = segment(ps.join('\n\n'));
        expect(s.title).toBeNull();
        expect(s.blocks.map((b) => b.text)).toEqual(ps);
      }),
    );
  });
});
