/** UTF-8 helpers for the byte engine (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */

/** Decoded code point and its length in bytes; `len` 0 means the bytes at that position are not valid UTF-8. */
export interface Decoded {
  cp: number;
  len: number;
}

const cont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** Decodes the character at `i` (bytes up to `end`) into `d`. */
export function decodeAt(src: Uint8Array, i: number, end: number, d: Decoded): void {
  const b = src[i]!;
  d.len = 0;
  if (b < 0x80) {
    d.cp = b;
    d.len = 1;
  } else if (b >= 0xc2 && b < 0xe0) {
    if (i + 1 < end && cont(src[i + 1])) {
      d.cp = ((b & 0x1f) << 6) | (src[i + 1]! & 0x3f);
      d.len = 2;
    }
  } else if (b >= 0xe0 && b < 0xf0) {
    if (i + 2 < end && cont(src[i + 1]) && cont(src[i + 2])) {
      const cp = ((b & 0x0f) << 12) | ((src[i + 1]! & 0x3f) << 6) | (src[i + 2]! & 0x3f);
      if (cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)) {
        d.cp = cp;
        d.len = 3;
      }
    }
  } else if (b >= 0xf0 && b < 0xf5) {
    if (i + 3 < end && cont(src[i + 1]) && cont(src[i + 2]) && cont(src[i + 3])) {
      const cp = ((b & 0x07) << 18) | ((src[i + 1]! & 0x3f) << 12) | ((src[i + 2]! & 0x3f) << 6) | (src[i + 3]! & 0x3f);
      if (cp >= 0x10000 && cp <= 0x10ffff) {
        d.cp = cp;
        d.len = 4;
      }
    }
  }
}

/** Bytes UTF-8 needs for a code point. */
export function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Writes `cp` as UTF-8 at `o`; returns the new offset. The caller makes room. */
export function encodeAt(out: Uint8Array, o: number, cp: number): number {
  if (cp < 0x80) {
    out[o++] = cp;
  } else if (cp < 0x800) {
    out[o++] = 0xc0 | (cp >> 6);
    out[o++] = 0x80 | (cp & 0x3f);
  } else if (cp < 0x10000) {
    out[o++] = 0xe0 | (cp >> 12);
    out[o++] = 0x80 | ((cp >> 6) & 0x3f);
    out[o++] = 0x80 | (cp & 0x3f);
  } else {
    out[o++] = 0xf0 | (cp >> 18);
    out[o++] = 0x80 | ((cp >> 12) & 0x3f);
    out[o++] = 0x80 | ((cp >> 6) & 0x3f);
    out[o++] = 0x80 | (cp & 0x3f);
  }
  return o;
}

/** Start of the character that ends just before `pos` (at or after `floor`). */
export function charStartBefore(buf: Uint8Array, pos: number, floor: number): number {
  let p = pos - 1;
  while (p > floor && (buf[p]! & 0xc0) === 0x80 && pos - p < 4) p--;
  return p;
}
