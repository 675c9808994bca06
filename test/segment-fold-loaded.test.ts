import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldLoaded, foldRange } from '../src/segment/fold.js';
import { loadUnits } from '../src/segment/lines/line-units.js';
import { foldKeyReference } from './helpers/fold-key-reference.js';
import { lineArb } from './helpers/line-gen.js';

// foldKey reads a text's units from a typed array it copies them into (a unit at a time up to 32 units, in one call
// past that), and foldLoaded from one the caller loaded (lineInfo's line, lines/line-units.ts): both must give the
// reference key at every length around the copy's switch, for slices of a page, lone surrogates and tatweels at
// the edges, and a short text after a long one.

const units = ['ب', 'ة', 'ى', 'أ', '\u064E', '\u0640', ' ', '\u00A0', '\u2009', 'A', 'x', '\u0663', '\uD83D', '\uDE00', '\u200F', '-', '\u2013'];
const textArb = fc.array(fc.constantFrom(...units), { maxLength: 90 }).map((p) => p.join(''));

describe('foldKey over copied units, foldLoaded over loaded ones', () => {
  it('give the reference key on generated texts and lines', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, lineArb(200)), (s) => {
        const expected = foldKeyReference(s);
        expect(foldKey(s), JSON.stringify(s)).toBe(expected);
        expect(foldLoaded(s, loadUnits(s)), JSON.stringify(s)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('give it at the lengths around the switch, on slices of a page, and after a longer text', () => {
    const page = `${'أحمد إلى المدرسة ـ '.repeat(40)}\u0640`;
    for (let n = 28; n <= 36; n++) for (const from of [0, 1, 7, 30]) {
      const s = page.slice(from, from + n);
      expect(foldKey(s), JSON.stringify(s)).toBe(foldKeyReference(s));
      expect(foldLoaded(s, loadUnits(s))).toBe(foldKeyReference(s));
    }
    expect(foldKey(page)).toBe(foldKeyReference(page));
    expect(foldKey('ـ بيت')).toBe(foldKeyReference('ـ بيت'));
    expect(foldKey('بيت ـ')).toBe('بيت -');
  });

  it('foldRange gives the reference key of the range sliced out, tatweels at its edges standing alone', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, lineArb(200)), fc.nat(), fc.nat(), (s, x, y) => {
        const from = x % (s.length + 1);
        const to = from + (y % (s.length - from + 1));
        const expected = foldKeyReference(s.slice(from, to));
        expect(foldRange(s, loadUnits(s), from, to), JSON.stringify([s, from, to])).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    const line = 'بيتـ ــكلمةــ Abc';
    for (let from = 0; from <= line.length; from++) for (let to = from; to <= line.length; to++) {
      expect(foldRange(line, loadUnits(line), from, to)).toBe(foldKeyReference(line.slice(from, to)));
    }
    // a word the key leaves as it is comes back as the word; a changed one, folded
    expect(foldRange('قال إن', loadUnits('قال إن'), 4, 6)).toBe('ان');
    expect(foldRange('قال إن', loadUnits('قال إن'), 0, 3)).toBe('قال');
  });
});
