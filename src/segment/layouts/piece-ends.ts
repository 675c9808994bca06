import { isSentenceStop } from '../lines/end-code.js';

// How a piece of a collapsed page ends, read from its last units: the expressions these stand for (`[…]$`) are
// searched from the piece's start, through every unit of it, for the one place at its end that can match.

/** `["'”»)]`: " ' ” RIGHT DOUBLE QUOTATION MARK, » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK, ). */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0xbb || c === 0x29;

/** `/[.!?؟…]["'”»)]*$/u.test(t)`: the piece ends a sentence (a stop, then any closing marks). */
export function endsSentence(t: string): boolean {
  let j = t.length;
  while (j > 0 && isCloser(t.charCodeAt(j - 1))) j--;
  return j > 0 && isSentenceStop(t.charCodeAt(j - 1));
}

/** `/[.،,:]$/u.test(t)`: the piece ends on a stop, a comma (Arabic or Latin) or a colon. */
export function endsClause(t: string): boolean {
  const c = t.length > 0 ? t.charCodeAt(t.length - 1) : -1;
  // ، ARABIC COMMA
  return c === 0x2e || c === 0x060c || c === 0x2c || c === 0x3a;
}
