import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSpaceFields, fieldEnd } from '../src/segment/split-spaces.js';

// The headline cut finds where its p-th word ends, and counts the words of a piece only as far as it looks; both
// must answer as the expressions they replace.
const spaces = ['\u0020', '\u00A0', '\t', '\n', '\u2009', '\u3000', '\uFEFF', '\u0085', '\u200B', '\u200F'];
const parts = fc.constantFrom(...spaces, 'قال', 'الوزير', 'a', 'ب', '-', '.', '\u064E', '\u{1F600}', '\uD83D', '');
const text = fc.array(parts, { maxLength: 80 }).map((p) => p.join(''));
const byRegex = (t: string, n: number): number => t.split(/(\s+)/u).slice(0, 2 * n - 1).join('').length;

describe('fieldEnd and a bounded countSpaceFields', () => {
  it('find the end of the n-th field as split, slice and join do', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 45 }), (t, n) => {
        expect(fieldEnd(t, n)).toBe(byRegex(t, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('count as split(/\\s+/u).length does, up to the bound', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 45 }), (t, atMost) => {
        expect(countSpaceFields(t, atMost)).toBe(Math.min(t.split(/\s+/u).length, atMost));
      }),
      { numRuns: 3000 },
    );
  });

  it('handle the edges by hand', () => {
    expect(fieldEnd('', 1)).toBe(0);
    expect(fieldEnd('أ ب ج', 1)).toBe(1);
    expect(fieldEnd('أ  ب ج', 2)).toBe(4);
    expect(fieldEnd('أ ب', 5)).toBe(3);
    expect(fieldEnd(' أ ب', 1)).toBe(0);
    expect(countSpaceFields('أ ب ج د', 3)).toBe(3);
    expect(countSpaceFields('أ ب', 26)).toBe(2);
  });
});
