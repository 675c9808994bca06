import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSpaceFields, isRegexSpace, splitSpaces } from '../src/segment/split-spaces.js';

// The hand-written split must be `split(/\s+/u)` exactly: same spaces, same fields, same limit.
describe('splitSpaces', () => {
  it('knows the same spaces as \\s, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isRegexSpace(c), c.toString(16)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  const spaces = ['\u0020', '\u00A0', '\t', '\n', '\r', '\u2009', '\u3000', '\uFEFF', '\u0085', '\u200B', '\u1680'];
  const parts = fc.constantFrom(...spaces, 'قال', 'a', 'ب', '-', '.', '\u064E', '\u{1F600}', '\uD83D', '');
  const text = fc.array(parts, { maxLength: 40 }).map((p) => p.join(''));

  it('splits as split(/\\s+/u) does, with and without a limit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (t, limit) => {
        expect(splitSpaces(t)).toEqual(t.split(/\s+/u));
        expect(splitSpaces(t, limit)).toEqual(t.split(/\s+/u, limit));
        expect(countSpaceFields(t)).toBe(t.split(/\s+/u).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the empty fields of leading and trailing spaces', () => {
    expect(splitSpaces('')).toEqual(['']);
    expect(splitSpaces('  أ ب  ')).toEqual(['', 'أ', 'ب', '']);
    expect(splitSpaces('أ  ب ج', 2)).toEqual(['أ', 'ب']);
    expect(countSpaceFields(' أ ')).toBe(3);
  });
});
