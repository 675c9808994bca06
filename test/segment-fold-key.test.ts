import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../src/segment/fold.js';
import { foldKeyReference } from './helpers/fold-key-reference.js';
import { lineArb } from './helpers/line-gen.js';

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

  it('folds as the loop with a branch per kind of unit did (fold.ts reads one packed code per unit)', () => {
    // tatweel alone, in runs and in words; every kind of space, at the ends and in runs; marks between spaces;
    // capitals (the whole key lowercased, İ and KELVIN SIGN included); lone surrogates; buffer growth past 256 units
    const extra = fc.constantFrom(
      '\u0640', ' \u0640 ', '\u0640\u0640', ' ', '  ', '\t', '\u00A0', '\u2003', '\u3000', '\u1680', '\u0085', '\uFEFF', '\u200F', '\u064E',
      'A', 'QZ', '\u0130', '\u212A', '\u03A3', '\uD83D', '\uDE00', '\u2013', '\u060C', '\u0661', '\u06F7', 'ة', 'ى', 'أ',
    );
    const text = fc.array(fc.oneof(lineArb(8), extra), { minLength: 0, maxLength: 120 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(foldKey(s)).toBe(foldKeyReference(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ['', ' ', '\u0640', ' \u0640 ', 'ب \u0640', '\u0640 ب', 'ب\u0640 ', 'a  \u064E  b', ' x ', 'X', 'بيت \u0640\u0640 كبير']) expect(foldKey(s), s).toBe(foldKeyReference(s));
  });
});
