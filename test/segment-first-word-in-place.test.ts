import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords, sentenceOpeners } from '../src/segment/data/function-words.js';
import { leadVerbs } from '../src/segment/data/lead-verbs.js';
import { foldKey } from '../src/segment/fold.js';
import { firstWord } from '../src/segment/lines/first-word.js';
import type { LineInfo } from '../src/segment/lines/info.js';
import { firstWordReference, type FirstWordMeasures } from './helpers/first-word-reference.js';

// The first-word measures look the word and و/ف's rest up where they stand in the folded first word, and ask
// `^[وف]ال…` and `^[وف](?:قد|…)` by code units (lines/first-word.ts): each must be what the map of bits with the
// slices and the two expressions gave, on words made of listed words, و/ف, ال, the particles after و/ف, stray
// letters, marks and label ends, and on the edges written out below.

const listed = [...functionWords, ...sentenceOpeners, ...leadVerbs, 'قال', 'أضاف', 'كتب', 'بقلم', 'by', 'تحرير'].map(foldKey);
const bits = ['و', 'ف', 'ال', 'قد', 'لم', 'لن', 'لا', 'كان', 'كانت', 'يذكر', 'يشار', 'تجدر', 'س', 'ي', 'ت', 'ن', 'ا', 'ل', 'ب', 'ء', 'ي', '\u064E', '\u0640', '1', 'a', ':', '-', '\u2013'];
const wordArb = fc
  .tuple(fc.constantFrom('', 'و', 'ف', 'وال', 'فال'), fc.array(fc.oneof(fc.constantFrom(...listed), fc.constantFrom(...bits)), { maxLength: 4 }), fc.constantFrom('', ':', '-', '\u2013', '::', ':-'))
  .map(([pre, mid, post]) => `${pre}${mid.join('')}${post}`);

/** The measures firstWord sets, for a folded first word and a word count. */
function measured(word: string, wc: number): FirstWordMeasures {
  const info = { first: word } as LineInfo;
  firstWord(info, wc);
  const { firstIsFunction, firstIsOpener, firstIsConjoined, firstIsVerb, continues, bylineLabel } = info;
  return { firstIsFunction, firstIsOpener, firstIsConjoined, firstIsVerb, continues, bylineLabel };
}

describe('firstWord in place', () => {
  it('gives what the map and the slices gave, on generated words', () => {
    fc.assert(
      fc.property(wordArb, fc.integer({ min: 1, max: 12 }), (word, wc) => {
        expect(measured(word, wc), word).toEqual(firstWordReference(word, wc));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives it on the edges: و/ف alone, short rests, label ends only, the particles', () => {
    const words = ['', ':', '-:', 'و', 'ف', 'وا', 'وال', 'والب', 'والبي', 'فالء1', 'وقد', 'وق', 'وكا', 'وكان', 'وكانت', 'فسي', 'وس', 'ويذكر:', 'وتجد', 'وقال', 'فقال-', 'واكد', 'وفي', 'كتب:', 'by', 'وby'];
    for (const word of words) for (const wc of [1, 8, 9]) expect(measured(word, wc), word).toEqual(firstWordReference(word, wc));
    expect(measured('والحكومه', 3).continues).toBe(true);
    expect(measured('وس', 3).continues).toBe(false);
    expect(measured('كتب:', 3).bylineLabel).toBe(true);
  });
});
