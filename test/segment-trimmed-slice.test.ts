import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimmedSlice } from '../src/segment/split-spaces.js';

// The pieces of a collapsed page are cut with trimmedSlice instead of slice then trim: it must take off exactly
// what trim takes off (every code unit tried at both ends), wherever the cut falls.

describe('trimmedSlice', () => {
  it('trims what trim trims, for every code unit at both ends', () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      const t = `${u}${u}ب ا${u}${u}`;
      for (const [a, b] of [[0, t.length], [1, t.length - 1], [2, 4], [0, 1], [3, 3]] as const) {
        const got = trimmedSlice(t, a, b);
        if (got !== t.slice(a, b).trim()) expect(got, `U+${c.toString(16)} ${a} ${b}`).toBe(t.slice(a, b).trim());
      }
    }
  });

  it('cuts as slice and trim do on generated pages', () => {
    const parts = fc.constantFrom(' ', '  ', '\u00A0', '\t', '\n', '\u2009', '\u3000', '\uFEFF', '\u0085', '\u200B', '\u200F', 'قال', 'الوزير.', 'a', '\u064E', '\u{1F600}', '\uD83D');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 200 }), fc.nat(), fc.nat(), (p, x, y) => {
        const t = p.join('');
        const a = t.length === 0 ? 0 : x % (t.length + 1);
        const b = a + (t.length === 0 ? 0 : y % (t.length - a + 1));
        expect(trimmedSlice(t, a, b)).toBe(t.slice(a, b).trim());
      }),
      { numRuns: 3000 },
    );
  });
});
