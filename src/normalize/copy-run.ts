import { K_COPY, K_DELETE, K_LETTER, K_LF, K_SIMPLE, K_SPACE, type Table } from './compile.js';

/** Where a run ended in the input and in the output, and whether `elongation` forgets its collapsed letter after it. */
export interface RunEnd {
  end: number;
  o: number;
  reset: boolean;
}

/**
 * The engine's fastest path: from `i`, the longest run of characters that need no context rule — ASCII and two- and
 * three-byte characters the table leaves as they are, single-code-point replacements (`simpleTo`) and single-op
 * removals, a space or line end after a character that is neither, an Arabic letter that differs from the character
 * written before it (so no elongation can start) — written into `out` at `o`, counted, with no state kept per
 * character: the caller reads the last two characters written off the output bytes afterwards. `p1` is the character
 * written before the run (-1: none). Each test looks at the bytes already written: out[o - 1] is the last byte of the
 * last character written, which is a space or a line feed only when that character is one; and a two-byte character
 * equals the one written before it only when the last two bytes written are its own (a lead byte C2–DF starts only
 * two-byte characters). The run also stops when the output reaches `lim` (at most three bytes are written per character).
 */
export function copyRun(t: Table, counts: Int32Array, src: Uint8Array, i: number, end: number, p1: number, out: Uint8Array, o: number, lim: number, r: RunEnd): void {
  const { kind, simpleTo, simpleSlot } = t;
  const o0 = o;
  let reset = false;
  // one branch per length of character, the common kinds first: V8 optimises this loop far better than one general step
  while (i < end && o <= lim) {
    const b = src[i]!;
    if (b < 0x80) {
      const k = kind[b]!;
      if (k !== K_COPY) {
        if (k !== K_SPACE && k !== K_LF) break;
        const before = o > o0 ? out[o - 1]! : p1;
        if (before === 0x20 || before === 0x0a || before === -1) break;
      }
      out[o++] = b;
      i++;
      continue;
    }
    if (b >= 0xc2 && b < 0xe0) {
      if (i + 1 >= end) break;
      const b1 = src[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) break;
      const cp = ((b & 0x1f) << 6) | (b1 & 0x3f);
      const k = kind[cp]!;
      if (k === K_COPY || (k === K_LETTER && !(o > o0 ? lastIs(out, o, cp) : cp === p1))) {
        if (k === K_LETTER) reset = true;
        out[o] = b;
        out[o + 1] = b1;
        o += 2;
        i += 2;
        continue;
      }
      if (k === K_SIMPLE) {
        const to = simpleTo[cp]!;
        // a replacement that repeats the character written before it may start an elongation: the caller's turn
        if (o > o0 ? lastIs(out, o, to) : to === p1) break;
        if (to < 0x80) out[o++] = to;
        else {
          out[o] = 0xc0 | (to >> 6);
          out[o + 1] = 0x80 | (to & 0x3f);
          o += 2;
        }
        counts[simpleSlot[cp]!]!++;
        reset = true;
        i += 2;
        continue;
      }
      if (k !== K_DELETE) break;
      const slot = simpleSlot[cp]!;
      if (slot < 0) break;
      counts[slot]!++;
      i += 2;
      continue;
    }
    if (b >= 0xe0 && b < 0xf0) {
      if (i + 2 >= end) break;
      const b1 = src[i + 1]!;
      const b2 = src[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) break;
      const cp = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) || kind[cp] !== K_COPY) break;
      out[o] = b;
      out[o + 1] = b1;
      out[o + 2] = b2;
      o += 3;
      i += 3;
      continue;
    }
    break;
  }
  r.end = i;
  r.o = o;
  r.reset = reset;
}

/** Whether the last character written (ending at `o`) is `c`, a code point below U+0800. */
function lastIs(out: Uint8Array, o: number, c: number): boolean {
  if (c < 0x80) return out[o - 1] === c;
  return out[o - 1] === (0x80 | (c & 0x3f)) && out[o - 2] === (0xc0 | (c >> 6));
}

/**
 * The code point of the character that ends just before `j` (valid UTF-8 of one to three bytes, as `copyRun` writes):
 * a continuation byte after a lead byte ends a two-byte character, after another continuation a three-byte one.
 */
export function charBefore(buf: Uint8Array, j: number): number {
  const b = buf[j - 1]!;
  if (b < 0x80) return b;
  const b2 = buf[j - 2]!;
  if (b2 >= 0xc0) return ((b2 & 0x1f) << 6) | (b & 0x3f);
  return ((buf[j - 3]! & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b & 0x3f);
}

/** Bytes of the character that ends just before `j`, read as `charBefore` reads it. */
export function lengthBefore(buf: Uint8Array, j: number): number {
  const b = buf[j - 1]!;
  if (b < 0x80) return 1;
  return buf[j - 2]! >= 0xc0 ? 2 : 3;
}
