import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrder } from '../src/segment/layouts/pieces.js';

// A collapsed page's cuts are put in order by hand when they are few; the order must be the numeric sort's.

describe('cut offsets in order', () => {
  it('equal the numeric sort, for few cuts and many, in any order they were found', () => {
    const offsets = fc.uniqueArray(fc.nat({ max: 20000 }), { maxLength: 80 });
    fc.assert(
      fc.property(offsets, (a) => {
        expect(inOrder(new Set(a))).toEqual([...a].sort((x, y) => x - y));
      }),
      { numRuns: 5000 },
    );
  });

  it('put hand-written sets in order (found by kind, as cutsOf finds them)', () => {
    expect(inOrder(new Set([0, 120, 40, 80, 10, 90, 100]))).toEqual([0, 10, 40, 80, 90, 100, 120]);
    expect(inOrder(new Set([0]))).toEqual([0]);
    expect(inOrder(new Set())).toEqual([]);
    expect(inOrder(new Set([9, 100, 11]))).toEqual([9, 11, 100]);
  });
});
