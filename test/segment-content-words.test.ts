import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../src/segment/data/function-words.js';
import { foldKey } from '../src/segment/fold.js';
import { contentWords, countShared as countSharedOf, firstFields } from '../src/segment/lines/content-words.js';
import { lineArb } from './helpers/line-gen.js';

// The share of a line's words found in the lead (lines/features.ts `overlap`) searches the lead's keys, cut to their
// first fields (`firstFields`), for each of the line's words (`countShared`), where it gathered the lead's content
// words in a `Set` first: the count must be the one the `Set` gave, for generated lines, for lines that share many
// words, and for words found inside others.

/** The count over the first `limit` fields of each key, as the overlap asks it (the keys cut by `firstFields`). */
const countShared = (own: readonly string[], keys: readonly string[], limit: number): number => countSharedOf(own, keys.map((k) => firstFields(k, limit)));

/** The count as the `Set` of the lead's words gave it. */
function countReference(own: readonly string[], keys: readonly string[], limit: number): number {
  const seen = new Set<string>();
  for (const k of keys) for (const w of contentWords(k, limit)) seen.add(w);
  let n = 0;
  for (const w of own) if (seen.has(w)) n++;
  return n;
}

/**
 * Words of a small vocabulary, affixed and not, punctuated and not, short words inside longer ones, function words:
 * lines made of them share many words, and hold each other's words inside their own.
 */
const vocabulary = [
  'الحكومة', 'حكومة', 'والحكومة', 'حكومات', 'الحكوميه', 'وزير', 'الوزير', 'بالوزير', 'وزيرين', 'مشروعات', 'مشروع', 'المشروعين',
  'كتابه', 'كتابها', 'كتاب', 'لقاء', 'للقاء', 'في', 'من', 'علي', 'ب', 'abc', 'ABC', 'xabcx', '2024', '٢٠٢٤', '«قرار»', 'قرار،',
  '"السلام"', '(سلام)', 'xAay', 'xBBy', 'وال', 'الات', '-', '',
];
const sharedLine = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: max }).map((w) => w.join(' '));

describe('firstFields', () => {
  it('keeps the fields the split keeps, and the content words read from them', () => {
    fc.assert(
      fc.property(fc.oneof(lineArb(300), sharedLine(60)), fc.integer({ min: 1, max: 70 }), (line, limit) => {
        for (const key of [line, foldKey(line)]) {
          expect(firstFields(key, limit)).toBe(key.split(' ', limit).join(' '));
          expect(contentWords(firstFields(key, limit), limit)).toEqual(contentWords(key, limit));
        }
      }),
      { numRuns: 500 },
    );
    expect(firstFields('a b  c', 3)).toBe('a b ');
    expect(firstFields(' a', 1)).toBe('');
    expect(firstFields('abc', 1)).toBe('abc');
  });
});

describe('countShared', () => {
  it('counts the words of a line found in one or two leads as the Set did, at every limit', () => {
    fc.assert(
      fc.property(sharedLine(40), sharedLine(40), sharedLine(30), fc.boolean(), fc.integer({ min: 1, max: 40 }), (a, b, line, two, limit) => {
        for (const keys of [(two ? [a, b] : [a]).map(foldKey), two ? [a, b] : [a]]) {
          const own = contentWords(foldKey(line), 25);
          expect(countShared(own, keys, limit)).toBe(countReference(own, keys, limit));
          // the lead's own words, from more fields than are searched
          const lead = contentWords(keys[0]!, 40);
          expect(countShared(lead, keys, limit)).toBe(countReference(lead, keys, limit));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('counts generated lines of real sizes, raw and folded', () => {
    fc.assert(
      fc.property(lineArb(300), lineArb(300), lineArb(80), (a, b, line) => {
        for (const keys of [[a, b].map(foldKey), [a, b]]) {
          const own = contentWords(foldKey(line), 25);
          expect(countShared(own, keys, 25)).toBe(countReference(own, keys, 25));
          const self = contentWords(keys[0]!, 60);
          expect(countShared(self, keys, 25)).toBe(countReference(self, keys, 25));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts no function word of the lead, though a content word of the line reads the same (وعندما, عندما)', () => {
    let asked = 0;
    for (const f of new Set(functionWords.map(foldKey))) {
      for (const line of [`و${f}`, `ب${f}`, `ال${f}`, `${f}ات`]) {
        const own = contentWords(foldKey(line), 25);
        if (own.length === 0) continue;
        asked++;
        expect(countShared(own, [f], 25), line).toBe(countReference(own, [f], 25));
        expect(countShared(own, [`${f} ${line}`], 25), line).toBe(countReference(own, [`${f} ${line}`], 25));
      }
    }
    expect(asked).toBeGreaterThan(20);
  });

  it('counts by hand: repeated words, words inside others, the limit, no lead', () => {
    const lead = foldKey('قالت الحكومات الجديدة إن المشروع يبدأ غدا');
    // حكوم (of الحكومات) twice, جديد, مشروع; not وزير, and not حكو, found inside الحكومات but no word of its own
    expect(countShared(['حكوم', 'وزير', 'حكوم', 'مشروع', 'جديد', 'حكو'], [lead], 25)).toBe(4);
    // مشروع is found inside مشروعات, whose content word is مشروع too; in المشروعين it is مشروع as well
    expect(countShared(['مشروع'], [foldKey('المشروعات'), foldKey('x')], 25)).toBe(1);
    expect(countShared(['كتاب'], [foldKey('كتابها')], 25)).toBe(1);
    expect(countShared(['كتاب'], [foldKey('مكتابة')], 25)).toBe(0);
    expect(countShared(['حكوم'], [], 25)).toBe(0);
    expect(countShared([], [lead], 25)).toBe(0);
    expect(countShared(['xAay'], ['xBBy'], 25)).toBe(0);
    // the limit: the lead's first field only, then its first two
    expect(countShared(['حكوم', 'قالت'], [lead], 1)).toBe(1);
    expect(countShared(['حكوم', 'قالت'], [lead], 2)).toBe(2);
    // a word of fewer than 3 letters, or holding a space, is no content word
    expect(countShared(['من', 'قالت الحكومات', ''], [lead], 25)).toBe(0);
  });
});
