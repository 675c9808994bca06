import { isSentenceStop } from '../lines/end-code.js';
import { isRegexSpace } from '../split-spaces.js';

// The cuts after sentences on a collapsed page: where `sentenceEnd` (./pieces.ts) matches, found from the places of
// the units a match opens with (`[.!?؟…]`), which the page scan wrote down on its pass over the page
// (./page-places.ts): the expression's search read every unit of the page again, for some five matches.
// At each such place, in order, this asks what the expression asks there:
// - not after a `.`, nor after a letter of the basic Arabic block (U+0621-U+064A) that opens the text or follows a
//   `\s` (a one-letter abbreviation: `د.`);
// - a `.` not followed by another, or a run of `[!?؟…]` (the longest: a shorter one is followed by a unit of the run,
//   which is neither a closing mark nor a space, so the expression cannot match with it);
// - then the longest run of closing marks `["'”»)\]]` (likewise), and a `\s` after it (not the text's end).
// A match ends there; the search goes on from its end, so a place before it is not tried.

/** . FULL STOP */
const DOT = 0x2e;

/** `[!?؟…]`: a mark that ends a sentence, but the full stop. */
const isMark = (c: number): boolean => c !== DOT && isSentenceStop(c);
/** `["'”»)\]]`: " ' ” RIGHT DOUBLE QUOTATION MARK, » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK, ) ]. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0xbb || c === 0x29 || c === 0x5d;
/** `[\u0621-\u064A]`. */
const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/**
 * Adds to `cuts` the end of every match of `sentenceEnd` in the text whose n units are `u` (`u[n]` may be read),
 * given the places of its `[.!?؟…]` units in order (`stops`, the first `count`).
 */
export function addSentenceEndsAt(cuts: Set<number>, u: Uint16Array, n: number, stops: Int32Array, count: number): void {
  let from = 0;
  for (let q = 0; q < count; q++) {
    const i = stops[q]!;
    if (i < from) continue;
    const before = i > 0 ? u[i - 1]! : -1;
    if (before === DOT || (isLetter(before) && (i === 1 || isRegexSpace(u[i - 2]!)))) continue;
    let j = i + 1;
    if (u[i] === DOT) {
      if (j < n && u[j] === DOT) continue;
    } else {
      while (j < n && isMark(u[j]!)) j++;
    }
    while (j < n && isCloser(u[j]!)) j++;
    if (j < n && isRegexSpace(u[j]!)) {
      cuts.add(j);
      from = j;
    }
  }
}
