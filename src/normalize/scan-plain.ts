import { F_COPY, F_LETTER, F_SPACE, F_SWAP, type Table } from './compile.js';

/**
 * Same-length replacements inside a run, applied after the run is copied: their input offsets and their code points.
 * Scratch space, not state: a run never leaves entries behind.
 */
export const patchAt = new Int32Array(1024);
export const patchTo = new Uint16Array(1024);

/** What `scanPlain` reads and leaves: the last two characters written and the patches in the current block. */
export interface Scan {
  p1: number;
  p2: number;
  np: number;
}
export const scan: Scan = { p1: -1, p2: -1, np: 0 };

/**
 * The run copier's inner loop, with as little state as V8 can keep in registers: from `i`, past ASCII and two-byte
 * characters that need no rule — unchanged (an Arabic letter that is not the third copy in a row; a space after a
 * character that is neither a space nor a line end) or replaced by one of the same length (recorded as a patch).
 * Runs only while no letter is being collapsed. Returns where it stopped.
 */
export function scanPlain(t: Table, counts: Int32Array, src: Uint8Array, i: number, stop: number, s: Scan): number {
  const { fast, simpleTo, simpleSlot } = t;
  let p1 = s.p1;
  let p2 = s.p2;
  let np = s.np;
  while (i < stop) {
    const b = src[i]!;
    let c: number;
    let n: number;
    if (b >= 0xc2 && b < 0xe0) {
      if (i + 1 >= stop) break;
      const b1 = src[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) break;
      c = ((b & 0x1f) << 6) | (b1 & 0x3f);
      const f = fast[c]!;
      if (f === F_COPY || (f === F_LETTER && (c !== p1 || c !== p2))) {
        p2 = p1;
        p1 = c;
        i += 2;
        continue;
      }
      if (f !== F_SWAP) break;
      n = 2;
    } else if (b < 0x80) {
      const f = fast[b]!;
      if (f === F_COPY || (f === F_SPACE && p1 !== 0x20 && p1 !== 0x0a && p1 !== -1)) {
        p2 = p1;
        p1 = b;
        i++;
        continue;
      }
      if (f !== F_SWAP) break;
      c = b;
      n = 1;
    } else break;
    // a replacement of the same length, unless it makes a third copy of a letter or the patch list is full
    const to = simpleTo[c]!;
    if ((to === p1 && to === p2 && fast[to] === F_LETTER) || np === patchAt.length) break;
    counts[simpleSlot[c]!]!++;
    patchAt[np] = i;
    patchTo[np++] = to;
    p2 = p1;
    p1 = to;
    i += n;
  }
  s.p1 = p1;
  s.p2 = p2;
  s.np = np;
  return i;
}

/** Copies src[from, to) to `out` at `o`, writes the block's `np` patches over it; returns the offset after it. */
export function copyBlock(src: Uint8Array, from: number, to: number, out: Uint8Array, o: number, np: number): number {
  const len = to - from;
  if (len > 48) out.set(src.subarray(from, to), o);
  else for (let k = 0; k < len; k++) out[o + k] = src[from + k]!;
  for (let p = 0; p < np; p++) {
    const at = o + patchAt[p]! - from;
    const c = patchTo[p]!;
    if (c < 0x80) out[at] = c;
    else {
      out[at] = 0xc0 | (c >> 6);
      out[at + 1] = 0x80 | (c & 0x3f);
    }
  }
  return o + len;
}
