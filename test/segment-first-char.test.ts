import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byFirstUnit } from '../src/segment/lines/first-char.js';

// The line features read some tests of a first or last character from a table per code unit (first-char.ts): the
// table must answer what the expression answers, whatever the text opens with (surrogates, marks, nothing).
const expressions = [/^[^\p{L}\p{N}"'“«(]/u, /^[وف]/u, /^[^\p{L}\p{N}]/u, /^["'“«]/u, /^[0-9]/u, /^[^\p{L}\p{N}"'“«(\[]/u];
const oneCharacter = [/[\p{L}\p{N}]/u, /[.!?؟…:،,]/u];

describe('byFirstUnit', () => {
  it('answers as the anchored expressions do, asked the same texts twice (table filled, then read)', () => {
    const unit = fc.constantFrom('و', 'ف', 'ب', '"', '«', '(', '[', '1', '٣', '.', ' ', '\u064B', '\uD83D', '\uDE00', 'x', '', '؟', '،');
    const text = fc.array(unit, { minLength: 0, maxLength: 6 }).map((u) => u.join(''));
    for (const re of expressions) {
      const test = byFirstUnit(re);
      fc.assert(fc.property(text, (s) => {
        expect(test(s)).toBe(re.test(s));
        expect(test(s)).toBe(re.test(s));
      }), { numRuns: 400 });
    }
  });

  it('answers as the unanchored ones do on one code unit, for every unit', () => {
    for (const re of oneCharacter) {
      const test = byFirstUnit(re);
      for (let c = 0; c < 0x10000; c += 7) expect(test(String.fromCharCode(c))).toBe(re.test(String.fromCharCode(c)));
      expect(test('')).toBe(false);
    }
  });
});
