import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLines, decodeStates } from '../src/segment/lines/decode.js';
import { featureCount, labelCount, type CompiledModel } from '../src/segment/lines/model.js';
import { referenceDecode, referenceEmission } from './helpers/viterbi-reference.js';

// The decoder's tables (best scores, back pointers, emission scores) are kept between texts and no longer reset:
// a cell is read only after the text being decoded wrote it. Decoding texts one after another, long and short,
// with masks that rule out most labels (so that most cells keep what an earlier text left), must give each text
// the path the textbook Viterbi gives it with fresh tables (test/helpers/viterbi-reference.ts).

/** Whole-number weights of a wide range: stale scores left by a text would win over a later text's. */
const weights = (n: number): fc.Arbitrary<Float64Array> => fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }).map((a) => Float64Array.from(a));
const model: fc.Arbitrary<CompiledModel> = fc.record({
  emission: weights(labelCount * featureCount),
  transition: weights(labelCount * labelCount),
  start: weights(labelCount),
  end: weights(labelCount),
});
const all = (1 << labelCount) - 1;
/** A line's features and the labels its rules allow: all, a few, one, or none. */
const line = fc.record({
  feats: fc.uniqueArray(fc.integer({ min: 0, max: featureCount - 1 }), { minLength: 1, maxLength: 30 }),
  mask: fc.oneof(fc.constant(all), fc.integer({ min: 0, max: all }), fc.integer({ min: 0, max: labelCount - 1 }).map((l) => 1 << l), fc.constant(0)),
});
const text = fc.array(line, { minLength: 1, maxLength: 80 });

describe('decoder tables kept between texts', () => {
  it('gives every text of a run the path of fresh tables', () => {
    fc.assert(
      fc.property(model, fc.array(text, { minLength: 2, maxLength: 8 }), (m, texts) => {
        for (const lines of texts) {
          const feats = lines.map((l) => l.feats);
          const mask = lines.map((l) => l.mask);
          const want = referenceDecode(m, referenceEmission(m, feats), lines.length, mask);
          expect(decodeLines(m, feats, mask)).toEqual(want);
          expect(decodeStates(m, referenceEmission(m, feats), lines.length, mask)).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a short text after a long one by hand: no end state of the long one is taken', () => {
    const zero = (n: number): Float64Array => new Float64Array(n);
    const m: CompiledModel = { emission: zero(labelCount * featureCount), transition: zero(labelCount * labelCount), start: zero(labelCount), end: zero(labelCount) };
    // a long text whose last line is anything: high scores everywhere
    m.emission.fill(9);
    const long = Array.from({ length: 40 }, () => [0, 1, 2]);
    decodeLines(m, long, long.map(() => all));
    // one line that may only be a paragraph (label 7): its path is the paragraph state, whatever the tables held
    const para = 1 << 7;
    expect(decodeLines(m, [[0]], [para])).toEqual(referenceDecode(m, referenceEmission(m, [[0]]), 1, [para]));
  });
});
