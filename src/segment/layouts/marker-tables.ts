import { prefixFilter } from './phrase-prefix.js';
import { phrasesLeft, prefixAutomaton, type PrefixAutomaton } from './prefix-automaton.js';

// The tables the chrome-phrase scan (./marker-scan.ts) reads, made once: what each code unit is to it, the
// automaton that tells where a phrase may begin (./prefix-automaton.ts), and, for each place the automaton lets
// through, the anchored expression of only the phrases it leaves possible.

/**
 * How many code units from a place the automaton reads before an expression is tried there. (Eight, where six
 * were read: with the units after a run of spaces read too, two more units turn away more than half of the places
 * six let through; ten turn away few more, with twice the states.)
 */
const depth = 8;

/** Every code unit of the Basic Multilingual Plane in order, surrogates replaced by a space (a string of 65,536). */
function allUnits(): string {
  let out = '';
  for (let from = 0; from < 0x10000; from += 0x1000) {
    const chunk: number[] = [];
    for (let c = from; c < from + 0x1000; c++) chunk.push(c >= 0xd800 && c <= 0xdfff ? 0x20 : c);
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/**
 * Per code unit, 1 where the one-character expression `one` matches it alone (found a run at a time). Surrogates
 * stay 0: they are half of a character, which a code unit alone cannot tell (the scan tries the expression there).
 */
function unitTable(one: string, flags: string, units: string): Uint8Array {
  const out = new Uint8Array(0x10000);
  for (const m of units.matchAll(new RegExp(`(?:${one})+`, `g${flags}`))) out.fill(1, m.index, m.index + m[0].length);
  out.fill(0, 0xd800, 0xe000);
  return out;
}

/** What the scan reads. */
export interface MarkerTables {
  /** Per code unit, 1 for a unit of a word (a letter, a digit or a mark: no phrase begins right after one). */
  inWord: Uint8Array;
  /** Per code unit, 1 for one some phrase may begin with. */
  starts: Uint8Array;
  /**
   * Null when the phrases make no filter, or an automaton too large (then the full expression is tried at every
   * place a phrase may begin with its unit).
   */
  prefix: PrefixAutomaton | null;
  /** The anchored expression of the phrases a state of the automaton leaves (made when first asked for). */
  expressionAt(state: number): RegExp;
}

/**
 * The tables for the alternation's branches, in their order, and `anchored(list)`, the anchored expression of an
 * alternation of a list of them. At a place, the anchored expression of the branches a state leaves finds what the
 * expression of all of them finds: an alternation tries its branches in order, and a branch the automaton turned
 * away cannot match there, whatever follows it.
 */
export function markerTables(branches: readonly string[], anchored: (list: readonly string[]) => RegExp): MarkerTables {
  const units = allUnits();
  const sources = [...new Set(branches)];
  // (the look-behind's class: no phrase starts right after a letter, a digit or a mark)
  const inWord = unitTable('[\\p{L}\\p{N}\\p{M}]', 'u', units);
  const filter = prefixFilter(sources, 'iu', depth, units);
  // (without the filter, any unit may begin one)
  const starts = new Uint8Array(0x10000).fill(1);
  if (filter !== null) for (let c = 0; c < 0x10000; c++) starts[c] = filter.starts[filter.cls[c]!]!;
  const prefix = filter === null ? null : prefixAutomaton(filter);
  const all = anchored(branches);
  const byState: Array<RegExp | undefined> = [];
  const expressionAt = (state: number): RegExp => {
    if (prefix === null) return all;
    let re = byState[state];
    if (re === undefined) {
      const left = new Set(phrasesLeft(prefix, state).map((p) => sources[p]!));
      byState[state] = re = anchored(branches.filter((b) => left.has(b)));
    }
    return re;
  };
  return { inWord, starts, prefix, expressionAt };
}
