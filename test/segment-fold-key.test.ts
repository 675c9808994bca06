import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../src/segment/fold.js';

// foldKey writes its key into a reused buffer and reads it back as UTF-16LE (fold.ts): what it reads back must be
// exactly the code units it wrote, at every length (the buffer grows past 256 units) and for every unit.
describe('foldKey read-back', () => {
  it('gives a text with nothing to fold back unchanged, lone surrogates and astral characters included', () => {
    const unit = fc.constantFrom('ب', 'س', 'x', 'Q'.toLowerCase(), '1', '\u{1F600}', '\uD83D', '\uDE00', '\u4E2D', '\uFFFD', '#');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 3000 }), (units) => {
        const s = units.join('');
        expect(foldKey(s)).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it('folds a long line the same as its pieces (one buffer, grown, read back whole)', () => {
    const word = 'أَحمد إلى ٣ مدرسة';
    const long = Array.from({ length: 3000 }, () => word).join(' ');
    const once = foldKey(word);
    expect(once).toBe('احمد الي 3 مدرسه'); // harakat off, alef forms and alef maksura folded (src/text), digit and teh marbuta folded
    expect(foldKey(long)).toBe(Array.from({ length: 3000 }, () => once).join(' '));
    // a short key after a long one reads only its own units
    expect(foldKey(word)).toBe(once);
  });

  it('reads back a key with something folded at every length (short keys are built from their code units)', () => {
    // each unit and its key: teh marbuta -> heh, alef maksura -> yeh, an Arabic-Indic digit -> ASCII, others kept
    const pairs: ReadonlyArray<readonly [string, string]> = [['ة', 'ه'], ['ى', 'ي'], ['\u0663', '3'], ['ب', 'ب'], ['x', 'x'], ['\uD83D', '\uD83D']];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pairs), { minLength: 1, maxLength: 40 }), (units) => {
        expect(foldKey(units.map(([from]) => from).join(''))).toBe(units.map(([, to]) => to).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back a text unchanged only when nothing is folded: spaces at the ends, runs and other spaces go', () => {
    expect(foldKey('بيت')).toBe('بيت');
    expect(foldKey(' بيت')).toBe('بيت');
    expect(foldKey('بيت ')).toBe('بيت');
    expect(foldKey('بيت  كبير')).toBe('بيت كبير');
    expect(foldKey('بيت\u00A0كبير')).toBe('بيت كبير'); // NO-BREAK SPACE
    expect(foldKey('بيت كبير')).toBe('بيت كبير');
    expect(foldKey('Abc')).toBe('abc');
    expect(foldKey('بي\u0640ت')).toBe('بيت'); // ARABIC TATWEEL inside a word
  });
});
