/** A UTF-8 scanner that says where the bytes break, as the WHATWG decoder would replace them. */

export interface Utf8Scan {
  /** Byte offset of each maximal invalid subpart; each becomes one U+FFFD in `TextDecoder` output. */
  invalidAt: number[];
  /** Length in bytes of each invalid subpart. */
  invalidLength: number[];
  /** Count of valid multi-byte sequences. */
  multi: number;
  /** Count of bytes in invalid subparts. */
  invalidBytes: number;
}

/**
 * Scans `bytes` from `start` to `end` following the WHATWG Encoding Standard's UTF-8 decoder (section 9.1.1):
 * a byte that breaks a sequence ends the invalid subpart and is read again. With `positions` false it only counts.
 */
export function scanUtf8(bytes: Uint8Array, start = 0, end = bytes.length, positions = true): Utf8Scan {
  const invalidAt: number[] = [];
  const invalidLength: number[] = [];
  let multi = 0;
  let invalidBytes = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalidBytes++;
      if (positions) {
        invalidAt.push(i);
        invalidLength.push(1);
      }
      i++;
      continue;
    }
    let j = i + 1;
    let seen = 0;
    while (seen < needed && j < end) {
      const c = bytes[j]!;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
      seen++;
    }
    if (seen === needed) multi++;
    else {
      invalidBytes += j - i;
      if (positions) {
        invalidAt.push(i);
        invalidLength.push(j - i);
      }
    }
    i = j;
  }
  return { invalidAt, invalidLength, multi, invalidBytes };
}
