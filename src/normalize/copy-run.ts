import { F_COPY, F_DROP, F_LETTER, F_LF, F_MARK, F_SHORT, F_SPACE, F_SWAP, F_TOSPACE, K_COPY, slot, type Table } from './compile.js';
import { copyBlock, patchAt, patchTo, scan, scanPlain } from './scan-plain.js';

const spacesSlot = slot('spaces');
const newlinesSlot = slot('newlines');

/** Where a run ended in the input and in the output, and the pass state after it (as `OnePass` keeps it). */
export interface RunEnd {
  end: number;
  o: number;
  /** The last two code points written (-1: none yet) and the letter `elongation` is collapsing (-1: none). */
  p1: number;
  p2: number;
  col: number;
}

/**
 * The engine's fastest path: from `i`, the longest run of characters that need no context rule — ASCII and two- and
 * three-byte characters the table leaves as they are, single-code-point replacements of the same UTF-8 length, an
 * Arabic letter that does not make a third copy in a row (so no elongation starts), a space or line end after a
 * character that is neither. The run is only read while it is scanned; then it is copied to `out` at `o` in one
 * block and the replacements are written over their places. A replacement that shortens a character (`،` -> `,`) or
 * a removal (a diacritic under `search`) ends the block: it is written, and a new block starts after it. So unchanged
 * text (nearly all of any text) costs a table lookup per character and a memory copy, not a write per byte. Most
 * characters go through `scanPlain`; this loop adds what needs a look at the characters around: a lone mark, spaces
 * dropped at a line start or taken back at its end, blank lines, no-break spaces, the state after an elongation.
 * The output never grows on this path, so the run stops only where `out` has no room for the input left. One long
 * function on purpose: its state stays in locals (registers), which helpers would have to pass through objects.
 */
export function copyRun(t: Table, counts: Int32Array, src: Uint8Array, i: number, end: number, out: Uint8Array, o: number, r: RunEnd): void {
  const { fast, kind, simpleTo, simpleSlot } = t;
  let p1 = r.p1;
  let p2 = r.p2;
  let col = r.col;
  const stop = Math.min(end, i + (out.length - o));
  let from = i; // start of the block not yet copied
  let np = 0; // patches in it
  while (i < stop) {
    if (col === -1) {
      // most of any text: the tight loop
      scan.p1 = p1;
      scan.p2 = p2;
      scan.np = np;
      i = scanPlain(t, counts, src, i, stop, scan);
      p1 = scan.p1;
      p2 = scan.p2;
      np = scan.np;
      if (i >= stop) break;
    }
    const b = src[i]!;
    let cp: number;
    let n: number;
    if (b >= 0xc2 && b < 0xe0) {
      if (i + 1 >= stop) break;
      const b1 = src[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) break;
      cp = ((b & 0x1f) << 6) | (b1 & 0x3f);
      n = 2;
    } else if (b < 0x80) {
      cp = b;
      n = 1;
    } else if (b >= 0xe0 && b < 0xf0) {
      if (i + 2 >= stop) break;
      const b1 = src[i + 1]!;
      const b2 = src[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) break;
      const c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff) || kind[c] !== K_COPY) break;
      p2 = p1;
      p1 = c;
      i += 3;
      continue;
    } else break;
    const f = fast[cp]!;
    if (f === F_COPY) {
      p2 = p1;
      p1 = cp;
      i += n;
      continue;
    }
    if (f === F_LETTER) {
      if (cp === p1) {
        if (cp === p2 || cp === col) break; // a third copy: `elongation`'s turn
      } else col = -1;
      p2 = p1;
      p1 = cp;
      i += n;
      continue;
    }
    if (f === F_SPACE || f === F_TOSPACE) {
      if (f === F_TOSPACE) counts[simpleSlot[cp]!]!++;
      if (f === F_SPACE && p1 !== 0x20 && p1 !== 0x0a && p1 !== -1) {
        p2 = p1;
        p1 = cp;
        i += n;
        continue;
      }
      o = copyBlock(src, from, i, out, o, np);
      np = 0;
      // a space after a space, a line end or at the start goes; a no-break space after anything else is a space
      if (p1 === 0x20 || p1 === 0x0a || p1 === -1) counts[spacesSlot]!++;
      else {
        out[o++] = 0x20;
        p2 = p1;
        p1 = 0x20;
      }
      i += n;
      from = i;
      continue;
    }
    if (f === F_LF) {
      if (p1 === 0x20) {
        if (!t.on.spaces) break;
        // the space before a line end is taken back (as `unwriteSpace` does)
        if (from < i) o = copyBlock(src, from, i - 1, out, o, np);
        else o--;
        np = 0;
        from = i;
        counts[spacesSlot]!++;
        p1 = p2;
        p2 = -2;
      }
      if (p1 === 0x0a && p2 === 0x0a && t.on.newlines) {
        // a third line break in a row goes
        o = copyBlock(src, from, i, out, o, np);
        np = 0;
        counts[newlinesSlot]!++;
        i += n;
        from = i;
        continue;
      }
      p2 = p1;
      p1 = cp;
      i += n;
      continue;
    }
    if (f === F_MARK) {
      // one mark is in canonical order; the engine's loop orders a run of them
      if (!plainNext(fast, src, i + n, stop)) break;
      p2 = p1;
      p1 = cp;
      i += n;
      continue;
    }
    if (f === F_SWAP || f === F_SHORT) {
      const to = simpleTo[cp]!;
      if (to === p1) {
        // a replacement that repeats the character before it may start an elongation
        if (fast[to] === F_LETTER && (to === p2 || to === col)) break;
      } else col = -1;
      counts[simpleSlot[cp]!]!++;
      p2 = p1;
      p1 = to;
      if (f === F_SWAP) {
        if (np === patchAt.length) {
          o = copyBlock(src, from, i, out, o, np);
          from = i;
          np = 0;
        }
        patchAt[np] = i;
        patchTo[np++] = to;
        i += n;
        continue;
      }
      o = copyBlock(src, from, i, out, o, np);
      np = 0;
      out[o++] = to;
      i += n;
      from = i;
      continue;
    }
    if (f !== F_DROP) break;
    counts[simpleSlot[cp]!]!++;
    o = copyBlock(src, from, i, out, o, np);
    np = 0;
    i += n;
    from = i;
  }
  r.o = copyBlock(src, from, i, out, o, np);
  r.end = i;
  r.p1 = p1;
  r.p2 = p2;
  r.col = col;
}

/** Whether the character at `j` is one the run copier writes without a rule that looks back (not a mark). */
function plainNext(fast: Uint8Array, src: Uint8Array, j: number, stop: number): boolean {
  if (j >= stop) return false;
  const b = src[j]!;
  let f: number;
  if (b < 0x80) f = fast[b]!;
  else if (b >= 0xc2 && b < 0xe0 && j + 1 < stop && (src[j + 1]! & 0xc0) === 0x80) f = fast[((b & 0x1f) << 6) | (src[j + 1]! & 0x3f)]!;
  else return false;
  return f === F_COPY || f === F_LETTER || f === F_SPACE || f === F_LF;
}

