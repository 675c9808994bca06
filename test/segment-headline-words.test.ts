import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headlineLength, verbShaped } from '../src/segment/layouts/headline-split.js';
import { articleOpens, conjunctionOpens, headlineStop, mediaTagged, opensClause, pronounEnds, stem, stemEnd, stemStart } from '../src/segment/layouts/headline-words.js';

// headline-words.ts reads single words a code unit at a time where the headline cut ran an expression or a string
// call; each function must answer as its expression does, on words made of the units that matter to it.

const reference: ReadonlyArray<readonly [string, (w: string) => boolean, (w: string) => boolean]> = [
  ['opensClause', opensClause, (w) => /^[،,:؛]/u.test(w)],
  ['conjunctionOpens', conjunctionOpens, (w) => /^[وف][\u0621-\u064A]{3,}/u.test(w)],
  ['articleOpens', articleOpens, (w) => w.startsWith('ال')],
  ['pronounEnds', pronounEnds, (w) => /[\u0621-\u064A]{3,}(?:ها|هم|هما|هن)$/u.test(w)],
  ['headlineStop', headlineStop, (w) => /(?:\.\.|[!؟?])["'”»]?$/u.test(w)],
  ['mediaTagged', mediaTagged, (w) => /^[(（](?:فيديو|فيديوهات|صور|صوره|شاهد|انفوجراف|بالصور|بالفيديو)[)）]$/u.test(w)],
];

const units = [
  'و', 'ف', 'ب', 'ا', 'أ', 'ل', 'ه', 'م', 'ن', 'ي', 'ت', 'ك', 'ع', 'ة', 'ى', 'ء', 'ها', 'هم', 'هما', 'هن', 'ال',
  '.', '..', '!', '?', '\u061F', '"', "'", '\u201D', '\u00BB', '\u060C', ',', ':', '\u061B', '(', ')', '\uFF08', '\uFF09',
  'فيديو', 'صور', 'شاهد', 'x', 'A', '1', '٣', '\u064E', '\u0640', '\u00A0', '\u200F', '\u{1F600}', '\uD83D', '\u0600',
];
const word = fc.array(fc.constantFrom(...units), { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));

describe('headline word facts', () => {
  it('answer as their expressions on generated words', () => {
    fc.assert(
      fc.property(word, (w) => {
        for (const [name, fast, slow] of reference) expect(fast(w), `${name} ${JSON.stringify(w)}`).toBe(slow(w));
      }),
      { numRuns: 20000 },
    );
  });

  it('answer as their expressions on hand-written words', () => {
    const words = [
      '', 'و', 'وقال', 'فكتب', 'وقا', 'الخبر', 'ال', 'ا', 'أطلقها', 'وصفهم', 'كتابهما', 'هما', 'بهن', 'لها', 'ابها',
      'قال..', 'عاجل!', 'لماذا؟', 'هل?"', 'نعم!»', 'كذا.', 'كذا."', '!"', '"', '(فيديو)', '(صور)', '（شاهد）', '(فيديو',
      'فيديو)', '(بالفيديو)', '، ثم', ',و', ':', '؛',
    ];
    for (const w of words) for (const [name, fast, slow] of reference) expect(fast(w), `${name} ${w}`).toBe(slow(w));
    expect(pronounEnds('أطلقها')).toBe(true);
    expect(pronounEnds('لها')).toBe(false);
    expect(headlineStop('عاجل!»')).toBe(true);
    expect(headlineStop('كذا.')).toBe(false);
  });

  it('cut the stem where stem() cuts it', () => {
    fc.assert(
      fc.property(word, (w) => {
        const a = stemStart(w);
        expect(w.slice(a, stemEnd(w, a))).toBe(stem(w));
      }),
      { numRuns: 5000 },
    );
  });

  it('leave verbShaped and the headline cut as they were on a hand-made page head', () => {
    expect(verbShaped('أعلن')).toBe(true);
    expect(verbShaped('يواجهون')).toBe(true);
    expect(verbShaped('الوزير')).toBe(false);
    expect(verbShaped('التي')).toBe(false);
    // a headline of six words, then a lead that opens with a verb and repeats two of its words
    const head = 'وزير الزراعة يفتتح معرض التمور السنوي';
    const lead = 'افتتح وزير الزراعة صباح اليوم معرض التمور السنوي في قاعة المدينة بحضور عدد من المزارعين والتجار';
    expect(headlineLength(`${head} ${lead}`)).toBe(6);
    expect(headlineLength('قصير جدا')).toBe(0);
  });
});
