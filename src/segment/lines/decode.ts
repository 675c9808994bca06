import { allowedNext, canEnd, labelOfState, states } from './labels.js';
import { featureCount, labelCount, type CompiledModel } from './model.js';

const S = states.length;
const paragraphState = states.findIndex((s) => s.label === 'paragraph');

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
  for (let k = 1; k < n; k++) {
    for (let s = 0; s < S; s++) {
      if (!ok(k, s)) continue;
      const l = labelOfState(s);
      let top = -Infinity;
      let arg = -1;
      for (let p = 0; p < S; p++) {
        const prev = best[(k - 1) * S + p]!;
        if (prev === -Infinity || !allowedNext[p]![s]) continue;
        const v = prev + model.transition[labelOfState(p) * labelCount + l]!;
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
