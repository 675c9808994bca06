// How many separators a short line holds (lineInfo's `separators`, for head and tail lines): the matches of
// `/\s[-–—|]\s|\s\u0640\s|\s:\s?|[^\s\d]:\s/gu`, counted without the expression. Its last branch opens with a negated
// class, so the engine tried every position of the line; here only the separator units are found (one expression
// of one class, asked with `test`: no match array), and the characters around each are read.

/** A dash, a bar, a colon or a tatweel: the units every separator holds (HYPHEN-MINUS, EN DASH, EM DASH, ARABIC TATWEEL). */
const separatorUnit = /[-\u2013\u2014|:\u0640]/g;
const COLON = 0x3a;
/** A JavaScript `\s` code unit (White_Space but NEXT LINE, and ZERO WIDTH NO-BREAK SPACE), read from a table. */
const jsSpace = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) jsSpace[c] = /\s/u.test(String.fromCharCode(c)) ? 1 : 0;

const isSpaceAt = (s: string, i: number): boolean => i < s.length && jsSpace[s.charCodeAt(i)] === 1;
const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * `(text.match(/\s[-–—|]\s|\s\u0640\s|\s:\s?|[^\s\d]:\s/gu) ?? []).length`. Every match is a character and the
 * separator after it, so each separator unit is asked, left to right, whether a match opens on the character before
 * it (a space: a dash, bar or tatweel with a space after, or a colon; anything but a space or an ASCII digit: a colon
 * with a space after) that does not overlap the match before. Under the `u` flag that character is a code point: a
 * surrogate pair before a colon is one, and no match opens inside a pair.
 */
export function countSeparators(text: string): number {
  let count = 0;
  // where the last match ended: the next one opens there or after
  let lastEnd = 0;
  separatorUnit.lastIndex = 0;
  while (separatorUnit.test(text)) {
    const q = separatorUnit.lastIndex - 1;
    if (q === 0) continue;
    const before = text.charCodeAt(q - 1);
    const opens = isTrail(before) && q >= 2 && isLead(text.charCodeAt(q - 2)) ? q - 2 : q - 1;
    if (opens < lastEnd) continue;
    const sep = text.charCodeAt(q);
    const spaceAfter = isSpaceAt(text, q + 1);
    let end = -1;
    if (jsSpace[before] === 1) {
      if (sep === COLON) end = spaceAfter ? q + 2 : q + 1;
      else if (spaceAfter) end = q + 2;
    } else if (sep === COLON && spaceAfter && !(before >= 0x30 && before <= 0x39)) end = q + 2;
    if (end >= 0) {
      count++;
      lastEnd = end;
    }
  }
  return count;
}
