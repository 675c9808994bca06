import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertHijri, hijriToIso, ummAlQuraYears } from '../src/segment/dates/hijri.js';

/**
 * Hijri -> Gregorian against sources independent of the one the code uses.
 *
 * The code converts with the month-start table of @tabby_ai/hijri-converter (the table of the Python
 * hijri-converter / HijriDate by M. H. Alshehri, compiled from the archived Umm al-Qura newspaper and KACST data).
 *
 * Reference 1 — R. H. van Gent's Umm al-Qura table (Utrecht University, "The Umm al-Qura Calendar of Saudi Arabia"),
 * 1356–1500 AH, as the moment-hijri package (MIT, a dev dependency here) carries it: a separate compilation by
 * other people, in another form (month lengths). Every month start of 1356–1500 AH (1,740 months) is checked.
 * The two tables differ on one month only, 1 Jumada II 1427 (van Gent: 2006-06-26, the code: 2006-06-27); it is
 * listed below as the one known disagreement, not hidden.
 *
 * Reference 2 — dates printed on the Umm al-Qura newspaper itself (a weekly that came out on Fridays):
 * its first issue, Friday 15 Jumada I 1343 = 12 December 1924, and Friday 23 Ramadan 1412 = 27 March 1992; and
 * days Saudi Arabia announced: 1 Shawwal 1444 (Eid al-Fitr) = Friday 21 April 2023, 10 Dhu al-Hijjah 1445 (Eid
 * al-Adha) = Sunday 16 June 2024, 1 Ramadan 1445 = Monday 11 March 2024, 1 Muharram 1446 = Sunday 7 July 2024.
 *
 * Reference 3 — outside 1343–1500 AH the code computes the arithmetical (civil) calendar; ICU's `islamic-civil`
 * (Node's Intl) is an independent implementation of it.
 */

const require = createRequire(import.meta.url);
type MomentHijri = (input: string, format: string) => { locale(l: string): { format(f: string): string } };
const momentHijri = require('moment-hijri') as MomentHijri;

/** van Gent's date for a Hijri date, through moment-hijri (which also round-trips it, to catch a date it lacks). */
function vanGent(y: number, m: number, d: number): string | null {
  const x = momentHijri(`${y}/${m}/${d}`, 'iYYYY/iM/iD').locale('en');
  return x.format('iYYYY/iM/iD') === `${y}/${m}/${d}` ? x.format('YYYY-MM-DD') : null;
}

const knownDisagreements = new Map([['1427-6', { vanGent: '2006-06-26', code: '2006-06-27' }]]);

describe('official Umm al-Qura month starts', () => {
  it('every month start of 1356–1500 AH equals van Gent’s table (1,739 of 1,740; the one known disagreement listed)', () => {
    let checked = 0;
    const differ: string[] = [];
    for (let y = 1356; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        const expected = vanGent(y, m, 1);
        expect(expected, `${y}-${m}`).not.toBeNull();
        const got = hijriToIso(y, m, 1);
        checked++;
        if (got !== expected) differ.push(`${y}-${m}: ${got} vs ${expected}`);
      }
    }
    expect(checked).toBe(1740);
    expect(differ).toEqual([...knownDisagreements].map(([k, v]) => `${k}: ${v.code} vs ${v.vanGent}`));
  });

  it('month lengths agree too: the last day of every month and the day after it (1356–1500 AH)', () => {
    for (let y = 1356; y <= 1500; y += 7) {
      for (let m = 1; m <= 12; m++) {
        if (knownDisagreements.has(`${y}-${m}`)) continue;
        for (const d of [29, 30]) expect(hijriToIso(y, m, d), `${y}-${m}-${d}`).toBe(vanGent(y, m, d));
      }
    }
  });

  it.each([
    ['first issue of the Umm al-Qura newspaper, Friday 15 Jumada I 1343', 1343, 5, 15, '1924-12-12', 5],
    ['Umm al-Qura issue of Friday 23 Ramadan 1412', 1412, 9, 23, '1992-03-27', 5],
    ['Eid al-Fitr 1444, Friday', 1444, 10, 1, '2023-04-21', 5],
    ['Eid al-Adha 1445, Sunday', 1445, 12, 10, '2024-06-16', 0],
    ['1 Ramadan 1445, Monday', 1445, 9, 1, '2024-03-11', 1],
    ['1 Muharram 1446, Sunday', 1446, 1, 1, '2024-07-07', 0],
  ])('%s = %s', (_label, y, m, d, iso, weekday) => {
    expect(convertHijri(y, m, d)).toEqual({ iso, calendar: 'umm-al-qura' });
    expect(new Date(`${iso}T00:00:00Z`).getUTCDay()).toBe(weekday);
  });

  it('the table covers exactly 1343–1500 AH; a day the month does not have is no date', () => {
    expect(ummAlQuraYears).toEqual({ first: 1343, last: 1500 });
    expect(convertHijri(1343, 1, 1)?.calendar).toBe('umm-al-qura');
    expect(convertHijri(1500, 12, 1)?.calendar).toBe('umm-al-qura');
    expect(convertHijri(1342, 12, 1)?.calendar).toBe('arithmetical');
    expect(convertHijri(1501, 1, 1)?.calendar).toBe('arithmetical');
    // months of 29 days have no 30th (1 Shawwal 1444 came after 29 Ramadan)
    expect(hijriToIso(1444, 9, 30)).toBeNull();
    expect(hijriToIso(1444, 9, 29)).toBe('2023-04-20');
    expect(hijriToIso(1445, 13, 1)).toBeNull();
  });
});

describe('outside the table: the arithmetical calendar, marked as computed', () => {
  const civil = new Intl.DateTimeFormat('en-u-ca-islamic-civil-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  it('equals ICU’s islamic-civil for any day of 1300–1342 and 1501–1600 AH', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1300, max: 1342 }), fc.integer({ min: 1501, max: 1600 })), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 }), (y, m, d) => {
        const c = convertHijri(y, m, d);
        expect(c?.calendar).toBe('arithmetical');
        const parts = civil.formatToParts(new Date(`${c!.iso}T00:00:00Z`));
        const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
        expect([get('year'), get('month'), get('day')]).toEqual([y, m, d]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Node’s Intl islamic-umalqura agrees with the table where ICU is exact (1420–1450 AH)', () => {
  const uq = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  it('any day of 1420–1450 AH round-trips through Intl', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1420, max: 1450 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 }), (y, m, d) => {
        const iso = hijriToIso(y, m, d);
        const parts = uq.formatToParts(new Date(`${iso}T00:00:00Z`));
        const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
        expect([get('year'), get('month'), get('day')]).toEqual([y, m, d]);
      }),
      { numRuns: 300 },
    );
  });

  it('and is off before 1420: Intl says 28 March 1992 for 23 Ramadan 1412, the table (and the newspaper) the 27th', () => {
    const parts = uq.formatToParts(new Date('1992-03-28T00:00:00Z'));
    expect(parts.find((p) => p.type === 'day')?.value).toBe('23');
    expect(hijriToIso(1412, 9, 23)).toBe('1992-03-27');
  });
});
