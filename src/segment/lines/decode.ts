import { allowedNext, canEnd, labelOfState, states } from './labels.js';
import { featureCount, labelCount, type CompiledModel } from './model.js';

const S = states.length;
const paragraphState = states.findIndex((s) => s.label === 'paragraph');
/** Each state's label, as a typed array (the inner loop reads it S * S times a line). */
const stateLabel = Int32Array.from(states, (_, s) => labelOfState(s));
/**
 * For each state, the states the grammar lets come right before it, in increasing order (the order the loop tried
 * every state in, so ties go to the same predecessor): about half the states, and no table test per pair.
 */
const before: readonly Int32Array[] = states.map((_, s) => Int32Array.from(states.keys()).filter((p) => allowedNext[p]![s]!));

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

/** score[k * labels + l]: how well line k fits label l (the sum of its features' weights). */
export function emissionScores(model: CompiledModel, feats: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(feats.length * labelCount);
  for (let k = 0; k < feats.length; k++) {
    const f = feats[k]!;
    for (let l = 0; l < labelCount; l++) {
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
    for (let s = 0; s < S; s++) {
      const l = stateLabel[s]!;
      if ((allow & (1 << l)) === 0) continue;
      const preds = before[s]!;
      let top = -Infinity;
      let arg = -1;
      for (let j = 0; j < preds.length; j++) {
        const p = preds[j]!;
        const prev = best[from + p]!;
        if (prev === -Infinity) continue;
        const v = prev + transition[stateLabel[p]! * labelCount + l]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      if (arg >= 0) {
        best[k * S + s] = top + scores[k * labelCount + l]!;
        back[k * S + s] = arg;
      }
    }
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
