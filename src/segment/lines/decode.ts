import { allowedNext, canEnd, labelOfState, stateLabels, states } from './labels.js';
import { featureCount, labelCount, type CompiledModel } from './model.js';

const S = states.length;
const paragraphState = states.findIndex((s) => s.label === 'paragraph');
/**
 * For each state, the states the grammar lets come right after it, in increasing order. The decoder goes from each
 * state the line above can be in (most are ruled out there) to the states it allows next; for each state the
 * predecessors are still met in increasing order, so ties go to the same one as when every pair was tried.
 */
const after: readonly Int32Array[] = states.map((_, p) => Int32Array.from(states.keys()).filter((s) => allowedNext[p]![s]!));

function bestEnd(model: CompiledModel, best: Float64Array, n: number, ok: (s: number) => boolean): number {
  let end = -1;
  let top = -Infinity;
  for (let s = 0; s < S; s++) {
    const v = best[(n - 1) * S + s]! + model.end[labelOfState(s)]!;
    if (ok(s) && v > top) {
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
  const out = new Float64Array(feats.length * labelCount);
  for (let k = 0; k < feats.length; k++) {
    const f = feats[k]!;
    const allow = mask === undefined ? -1 : mask[k]!;
    for (let l = 0; l < labelCount; l++) {
      if ((allow & (1 << l)) === 0) continue;
      let s = 0;
      const row = l * featureCount;
      for (let j = 0; j < f.length; j++) s += model.emission[row + f[j]!]!;
      out[k * labelCount + l] = s;
    }
  }
  return out;
}

/**
 * The best sequence of states the grammar allows (Viterbi), one per line. `mask`, when given, limits line k to
 * the labels whose bit is set in mask[k] (training decodes the labelled sequence this way).
 */
export function decodeStates(model: CompiledModel, scores: Float64Array, n: number, mask?: readonly number[]): Int32Array {
  const best = new Float64Array(n * S).fill(-Infinity);
  const back = new Int32Array(n * S).fill(-1);
  const ok = (k: number, s: number): boolean => mask === undefined || (mask[k]! & (1 << labelOfState(s))) !== 0;
  for (let s = 0; s < S; s++) {
    if (allowedNext[S]![s] && ok(0, s)) best[s] = model.start[labelOfState(s)]! + scores[labelOfState(s)]!;
  }
  const transition = model.transition;
  for (let k = 1; k < n; k++) {
    // (no mask: every bit set)
    const allow = mask === undefined ? -1 : mask[k]!;
    const from = (k - 1) * S;
    const to = k * S;
    // best[to + s] holds the best predecessor's score until the line's own score is added below
    for (let p = 0; p < S; p++) {
      const prev = best[from + p]!;
      if (prev === -Infinity) continue;
      const cells = stateLabels[p]! * labelCount;
      const next = after[p]!;
      for (let j = 0; j < next.length; j++) {
        const s = next[j]!;
        const l = stateLabels[s]!;
        if ((allow & (1 << l)) === 0) continue;
        const v = prev + transition[cells + l]!;
        if (v > best[to + s]!) {
          best[to + s] = v;
          back[to + s] = p;
        }
      }
    }
    for (let s = 0; s < S; s++) if (back[to + s]! >= 0) best[to + s] = best[to + s]! + scores[k * labelCount + stateLabels[s]!]!;
  }
  // the article ends in its body or tail; a text the rules let have no body (all chrome and dates) ends anywhere
  let end = bestEnd(model, best, n, (s) => canEnd[s]!);
  if (end < 0) end = bestEnd(model, best, n, () => true);
  const path = new Int32Array(n);
  if (end < 0) return path.fill(paragraphState); // no allowed sequence (a mask that contradicts the grammar): all paragraphs
  for (let k = n - 1; k >= 0; k--) {
    path[k] = end;
    end = back[k * S + end]!;
  }
  return path;
}
