import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFigure } from '../src/segment/dates/find.js';
import { figureNumber } from '../src/segment/dates/figures.js';
import { toIso } from '../src/segment/dates/iso.js';

// hasFigure(text, end) stands for the expression on the first `end` units of the text.
const figure = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const units = fc.constantFrom('/', '0', '9', ':', '\u065F', '\u0660', '\u0669', '\u066A', '\u06EF', '\u06F0', '\u06F9', '\u06FA', 'ا', ' ', '\uD83D\uDE00', 'x');

describe('hasFigure', () => {
  it('answers as the figure expression on the text cut at `end` (texts up to 500 units)', () => {
    fc.assert(
      fc.property(fc.array(units, { minLength: 0, maxLength: 500 }), fc.integer({ min: 0, max: 600 }), (a, end) => {
        const text = a.join('');
        expect(hasFigure(text, end)).toBe(figure.test(text.slice(0, end)));
        expect(hasFigure(text)).toBe(figure.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('sees every kind of figure and the units next to them as none', () => {
    for (const c of ['0', '9', '\u0660', '\u0669', '\u06F0', '\u06F9']) expect(hasFigure(`نص ${c}`)).toBe(true);
    for (const c of ['/', ':', '\u065F', '\u066A', '\u06EF', '\u06FA']) expect(hasFigure(`نص ${c}`)).toBe(false);
    expect(hasFigure('abc 1', 4)).toBe(false);
    expect(hasFigure('abc 1', 5)).toBe(true);
  });
});

// figureNumber and toIso stand for the string-building readings they replaced: compared with them here.
const referenceNumber = (s: string | undefined): number => Number((s ?? '').replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) >= 0x06f0 ? c.charCodeAt(0) - 0x06f0 : c.charCodeAt(0) - 0x0660)));
const referenceIso = (year: number, month: number, day: number): string | null => {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

describe('figureNumber', () => {
  it('reads a run of figures in any of the three scripts as Number does after folding them', () => {
    const figureUnits = fc.constantFrom('0', '5', '9', '\u0660', '\u0665', '\u0669', '\u06F0', '\u06F4', '\u06F9', ' ', '.', 'x', '-', 'e');
    fc.assert(
      fc.property(fc.array(figureUnits, { minLength: 0, maxLength: 20 }), (a) => {
        const s = a.join('');
        expect(Object.is(figureNumber(s), referenceNumber(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(figureNumber(undefined)).toBe(0);
    expect(figureNumber('\u0661\u0664\u0663\u0666')).toBe(1436);
    expect(figureNumber('\u06F2\u06F0\u06F1\u06F5')).toBe(2015);
    expect(figureNumber('12345678901234567890')).toBe(referenceNumber('12345678901234567890'));
  });
});

describe('toIso', () => {
  // (its callers pass whole numbers: figures read by figureNumber, or a month's number from a table)
  it('gives the day Date gives, and null where Date does not keep the day (years 900-3100, NaN, infinities)', () => {
    const n = (min: number, max: number): fc.Arbitrary<number> => fc.oneof(fc.integer({ min, max }), fc.constantFrom(Number.NaN, -0, Infinity, -Infinity));
    fc.assert(
      fc.property(n(900, 3100), n(-1, 14), n(-1, 33), (y, m, d) => {
        expect(toIso(y, m, d)).toBe(referenceIso(y, m, d));
      }),
      { numRuns: 20000 },
    );
    expect(toIso(2016, 2, 29)).toBe('2016-02-29');
    expect(toIso(1900, 2, 29)).toBeNull();
    expect(toIso(2000, 2, 29)).toBe('2000-02-29');
    expect(toIso(2015, 4, 31)).toBeNull();
    expect(toIso(2015, 7, 5)).toBe('2015-07-05');
    // a fraction is no day (Date would have cut it to a whole month)
    expect(toIso(2015, 2.5, 1)).toBeNull();
  });
});
