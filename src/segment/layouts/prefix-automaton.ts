import type { PrefixFilter } from './phrase-prefix.js';

// The prefix filter (./phrase-prefix.ts) as an automaton over its classes of units: one table read per unit looked
// at, where the filter ands a row of bit words for every unit (and reads a table of 125,000 entries first). Most
// places die at the first or second unit. A state stands for the phrases still possible after the units read so
// far (and how many were read); the automaton says yes at a place exactly when the filter does: the phrases alive
// after the first min(depth, units left) units are those the filter's bit words keep.

/** The automaton of a filter: `next[state * classes + class]` is the state after a unit of that class. */
export interface PrefixAutomaton {
  readonly depth: number;
  readonly classes: number;
  /** Per code unit, its class (the filter's). */
  readonly cls: Uint8Array;
  /** 0: no phrase left (the place is turned away); 1: the start, every phrase possible. */
  readonly next: Uint16Array;
  /** Per state, the phrases left (bit p of word p / 32 for the filter's phrase p). */
  readonly alive: readonly Uint32Array[];
}

/** The automaton of `f`; null when it would have more states than a table of 16-bit entries can number. */
export function prefixAutomaton(f: PrefixFilter): PrefixAutomaton | null {
  const classes = f.starts.length;
  const { words, depth, at } = f;
  // a state: how many units were read, and which phrases are left (words of bits)
  // (at the start, every phrase that some unit begins: all of them)
  const all = new Uint32Array(words);
  for (let c = 0; c < classes; c++) for (let w = 0; w < words; w++) all[w]! |= at[0]![c * words + w]!;
  const alive: Uint32Array[] = [new Uint32Array(words), all];
  const read = [0, 0];
  const ids = new Map<string, number>();
  const rows: number[][] = [[], []];
  for (let s = 1; s < alive.length; s++) {
    const row = new Array<number>(classes).fill(0);
    rows[s] = row;
    const k = read[s]!;
    if (k === depth) continue;
    for (let c = 0; c < classes; c++) {
      const left = alive[s]!.map((m, w) => m & at[k]![c * words + w]!);
      if (left.every((m) => m === 0)) continue;
      const key = `${k + 1} ${left.join(' ')}`;
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = alive.push(left) - 1));
        read.push(k + 1);
        rows.push([]);
      }
      row[c] = id;
    }
    if (alive.length > 0xffff) return null;
  }
  const next = new Uint16Array(alive.length * classes);
  rows.forEach((row, s) => next.set(row, s * classes));
  return { depth, classes, cls: f.cls, next, alive };
}

/**
 * The state after the first min(depth, n - i) units at i, 0 when no phrase may begin there: `mayBegin(f, t, i)` for
 * the filter the automaton was made from, read from `units`, the first n of which are t's code units. A caller that
 * has read the first k units already passes the state it reached (`s`, `k`).
 */
export function stateAt(a: PrefixAutomaton, units: Uint16Array, n: number, i: number, s = 1, k = 0): number {
  const { cls, next, classes } = a;
  const m = Math.min(a.depth, n - i);
  for (let j = k; j < m && s !== 0; j++) s = next[s * classes + cls[units[i + j]!]!]!;
  return s;
}

/** The filter's phrases (their numbers, in order) a state leaves possible. */
export function phrasesLeft(a: PrefixAutomaton, state: number): number[] {
  const out: number[] = [];
  const bits = a.alive[state]!;
  for (let p = 0; p < 32 * bits.length; p++) if ((bits[p >>> 5]! >>> (p & 31)) & 1) out.push(p);
  return out;
}
