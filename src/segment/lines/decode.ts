import { allowedNext, canEnd, labelOfState, stateLabels, states } from './labels.js';
import { featureCount, labelCount, type CompiledModel } from './model.js';

const S = states.length;
// (the decoder keeps sets of states as the bits of one 32-bit number)
if (S > 31) throw new Error(`decode.ts: ${S} states do not fit the decoder's bit sets (31 at most)`);
/** The states an article may end in, as bits. */
const endStates = canEnd.reduce((bits, yes, s) => (yes ? bits | (1 << s) : bits), 0);
const paragraphState = states.findIndex((s) => s.label === 'paragraph');
/**
 * For each state, the states the grammar lets come right before it, as bits (bit p for state p; 17 states fit). The
 * decoder goes through the ones the line above can be in, lowest first, so ties go to the lowest predecessor, as
 * when every pair was tried.
 */
const before = Int32Array.from(states, (_, s) => states.reduce((bits, _p, p) => (allowedNext[p]![s] ? bits | (1 << p) : bits), 0));
/** The states a text may open with, as bits. */
const startStates = states.reduce((bits, _s, s) => (allowedNext[S]![s] ? bits | (1 << s) : bits), 0);
/** For each state, the states the grammar lets come right after it, as bits. */
const after = Int32Array.from(states, (_, p) => states.reduce((bits, _s, s) => (allowedNext[p]![s] ? bits | (1 << s) : bits), 0));
/**
 * For each set of labels (13 bits), the states of those labels, as bits: the states a line's mask lets it be in
 * (8192 cells, made once).
 */
const LABEL_SETS = 1 << labelCount;
const statesOfLabels = Int32Array.from({ length: LABEL_SETS }, (_, set) => states.reduce((bits, _s, s) => ((set >> stateLabels[s]!) & 1 ? bits | (1 << s) : bits), 0));
/** The lowest set bit's index (bits ≠ 0). */
const lowestBit = (bits: number): number => 31 - Math.clz32(bits & -bits);

/**
 * The decoder's two tables, kept between calls and grown when a text has more lines: a typed array of more than a
 * few dozen bytes is allocated outside the heap, which cost more than the decoding itself at an article's size.
 * They are not reset between texts: a cell is read only once this text has written it (a state reached on its
 * line: `live`, `reached`), so what an earlier text left in the others is never read.
 */
let tables = { best: new Float64Array(64 * S), back: new Int32Array(64 * S) };

/** Tables of `size` cells at least. */
function scratch(size: number): { best: Float64Array; back: Int32Array } {
  if (tables.best.length < size) tables = { best: new Float64Array(size * 2), back: new Int32Array(size * 2) };
  return tables;
}

/** The state of the last line with the best score to end on, among `among` (bits: states the line can be in), or -1. */
function bestEnd(model: CompiledModel, best: Float64Array, n: number, among: number): number {
  let end = -1;
  let top = -Infinity;
  for (let bits = among; bits !== 0; bits &= bits - 1) {
    const s = lowestBit(bits);
    const v = best[(n - 1) * S + s]! + model.end[labelOfState(s)]!;
    if (v > top) {
      top = v;
      end = s;
    }
  }
  return end;
}

/**
 * score[k * labels + l]: how well line k fits label l (the sum of its features' weights). With `mask` (the labels the
 * hard rules allow each line, a bit per label) only the allowed labels are summed: the decoder never reads the others
 * (they stay 0). A paragraph of prose is allowed four or five of the thirteen.
 */
export function emissionScores(model: CompiledModel, feats: readonly (readonly number[])[], mask?: readonly number[]): Float64Array {
  return scoresInto(new Float64Array(feats.length * labelCount), model, feats, mask);
}

function scoresInto(out: Float64Array, model: CompiledModel, feats: readonly (readonly number[])[], mask?: readonly number[]): Float64Array {
  const emission = model.emission;
  for (let k = 0; k < feats.length; k++) {
    const f = feats[k]!;
    const allow = mask === undefined ? -1 : mask[k]!;
    for (let l = 0; l < labelCount; l++) {
      if ((allow & (1 << l)) === 0) continue;
      let s = 0;
      const row = l * featureCount;
      for (let j = 0; j < f.length; j++) s += emission[row + f[j]!]!;
      out[k * labelCount + l] = s;
    }
  }
  return out;
}

/** The scores' table of `decodeLines`, kept between calls like the decoder's. */
let scoreTable = new Float64Array(64 * labelCount);

/**
 * `decodeStates(model, emissionScores(model, feats, mask), feats.length, mask)`: the labelling of a text's lines,
 * with the scores in a table kept between calls.
 */
export function decodeLines(model: CompiledModel, feats: readonly (readonly number[])[], mask?: readonly number[]): number[] {
  const size = feats.length * labelCount;
  // (not reset: the decoder reads a line's score only for the labels `mask` allows, and those are written)
  if (scoreTable.length < size) scoreTable = new Float64Array(size * 2);
  return decodeStates(model, scoresInto(scoreTable, model, feats, mask), feats.length, mask);
}

/** The first line's states the grammar and `allow` (its labels, as bits) let a text open with, scored; as bits. */
function firstLine(model: CompiledModel, scores: Float64Array, best: Float64Array, allow: number): number {
  const live = startStates & statesOfLabels[allow & (LABEL_SETS - 1)]!;
  for (let bits = live; bits !== 0; bits &= bits - 1) {
    const s = lowestBit(bits);
    best[s] = model.start[labelOfState(s)]! + scores[labelOfState(s)]!;
  }
  return live;
}

/**
 * One Viterbi step: line k's states from line k - 1's (`live`, as bits), keeping each state's best predecessor
 * (the lowest on a tie); returns the states line k can be in. States whose label `allow` rules out are not worked
 * out: they stay unreachable.
 */
function nextLine(transition: Float64Array, scores: Float64Array, best: Float64Array, back: Int32Array, k: number, live: number, allow: number): number {
  const from = (k - 1) * S;
  const to = k * S;
  // the states some live state may go on to, of the labels `allow` lets this line have
  let next = 0;
  for (let bits = live; bits !== 0; bits &= bits - 1) next |= after[lowestBit(bits)]!;
  next &= statesOfLabels[allow & (LABEL_SETS - 1)]!;
  let reached = 0;
  for (let bits = next; bits !== 0; bits &= bits - 1) {
    const s = lowestBit(bits);
    const l = stateLabels[s]!;
    let top = -Infinity;
    let arg = -1;
    for (let prevs = live & before[s]!; prevs !== 0; prevs &= prevs - 1) {
      const p = lowestBit(prevs);
      const v = best[from + p]! + transition[stateLabels[p]! * labelCount + l]!;
      if (v > top) {
        top = v;
        arg = p;
      }
    }
    if (arg >= 0) {
      best[to + s] = top + scores[k * labelCount + l]!;
      back[to + s] = arg;
      reached |= 1 << s;
    }
  }
  return reached;
}

/**
 * The best sequence of states the grammar allows (Viterbi), one per line. `mask`, when given, limits line k to
 * the labels whose bit is set in mask[k] (training decodes the labelled sequence this way).
 */
export function decodeStates(model: CompiledModel, scores: Float64Array, n: number, mask?: readonly number[]): number[] {
  const { best, back } = scratch(n * S);
  // the states line k - 1 can be in, as bits
  let live = firstLine(model, scores, best, mask === undefined ? -1 : mask[0]!);
  // (no mask: every bit set)
  for (let k = 1; k < n; k++) live = nextLine(model.transition, scores, best, back, k, live, mask === undefined ? -1 : mask[k]!);
  // the article ends in its body or tail; a text the rules let have no body (all chrome and dates) ends anywhere
  // (among the states the last line can be in: the others have no score of this text)
  let end = bestEnd(model, best, n, live & endStates);
  if (end < 0) end = bestEnd(model, best, n, live);
  // (a plain array: a typed one of a few cells costs more to allocate than the walk back)
  const path = new Array<number>(n);
  if (end < 0) return path.fill(paragraphState); // no allowed sequence (a mask that contradicts the grammar): all paragraphs
  for (let k = n - 1; k >= 0; k--) {
    path[k] = end;
    end = back[k * S + end]!;
  }
  return path;
}
