import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDatedDateline } from '../src/segment/dates/dated-dateline.js';
import { findAnyDate, findHijri, findLatinDate, findNamedDate, findNumericDate } from '../src/segment/dates/find.js';
import { foldKey } from '../src/segment/fold.js';

/**
 * Every date path is linear, on the inputs that make regular expressions backtrack: long runs of digits, spaces,
 * commas and separators next to month names, numbers that almost make a date. No absolute time: each run is
 * compared with a linear baseline (foldKey, one pass over the same text) timed in the same run, and the growth
 * from 0.5 MB to 2 MB (4x) must stay far from quadratic (16x).
 */

const pieces = [
  '1',
  '12',
  '2015',
  ' ',
  '   ',
  '\u060C ',
  ', ',
  '/',
  '-',
  '.',
  ':',
  'يناير',
  'كانون ',
  'رمضان ',
  'من ',
  'عام ',
  'هـ',
  'الجمعة ',
  '(',
  'الساعة ',
  '١٢',
  'March ',
  'x',
];

/** A text of about `chars` characters made of `unit` repeated (no date in it is needed: the worst case scans it all). */
const build = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const finders: Array<[string, (s: string) => unknown]> = [
  ['findAnyDate', findAnyDate],
  ['findNamedDate', findNamedDate],
  ['findNumericDate', findNumericDate],
  ['findHijri', findHijri],
  ['findLatinDate', findLatinDate],
  ['findDatedDateline', findDatedDateline],
];

/** The slowest of a few finders' runs over `text`, against the baseline's on the same text. */
function ratioToBaseline(text: string): number {
  const base = Math.max(0.5, Math.min(time(() => foldKey(text)), time(() => foldKey(text)), time(() => foldKey(text))));
  let worst = 0;
  for (const [, f] of finders) worst = Math.max(worst, Math.min(time(() => f(text)), time(() => f(text))));
  return worst / base;
}

describe('dates are linear-time', () => {
  it('hostile units of digits, spaces, separators and calendar words: 2 MB within a bound of the baseline, 4x input far from 16x time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), (parts) => {
        const unit = parts.join('');
        const small = build(unit, 500_000);
        const big = build(unit, 2_000_000);
        // warm up, then time
        findAnyDate(small);
        const rSmall = ratioToBaseline(small);
        const rBig = ratioToBaseline(big);
        // linear: the ratio to a linear baseline stays about flat (quadratic would multiply it by ~4)
        expect(rBig, JSON.stringify(unit)).toBeLessThan(Math.max(3 * rSmall, 60));
      }),
      { numRuns: 25 },
    );
  }, 240_000);

  it.each([
    ['a day and a month, then a megabyte of spaces', `1 يناير${' '.repeat(1_000_000)}x`],
    ['a day, then a megabyte of spaces and commas', `1${' \u060C'.repeat(500_000)}`],
    ['a Hijri date, then spaces with no هـ', `14-09-1432${' '.repeat(1_000_000)}`],
    ['a megabyte of one digit run', '1'.repeat(1_000_000)],
    ['almost dates: 12/12/12/12…', '12/'.repeat(350_000)],
    ['a date, then spaces before a closing bracket that never comes', `25 شوال 1436 هـ الموافق 10 أغسطس 2015${' '.repeat(1_000_000)}م`],
  ])('%s: within a bound of the baseline, and a quarter of it costs about a quarter', (_label, text) => {
    findAnyDate(text.slice(0, 10_000));
    // A machine under load moves single timings; what it cannot do is turn a linear finder quadratic, so the bound
    // holds on the ratio at the full size, or on how that ratio grows from a quarter of the text (flat when linear,
    // about 4x when quadratic).
    const quarter = ratioToBaseline(text.slice(0, text.length >> 2));
    const full = ratioToBaseline(text);
    expect(full, `full ${full.toFixed(1)}, quarter ${quarter.toFixed(1)}`).toBeLessThan(Math.max(60, 2.5 * quarter));
  }, 60_000);
});
