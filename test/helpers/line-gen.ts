import fc from 'fast-check';
import { functionWords } from '../../src/segment/data/function-words.js';

// Lines for checking a cheaper line measure against the expression it replaces: Arabic words (function words
// among them), figures of three scripts, Latin, the punctuation and separators head lines use, and the spaces and
// invisible marks real files carry (TAB, NO-BREAK SPACE, RIGHT-TO-LEFT MARK, ARABIC LETTER MARK, ZERO WIDTH
// NON-JOINER, TATWEEL, a FATHA).

const pieces = [
  'ب', 'س', 'ة', 'ى', 'أ', 'إ', 'ال', 'و', 'ف', 'م', 'ه', 'ي', 'ت', 'ا', 'ل', 'ن',
  '1', '7', '0', '\u0663', '\u0669', '\u06F5', // ARABIC-INDIC DIGIT THREE, NINE; EXTENDED ARABIC-INDIC DIGIT FIVE
  'a', 'Z', 'x', 'com', 'www.', 'http://', '@', '#', '*', '.', ',', '\u060C', ':', '?', '!', '"', "'", '«', '»', '/', '|',
  '(', ')', '-', '--', '\u2013', '\u2014', '\u0640', // EN DASH, EM DASH, ARABIC TATWEEL
  ' ', ' ', ' ', ' ', '  ', '\t', '\u00A0', '\u200F', '\u061C', '\u200C', '\u064E', // NBSP, RLM, ALM, ZWNJ, FATHA
];

/** A line of `maxPieces` pieces at most: letters, figures, punctuation, spaces and whole function words. */
export function lineArb(maxPieces: number): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.constantFrom(...functionWords).map((w) => ` ${w} `) });
  return fc.array(piece, { minLength: 0, maxLength: maxPieces }).map((p) => p.join(''));
}
