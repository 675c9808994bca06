import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineInfo } from '../src/segment/lines/info.js';
import { duplicatesByMap, duplicatesOf } from '../src/segment/lines/repeats.js';

// A text of a few lines finds the lines it repeats by comparing each line with those above it (lines/repeats.ts
// `duplicatesOf`), where a map of the keys seen was made for every text (`duplicatesByMap`, main's way, kept for
// long texts): both must mark the same first copies and later ones.

/** Lines as the measure reads them: a key from a small set (so that keys repeat), '' for a paragraph, a word count. */
const lineArb = fc.record({ key: fc.constantFrom('', 'a', 'b', 'ab', 'خبر عاجل', 'خبر', 'x y'), wc: fc.constantFrom(1, 2, 5, 40, 41, 90) });
const asInfos = (lines: readonly { key: string; wc: number }[]): LineInfo[] => lines.map((l) => l as unknown as LineInfo);
const entries = (m: ReadonlyMap<number, string>): [number, string][] => [...m].sort((a, b) => a[0] - b[0]);

describe('repeated lines of a text', () => {
  it('marks what the map marked, for texts of 0 to 40 lines', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 0, maxLength: 40 }), (lines) => {
        expect(entries(duplicatesOf(asInfos(lines)))).toEqual(entries(duplicatesByMap(asInfos(lines))));
      }),
      { numRuns: 3000 },
    );
  });

  it('marks by hand: the first copy, every later one, no paragraph and no long line', () => {
    const infos = asInfos([
      { key: 'a', wc: 1 }, { key: 'b', wc: 1 }, { key: 'a', wc: 1 }, { key: '', wc: 60 }, { key: '', wc: 60 },
      { key: 'a', wc: 1 }, { key: 'c', wc: 41 }, { key: 'c', wc: 41 }, { key: 'b', wc: 41 },
    ]);
    expect(entries(duplicatesOf(infos))).toEqual([[0, 'first'], [2, 'later'], [5, 'later']]);
    expect(duplicatesOf(asInfos([{ key: 'a', wc: 1 }])).size).toBe(0);
  });
});
