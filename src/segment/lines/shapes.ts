import { byFirstUnit } from './first-char.js';
import { isAskCode, isStopCode } from './end-code.js';
import type { LineInfo } from './info.js';

// The shapes of a line that the features, the hard rules and the overlap with the lead all ask about: a sentence's
// end, a paragraph of prose, a headline.

const opensHeadline = byFirstUnit(/^[^\p{L}\p{N}"'“«(]/u);

// (a line's end is one character: compared with each, where a `Set` would hash it first)
/** A stop or an ellipsis. */
export const isStopEnd = (end: string): boolean => end.length === 1 && isStopCode(end.charCodeAt(0));
/** An exclamation or a question mark. */
export const isAskEnd = (end: string): boolean => end.length === 1 && isAskCode(end.charCodeAt(0));

/** Closed by a sentence's punctuation: a stop, an ellipsis, a question or exclamation mark (closing quotes aside). */
export function endsSentence(i: LineInfo): boolean {
  return isStopEnd(i.end) || isAskEnd(i.end);
}

/** A paragraph of running text: long, or closed by sentence punctuation. */
export function isProse(i: LineInfo | undefined): boolean {
  return i !== undefined && (i.wc >= 15 || (i.wc >= 6 && endsSentence(i)));
}

/** Shaped like a headline: 3-25 words, not closed by a stop, colon or comma, not opening with punctuation. */
export function isHeadlike(i: LineInfo): boolean {
  return i.wc >= 3 && i.wc <= 25 && !isStopEnd(i.end) && i.end !== ':' && i.end !== '،' && i.end !== ',' && opensHeadline(i.first) === false;
}
