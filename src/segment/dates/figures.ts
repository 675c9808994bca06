import { asciiDigits } from '../fold.js';
import { D } from './patterns.js';

// Figures in the three scripts the date finders read: ASCII, ARABIC-INDIC and EXTENDED ARABIC-INDIC (Persian) digits.

/** The digit a code unit writes (0-9), or -1. */
function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660; // ARABIC-INDIC DIGIT ZERO..NINE
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0; // EXTENDED ARABIC-INDIC DIGIT ZERO..NINE
  return -1;
}

/**
 * `Number(asciiDigits(s))` (0 for undefined): the value of a run of figures, read without the string the fold
 * builds. A text of anything else, or too long to add up exactly, is read the folded way.
 */
export function figureNumber(s: string | undefined): number {
  if (s === undefined) return 0;
  if (s.length > 15) return Number(asciiDigits(s));
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digitOf(s.charCodeAt(i));
    if (d < 0) return Number(asciiDigits(s));
    v = v * 10 + d;
  }
  return v;
}

/** One figure: the class every date expression of patterns.ts reads figures with. */
const figure = new RegExp(D, 'u');

/**
 * A figure among the first `end` units of `text`: what the date finders need before they run. (The expression's
 * own scan is about three times as fast as a loop over the code units here.)
 */
export function hasFigure(text: string, end = text.length): boolean {
  return figure.test(end < text.length ? text.slice(0, end) : text);
}
