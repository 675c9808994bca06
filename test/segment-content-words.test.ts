import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../src/segment/data/function-words.js';
import { foldKey } from '../src/segment/fold.js';
import { contentWordsOf, countShared, wordCount, type KeyWords } from '../src/segment/lines/content-words.js';
import { contentWordsReference, countSharedReference, firstFieldsReference } from './helpers/lead-overlap-reference.js';
import { lineArb } from './helpers/line-gen.js';

// The content words of a line are noted by their place in its key and a cheap hash (`contentWordsOf`) instead of
// being sliced out, and a line's words are looked for among its lead's by that hash (`countShared`) where each was
// searched for in the lead's key (main 0fa6dd6, test/helpers/lead-overlap-reference.ts): the same words, and the
// same count as that search and as a `Set` of the lead's words, for generated lines and lines that share many words.

/** The words as strings. */
const wordsOf = (w: KeyWords): string[] => {
  const out: string[] = [];
  for (let p = 0; p < w.at.length; p += 3) out.push(w.key.slice(w.at[p + 1]!, w.at[p + 2]!));
  return out;
};

/** The count as a `Set` of the leads' words gives it. */
function countBySet(own: readonly string[], keys: readonly string[], limit: number): number {
  const seen = new Set<string>();
  for (const k of keys) for (const w of contentWordsReference(k, limit)) seen.add(w);
  let n = 0;
  for (const w of own) if (seen.has(w)) n++;
  return n;
}

/** The count by the cheaper measure: own words from 25 fields, the leads' from `limit`. */
function countByShape(line: string, keys: readonly string[], limit: number): number {
  const [a, b] = keys.map((k) => contentWordsOf(k, limit));
  return countShared(contentWordsOf(line, 25), a, b);
}

/**
 * Words of a small vocabulary, affixed and not, punctuated and not, short words inside longer ones, function words:
 * lines made of them share many words, and hold each other's words inside their own.
 */
const vocabulary = [
  'الحكومة', 'حكومة', 'والحكومة', 'حكومات', 'الحكوميه', 'وزير', 'الوزير', 'بالوزير', 'وزيرين', 'مشروعات', 'مشروع', 'المشروعين',
  'كتابه', 'كتابها', 'كتاب', 'لقاء', 'للقاء', 'في', 'من', 'علي', 'ب', 'abc', 'ABC', 'xabcx', '2024', '٢٠٢٤', '«قرار»', 'قرار،',
  '"السلام"', '(سلام)', 'xAay', 'xBBy', 'وال', 'الات', '-', '', 'حكم', 'حكمت', 'حكمة', 'وحكم',
];
const sharedLine = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: max }).map((w) => w.join(' '));

describe('contentWordsOf', () => {
  it('notes the words the sliced reading gave, at every limit, raw and folded', () => {
    fc.assert(
      fc.property(fc.oneof(lineArb(300), sharedLine(60)), fc.integer({ min: 1, max: 70 }), (line, limit) => {
        for (const key of [line, foldKey(line)]) {
          expect(wordsOf(contentWordsOf(key, limit))).toEqual(contentWordsReference(key, limit));
          // a lead's key cut to its first fields holds the same words
          expect(wordsOf(contentWordsOf(firstFieldsReference(key, limit), limit))).toEqual(contentWordsReference(key, limit));
          expect(wordCount(contentWordsOf(key, limit))).toBe(contentWordsReference(key, limit).length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a key that is a slice of a longer page, and a key longer than its buffer of units, as the sliced reading', () => {
    fc.assert(
      fc.property(lineArb(120), lineArb(400), fc.nat(60), (before, line, cut) => {
        // (a line of a page is a slice of the page's text: the engine keeps it as a view of the page)
        const page = `${before}\n${line}\n${before}`;
        const slice = page.slice(before.length + 1 + Math.min(cut, line.length), before.length + 1 + line.length);
        for (const key of [slice, foldKey(slice), line.repeat(3)]) expect(wordsOf(contentWordsOf(key, 70))).toEqual(contentWordsReference(key, 70));
      }),
      { numRuns: 500 },
    );
  });

  it("sets the screen's bit of every word's shape, so that no word of the lead is turned away by it", () => {
    fc.assert(
      fc.property(fc.oneof(lineArb(300), sharedLine(60)), (line) => {
        const w = contentWordsOf(foldKey(line), 25);
        for (let p = 0; p < w.at.length; p += 3) {
          const hash = w.at[p]!;
          expect(((((hash >>> 5) & 1) === 0 ? w.low : w.high) >>> (hash & 31)) & 1).toBe(1);
        }
        // every word of a line is found among the line's own words (as the second lead too)
        expect(countShared(w, w, undefined)).toBe(wordCount(w));
        expect(countShared(w, contentWordsOf('', 25), w)).toBe(wordCount(w));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out every function word standing as a field, and keeps it punctuated or affixed, as the sliced reading', () => {
    for (const f of new Set(functionWords.map(foldKey))) {
      for (const key of [f, `${f} ${f}`, `${f}،`, `«${f}»`, `و${f}`, `${f}ات`, `x ${f} y`]) {
        expect(wordsOf(contentWordsOf(key, 25)), key).toEqual(contentWordsReference(key, 25));
      }
    }
  });

  it('notes the words of a key by hand', () => {
    expect(wordsOf(contentWordsOf(foldKey('قالت الحكومات الجديدة إن المشروع يبدأ غدا'), 25))).toEqual(['قالت', 'حكوم', 'جديد', 'مشروع', 'يبدا', 'غدا']);
    expect(wordsOf(contentWordsOf(foldKey('قالت الحكومات الجديدة'), 2))).toEqual(['قالت', 'حكوم']);
    // punctuation off, then the article; a function word and words under 3 units left are none
    expect(wordsOf(contentWordsOf('«القرار» في من ab', 25))).toEqual(['قرار']);
    expect(wordsOf(contentWordsOf('', 25))).toEqual([]);
  });
});

describe('countShared', () => {
  it('counts the words of a line found in one or two leads as the search and the Set did, at every limit', () => {
    fc.assert(
      fc.property(sharedLine(40), sharedLine(40), sharedLine(30), fc.boolean(), fc.integer({ min: 1, max: 40 }), (a, b, line, two, limit) => {
        for (const keys of [(two ? [a, b] : [a]).map(foldKey), two ? [a, b] : [a]]) {
          const own = contentWordsReference(foldKey(line), 25);
          const searched = countSharedReference(own, keys.map((k) => firstFieldsReference(k, limit)));
          expect(countByShape(foldKey(line), keys, limit)).toBe(searched);
          expect(searched).toBe(countBySet(own, keys, limit));
          // the lead's own words, from more fields than are searched
          expect(countShared(contentWordsOf(keys[0]!, 40), ...keys.map((k) => contentWordsOf(k, limit)) as [KeyWords, KeyWords])).toBe(countBySet(contentWordsReference(keys[0]!, 40), keys, limit));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('counts generated lines of real sizes, raw and folded', () => {
    fc.assert(
      fc.property(lineArb(300), lineArb(300), lineArb(80), (a, b, line) => {
        for (const keys of [[a, b].map(foldKey), [a, b]]) {
          const own = contentWordsReference(foldKey(line), 25);
          expect(countByShape(foldKey(line), keys, 25)).toBe(countSharedReference(own, keys.map((k) => firstFieldsReference(k, 25))));
          expect(countByShape(keys[0]!, keys, 25)).toBe(countBySet(contentWordsReference(keys[0]!, 25), keys, 25));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts no function word of the lead, though a content word of the line reads the same (وعندما, عندما)', () => {
    let asked = 0;
    for (const f of new Set(functionWords.map(foldKey))) {
      for (const line of [`و${f}`, `ب${f}`, `ال${f}`, `${f}ات`]) {
        const own = contentWordsReference(foldKey(line), 25);
        if (own.length === 0) continue;
        asked++;
        expect(countByShape(foldKey(line), [f], 25), line).toBe(countBySet(own, [f], 25));
        expect(countByShape(foldKey(line), [`${f} ${line}`], 25), line).toBe(countBySet(own, [`${f} ${line}`], 25));
      }
    }
    expect(asked).toBeGreaterThan(20);
  });

  it('counts by hand: repeated words, words inside others, words of one shape, no lead', () => {
    const lead = foldKey('قالت الحكومات الجديدة إن المشروع يبدأ غدا');
    // حكوم (of الحكومات) twice, جديد, مشروع; not وزير, and not حكو, found inside الحكومات but no word of its own
    expect(countByShape('حكومه وزير الحكومه مشروع جديد حكو', [lead], 25)).toBe(4);
    expect(countByShape('المشروع', [foldKey('المشروعات'), foldKey('x')], 25)).toBe(1);
    expect(countByShape('كتاب', [foldKey('كتابها')], 25)).toBe(1);
    expect(countByShape('كتاب', [foldKey('مكتابة')], 25)).toBe(0);
    // the same length, first two units and last unit: told apart unit by unit
    expect(countByShape('حكمت', ['حكوت'], 25)).toBe(0);
    expect(countByShape('حكمت', ['حكمت'], 25)).toBe(1);
    expect(countByShape('حكوم', [], 25)).toBe(0);
    expect(countByShape('', [lead], 25)).toBe(0);
    expect(countByShape('xAay', ['xBBy'], 25)).toBe(0);
    // the limit: the lead's first field only, then its first two
    expect(countByShape('حكومه قالت', [lead], 1)).toBe(1);
    expect(countByShape('حكومه قالت', [lead], 2)).toBe(2);
  });
});
