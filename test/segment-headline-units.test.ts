import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../src/segment/data/function-words.js';
import { leadVerbs } from '../src/segment/data/lead-verbs.js';
import { foldKey } from '../src/segment/fold.js';
import { readWords, wordKey, words } from '../src/segment/layouts/headline-keys.js';
import { listedKind, listedKindIn, verbForm, verbFormIn } from '../src/segment/layouts/headline-lists.js';
import * as hw from '../src/segment/layouts/headline-words.js';
import { splitSpaces } from '../src/segment/split-spaces.js';

// The headline cut reads a page's first words into typed arrays (readWords) and asks its questions of code units
// `u[a..b)` instead of strings. Each must answer as its string form does: the words and keys as splitSpaces and
// wordKey make them, and each fact of a word whatever stands around it in the array (the units before a and from b
// on belong to other words and must never be read).

const units = [
  'و', 'ف', 'ب', 'ا', 'أ', 'إ', 'ل', 'ه', 'م', 'ن', 'ي', 'ت', 'ك', 'ع', 'ة', 'ى', 'ء', 'ها', 'هم', 'ال', 'است',
  '.', '..', '!', '?', '\u061F', '"', '\u201D', '\u00BB', '\u060C', ',', ':', '\u061B', '(', ')', '\uFF08', '\uFF09',
  'فيديو', 'صور', 'x', 'A', 'Ａ', 'İ', '1', '٣', '\u064E', '\u0640', '\u200F', '\uFEFB', '\u{1F600}', '\uD83D', '\u0600',
];
const word = fc.array(fc.constantFrom(...units), { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));
const spaces = fc.constantFrom(' ', '  ', '\u00A0', '\t', '\n', '\u3000', '\uFEFF', ' \u200F ');
/** Texts of words and runs of spaces, opening or ending with either, up to some 70 words. */
const text = fc
  .tuple(fc.array(fc.tuple(word, spaces), { maxLength: 70 }), fc.boolean(), spaces)
  .map(([parts, lead, s]) => (lead ? s : '') + parts.map(([w, sp]) => w + sp).join(''));

/** `w` at `a..b` of a typed array, other units around it. */
function placed(before: string, w: string, after: string): [Uint16Array, number, number] {
  const s = before + w + after;
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return [u, before.length, before.length + w.length];
}

const facts: ReadonlyArray<readonly [string, (w: string) => unknown, (u: Uint16Array, a: number, b: number) => unknown]> = [
  ['opensClause', hw.opensClause, hw.opensClauseIn],
  ['conjunctionOpens', hw.conjunctionOpens, hw.conjunctionOpensIn],
  ['articleOpens', hw.articleOpens, hw.articleOpensIn],
  ['pronounEnds', hw.pronounEnds, hw.pronounEndsIn],
  ['headlineStop', hw.headlineStop, hw.headlineStopIn],
  ['mediaTagged', hw.mediaTagged, hw.mediaTaggedIn],
  ['stemStart', hw.stemStart, hw.stemStartIn],
  ['unitsString', (w) => w, hw.unitsString],
  ['listedKind', listedKind, listedKindIn],
  ['verbForm', verbForm, verbFormIn],
];

describe('headline words as code units', () => {
  it('reads the words and keys splitSpaces and wordKey make (generated texts, every limit)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 80 }), (t, limit) => {
        const want = splitSpaces(t, limit);
        const n = readWords(t, limit);
        expect(n).toBe(want.length);
        for (let i = 0; i < n; i++) {
          expect(t.slice(words.rawFrom[i], words.rawTo[i]), `${i} ${JSON.stringify(t)}`).toBe(want[i]);
          expect(String.fromCharCode(...words.raw.subarray(words.rawFrom[i], words.rawTo[i]))).toBe(want[i]);
          expect(String.fromCharCode(...words.keys.subarray(words.keyFrom[i], words.keyTo[i]))).toBe(wordKey(want[i]!));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads long texts and words whose keys are longer than they are', () => {
    for (const t of ['', ' ', 'كلمة', ' كلمة ', '\uFEFB'.repeat(500), `${'\uFEFB '.repeat(300)}x`, 'ب'.repeat(20000), 'وزير الزراعة '.repeat(2000)]) {
      const want = splitSpaces(t, 55);
      expect(readWords(t, 55)).toBe(want.length);
      want.forEach((w, i) => expect(String.fromCharCode(...words.keys.subarray(words.keyFrom[i], words.keyTo[i]))).toBe(wordKey(w)));
    }
  });

  it('answers each fact of a word as its string form, whatever stands around it', () => {
    fc.assert(
      fc.property(word, word, word, (before, w, after) => {
        const [u, a, b] = placed(before, w, after);
        for (const [name, plain, inUnits] of facts) expect(inUnits(u, a, b), `${name} ${JSON.stringify([before, w, after])}`).toBe(plain(w));
        const from = hw.stemStartIn(u, a, b);
        expect(hw.stemEndIn(u, a, b, from)).toBe(hw.stemEnd(w, from));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds every listed word and its near misses as the lists do', () => {
    const listedWords = [...functionWords, ...leadVerbs, 'الذي', 'حيث', 'بينما'].map(foldKey);
    const near = listedWords.flatMap((w) => [w, `${w}ه`, w.slice(1), w.slice(0, -1), `و${w}`, w.replace(/ا/gu, 'ى')]);
    for (const w of near) {
      const [u, a, b] = placed('ال', w, 'ين');
      expect(listedKindIn(u, a, b), w).toBe(listedKind(w));
    }
    expect(listedWords.filter((w) => listedKindIn(...placed('', w, '')) === 0)).toEqual([]);
  });
});
