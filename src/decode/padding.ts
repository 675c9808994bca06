/**
 * Trailing padding: DOS and Windows tools (and fixed-size record exports) fill the end of a file with NUL bytes or
 * with SUB (0x1A, ^Z, the CP/M and DOS end-of-file mark). Neither is text nor evidence of a binary file: it is cut
 * off before decoding and reported as `encoding.padding`.
 */

/** The width of one code unit of the encoding: 1 (UTF-8, single-byte pages), 2 (UTF-16) or 4 (UTF-32). */
export type UnitWidth = 1 | 2 | 4;

/** Whether the `width`-byte unit at `at` is U+0000 or U+001A in either byte order. */
function isPadUnit(bytes: Uint8Array, at: number, width: UnitWidth): boolean {
  let nonZero = -1;
  for (let k = 0; k < width; k++) {
    if (bytes[at + k] === 0) continue;
    if (nonZero >= 0) return false;
    nonZero = k;
  }
  // all zero (NUL), or one byte 0x1A at either end of the unit (SUB, little- or big-endian)
  return nonZero < 0 || (bytes[at + nonZero] === 0x1a && (nonZero === 0 || nonZero === width - 1));
}

/**
 * How many bytes at the end of `bytes` (from `start`, the end of any BOM) are padding: whole NUL or SUB code units,
 * and for UTF-16/32 also the NUL bytes of a unit cut short (a NUL-padded file need not end on a unit boundary).
 */
export function trailingPadding(bytes: Uint8Array, start = 0, width: UnitWidth = 1): number {
  let end = bytes.length;
  // a unit cut short: count it as padding only when all its bytes are NUL
  const rest = (end - start) % width;
  if (rest > 0) {
    for (let k = end - rest; k < end; k++) if (bytes[k] !== 0) return 0;
    end -= rest;
  }
  while (end - width >= start && isPadUnit(bytes, end - width, width)) end -= width;
  return bytes.length - end;
}
