import { allowedNext, canEnd, labelOfState, states } from '../../src/segment/lines/labels.js';
import { featureCount, labelCount, type CompiledModel } from '../../src/segment/lines/model.js';

// The line decoder written the textbook way (every label scored, every (predecessor, state) pair tried, fresh
// tables for each text): the reference the decoder of lines/decode.ts is checked against.

const S = states.length;

export function referenceEmission(model: CompiledModel, feats: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(feats.length * labelCount);
  feats.forEach((f, k) => {
    for (let l = 0; l < labelCount; l++) out[k * labelCount + l] = f.reduce((s, j) => s + model.emission[l * featureCount + j]!, 0);
  });
  return out;
}

export function referenceDecode(model: CompiledModel, scores: Float64Array, n: number, mask?: readonly number[]): number[] {
  const ok = (k: number, s: number): boolean => mask === undefined || (mask[k]! & (1 << labelOfState(s))) !== 0;
  const best: number[][] = [];
  const back: number[][] = [];
  best.push(states.map((_, s) => (allowedNext[S]![s] && ok(0, s) ? model.start[labelOfState(s)]! + scores[labelOfState(s)]! : -Infinity)));
  back.push(states.map(() => -1));
  for (let k = 1; k < n; k++) {
    const row: number[] = [];
    const from: number[] = [];
    for (let s = 0; s < S; s++) {
      let top = -Infinity;
      let arg = -1;
      // every predecessor in increasing order; the first of equal scores wins
      for (let p = 0; p < S && ok(k, s); p++) {
        if (!allowedNext[p]![s] || best[k - 1]![p] === -Infinity) continue;
        const v = best[k - 1]![p]! + model.transition[labelOfState(p) * labelCount + labelOfState(s)]!;
        if (v > top) [top, arg] = [v, p];
      }
      row.push(arg >= 0 ? top + scores[k * labelCount + labelOfState(s)]! : -Infinity);
      from.push(arg);
    }
    best.push(row);
    back.push(from);
  }
  const endOf = (okEnd: (s: number) => boolean): number => {
    let end = -1;
    let top = -Infinity;
    for (let s = 0; s < S; s++) {
      const v = best[n - 1]![s]! + model.end[labelOfState(s)]!;
      if (okEnd(s) && v > top) [top, end] = [v, s];
    }
    return end;
  };
  let end = endOf((s) => canEnd[s]!);
  if (end < 0) end = endOf(() => true);
  if (end < 0) return Array<number>(n).fill(states.findIndex((s) => s.label === 'paragraph'));
  const path = Array<number>(n);
  for (let k = n - 1; k >= 0; k--) {
    path[k] = end;
    end = back[k]![end]!;
  }
  return path;
}

