import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../src/segment/data/function-words.js';
import { leadVerbs } from '../src/segment/data/lead-verbs.js';
import { foldKey } from '../src/segment/fold.js';
import { headlineLength, listedKind, verbShaped } from '../src/segment/layouts/headline-split.js';
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

describe('listedKind', () => {
  const fnWords = new Set(functionWords.map(foldKey));
  const verbs = new Set(leadVerbs.map(foldKey));
  const relatives = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'مما', 'حيث', 'بينما'].map(foldKey));
  const expected = (w: string): number => (fnWords.has(w) ? 1 : 0) | (verbs.has(w) ? 2 : 0) | (relatives.has(w) ? 4 : 0);

  it('finds every listed word, and what list it is in', () => {
    let listed = 0;
    for (const w of [...fnWords, ...verbs, ...relatives]) {
      expect(listedKind(w), w).toBe(expected(w));
      if (expected(w) !== 0) listed++;
    }
    expect(listed).toBeGreaterThan(100);
  });

  it('answers as the lists on generated words (listed words changed by a unit, and others)', () => {
    const all = [...fnWords, ...verbs, ...relatives];
    const changed = fc
      .tuple(fc.constantFrom(...all), fc.nat({ max: 8 }), fc.constantFrom(...units, ''))
      .map(([w, at, u]) => w.slice(0, at) + u + w.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(changed, word), (w) => {
        expect(listedKind(w), w).toBe(expected(w));
      }),
      { numRuns: 20000 },
    );
  });
});
