import { K_COPY, K_LETTER, K_SIMPLE, type Table } from './compile.js';
import { startState, type PassState } from './one-pass.js';
import { runChunk } from './run.js';

/**
 * Where a long text can be cut into pieces that are normalised apart (on several threads) and give, joined, exactly
 * the bytes and counts of one pass over the whole. A piece starts just after a line feed, so the character written
 * before it is a line feed whatever came earlier (a line feed is always written, or collapsed into the one before);
 * and its first character is one that is written as it is or as one other character, with no rule that looks back
 * (printable ASCII, an Arabic letter U+0621–U+064A). The rules read more than the last character only for a line
 * feed after a line feed (blank lines) and for a run of one letter (elongation), and neither can start there; the
 * letter `elongation` remembers is forgotten at the first letter written. So a piece can start from `cutState()`.
 */

/** The state a piece starts from: a line feed just written. */
export const cutState = (): PassState => ({ prev: 0x0a, prev2: -2, collapsed: -1 });

/** True when the character at `i` can start a piece (see above). */
function startsPiece(t: Table, buf: Uint8Array, i: number): boolean {
  const b = buf[i];
  if (b === undefined) return false;
  if (b > 0x20 && b < 0x7f) return t.kind[b] === K_COPY || t.kind[b] === K_SIMPLE;
  if ((b !== 0xd8 && b !== 0xd9) || i + 1 >= buf.length) return false;
  const cp = ((b & 0x1f) << 6) | (buf[i + 1]! & 0x3f);
  const k = t.kind[cp];
  return (buf[i + 1]! & 0xc0) === 0x80 && cp >= 0x0621 && cp <= 0x064a && (k === K_COPY || k === K_LETTER || k === K_SIMPLE);
}

/**
 * The last place in `buf` at or after `from` where a piece can start (just after a line feed, before a character
 * that can start one), or -1. Looks back at most `window` bytes from the end.
 */
export function lastCut(t: Table, buf: Uint8Array, from: number, window = 1 << 20): number {
  const floor = Math.max(from, buf.length - window);
  for (let lf = buf.lastIndexOf(0x0a, buf.length - 2); lf >= floor && lf >= 0; lf = buf.lastIndexOf(0x0a, lf - 1)) {
    if (lf + 1 > from && startsPiece(t, buf, lf + 1)) return lf + 1;
    if (lf === 0) break;
  }
  return -1;
}

/** What normalising one piece gave: its bytes, its counts per op slot, and the state it ended in. */
export interface PieceResult {
  out: Uint8Array;
  counts: Int32Array;
  state: PassState;
}

/** Normalises one piece of a text cut at `lastCut` (`first`: the piece the text starts with). */
export function runPiece(t: Table, bytes: Uint8Array, first: boolean): PieceResult {
  const state = first ? startState() : cutState();
  const r = runChunk(t, bytes, state);
  return { out: r.out, counts: r.counts, state };
}
