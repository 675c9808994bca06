import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStates, emissionScores } from '../src/segment/lines/decode.js';
import { featureCount, labelCount, type CompiledModel } from '../src/segment/lines/model.js';
import { referenceDecode, referenceEmission } from './helpers/viterbi-reference.js';

// The line decoder goes from each state the line above can be in to the states the grammar allows next, and the
// emission scores skip the labels a line's mask rules out. Both must pick exactly the path of the plain Viterbi
// that tries every (predecessor, state) pair and scores every label: the reference written the textbook way
// (test/helpers/viterbi-reference.ts).

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
