import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStates, emissionScores } from '../src/segment/lines/decode.js';
import { allowedNext, canEnd, labelOfState, states } from '../src/segment/lines/labels.js';
import { featureCount, labelCount, type CompiledModel } from '../src/segment/lines/model.js';

// The line decoder goes from each state the line above can be in to the states the grammar allows next, and the
// emission scores skip the labels a line's mask rules out. Both must pick exactly the path of the plain Viterbi
// that tries every (predecessor, state) pair and scores every label: the reference below, written the textbook way.

const S = states.length;

function referenceEmission(model: CompiledModel, feats: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(feats.length * labelCount);
  feats.forEach((f, k) => {
    for (let l = 0; l < labelCount; l++) out[k * labelCount + l] = f.reduce((s, j) => s + model.emission[l * featureCount + j]!, 0);
  });
  return out;
}

function referenceDecode(model: CompiledModel, scores: Float64Array, n: number, mask?: readonly number[]): number[] {
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

/** Small whole-number weights, so that equal sums (ties) are common. */
const weights = (n: number): fc.Arbitrary<Float64Array> => fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }).map((a) => Float64Array.from(a));
const model: fc.Arbitrary<CompiledModel> = fc.record({
  emission: weights(labelCount * featureCount),
  transition: weights(labelCount * labelCount),
  start: weights(labelCount),
  end: weights(labelCount),
});
const line = fc.record({ feats: fc.uniqueArray(fc.integer({ min: 0, max: featureCount - 1 }), { minLength: 1, maxLength: 30 }), mask: fc.integer({ min: 0, max: (1 << labelCount) - 1 }) });

describe('line decoder', () => {
  it('gives the plain Viterbi path, with and without masks, ties included', () => {
    fc.assert(
      fc.property(model, fc.array(line, { minLength: 1, maxLength: 60 }), fc.boolean(), (m, lines, masked) => {
        const feats = lines.map((l) => l.feats);
        const mask = masked ? lines.map((l) => l.mask) : undefined;
        const full = referenceEmission(m, feats);
        expect(Array.from(decodeStates(m, full, lines.length, mask))).toEqual(referenceDecode(m, full, lines.length, mask));
        // scoring only the allowed labels changes no path
        expect(Array.from(decodeStates(m, emissionScores(m, feats, mask), lines.length, mask))).toEqual(referenceDecode(m, full, lines.length, mask));
      }),
      { numRuns: 400 },
    );
  });

  it('scores every label without a mask, and only the allowed ones with it', () => {
    const m: CompiledModel = { emission: new Float64Array(labelCount * featureCount).fill(1), transition: new Float64Array(labelCount * labelCount), start: new Float64Array(labelCount), end: new Float64Array(labelCount) };
    const feats = [[0, 1, 2]];
    expect(Array.from(emissionScores(m, feats))).toEqual(Array<number>(labelCount).fill(3));
    const only = emissionScores(m, feats, [0b101]);
    expect(Array.from(only)).toEqual([3, 0, 3, ...Array<number>(labelCount - 3).fill(0)]);
  });
});
