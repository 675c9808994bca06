/**
 * What "space" means, once for every stage: Unicode's White_Space property (PropList.txt, Unicode 15), by UTF-16
 * code unit. Every one of these is in the BMP, so a code unit test is a code point test.
 */

/** U+0009..U+000D, SPACE, NEXT LINE, NO-BREAK SPACE, OGHAM SPACE MARK, U+2000..U+200A, LINE and PARAGRAPH SEPARATOR, NARROW NO-BREAK SPACE, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE. */
export const whiteSpace: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/** The White_Space characters that end a line (UAX #14's mandatory breaks): LF, VT, FF, CR, NEXT LINE, LS, PS. */
export const lineBreaks: readonly number[] = [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029];

/** U+1680 OGHAM SPACE MARK is White_Space but drawn as a visible stroke in Ogham text: never turned into a blank. */
export const OGHAM_SPACE_MARK = 0x1680;

const table = new Uint8Array(0x10000);
for (const c of whiteSpace) table[c] = 1;

/** True for a White_Space code unit (false for anything outside 0..0xFFFF, e.g. -1 for "no character"). */
export function isWhiteSpace(cu: number): boolean {
  return table[cu] === 1;
}

/** White_Space between words on one line: every one but the line ends, SPACE itself and OGHAM SPACE MARK. */
export const otherBlanks: readonly number[] = whiteSpace.filter((c) => !lineBreaks.includes(c) && c !== 0x20 && c !== OGHAM_SPACE_MARK);
