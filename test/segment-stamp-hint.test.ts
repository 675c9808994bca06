import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseSource } from '../src/segment/fuzzy-phrases.js';
import { weekdaySource } from '../src/segment/dates/months.js';
import { mayHoldStamp } from '../src/segment/layouts/stamp.js';

// stamp.ts looks for `weekday + figure` behind the figure, and its branches a group at a time, for speed; its
// test must say what the plain form says.
const plain = new RegExp(
  `[0-9\\u0660-\\u0669]:[0-9\\u0660-\\u0669]{2}|Published|Updated|${phraseSource('نشر', false)}|${phraseSource('تحديث', false)}|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]|(?:${weekdaySource})\\s+[0-9]`,
  'u',
);

const parts = [
  'الأحد', 'الاحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'الجمعه', 'السبت', 'يوم', 'الأحَد', 'ال', 'أحد',
  ' ', '  ', '\u00A0', '\n', '،', ':', '/', '-', '.', '3', '14', '2015', '٣', '١٤', '10:30', 'نشر', 'تحديث', 'Published', 'x', 'في',
];
const text = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join(''));

describe('mayHoldStamp', () => {
  it('says what weekday\\s+[0-9] and the other hints say, on any text', () => {
    let yes = 0;
    fc.assert(
      fc.property(text, (t) => {
        const want = plain.test(t);
        if (want) yes++;
        expect(mayHoldStamp(t)).toBe(want);
      }),
      { numRuns: 3000 },
    );
    expect(yes).toBeGreaterThan(300);
  });

  it('finds a weekday before a figure, and not one after it', () => {
    expect(mayHoldStamp('الجمعة  3 يناير')).toBe(true);
    expect(mayHoldStamp('3 الجمعة يناير')).toBe(false);
  });
});
