import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../src/segment/lines/line-units.js';
import { hashOf, WordTable } from '../src/segment/lines/word-table.js';

// WordTable answers for a range of a string without slicing it out (lines/word-table.ts): it must answer what a Set
// of the same words answers for the sliced range, with or without the caller's hash.
describe('WordTable', () => {
  it('answers as Set#has on the sliced range, for words that share hashes and ranges of any length', () => {
    const unit = fc.constantFrom('ف', 'ي', 'من', 'ا', 'ل', 'x', ' ', '\uD83D');
    const word = fc.array(unit, { minLength: 0, maxLength: 5 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 40 }), fc.array(unit, { minLength: 0, maxLength: 30 }), fc.nat(), fc.nat(), (words, parts, x, y) => {
        const table = new WordTable(words);
        const set = new Set(words);
        const s = parts.join('');
        const from = s.length === 0 ? 0 : x % (s.length + 1);
        const to = from + (s.length === 0 ? 0 : y % (s.length - from + 1));
        expect(table.hasRange(s, from, to)).toBe(set.has(s.slice(from, to)));
        expect(table.hasRange(s, from, to, hashOf(s, from, to))).toBe(set.has(s.slice(from, to)));
        expect(table.hasUnits(loadUnits(s), from, to, hashOf(s, from, to))).toBe(set.has(s.slice(from, to)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every word of its list in place, and a word one unit longer or shorter is not found', () => {
    const table = new WordTable(['في', 'من', 'على', 'إلى']);
    const line = 'ذهب إلى السوق من البيت على عجل';
    expect(table.hasRange(line, 4, 7)).toBe(true); // إلى
    expect(table.hasRange(line, 4, 6)).toBe(false);
    expect(table.hasRange(line, 14, 16)).toBe(true); // من
    expect(table.hasRange(line, 23, 26)).toBe(true); // على
    expect(table.hasRange(line, 23, 27)).toBe(false);
    const units = loadUnits(line);
    expect(table.hasUnits(units, 4, 7, hashOf(line, 4, 7))).toBe(true); // إلى
    expect(table.hasUnits(units, 4, 6, hashOf(line, 4, 6))).toBe(false);
    expect(table.hasUnits(units, 0, 3, hashOf(line, 0, 3))).toBe(false); // ذهب
  });
});
