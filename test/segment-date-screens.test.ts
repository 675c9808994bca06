import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dateline } from '../src/core/types.js';
import { agencyOf, findAgencyDateline, isPlace } from '../src/segment/dateline.js';
import { findDatedDateline } from '../src/segment/dates/dated-dateline.js';
import { findAnyDate, findLatinDate, findNamedDate, findNumericDate, type FoundDate } from '../src/segment/dates/find.js';
import { findDatedDatelineReference } from './helpers/dated-dateline-reference.js';
import { lineArb } from './helpers/line-gen.js';

// The dateline finders ask their expressions only of texts holding what the expressions cannot match without (a
// figure for a dated dateline, a dash or a bracket for an agency dateline), and read a weekday only when it is
// asked about: the answers must be those of the finders without these screens, on lines shaped like datelines.

const places = ['الرياض', 'مكة المكرمة', 'دمشق، سوريا', 'القاهرة', 'بيروت', 'في الصباح', 'الكويت'];
const seps = ['، ', ' - ', ' ', ' — ', ' ـ ', ',', ' – '];
const weekdays = ['', '', 'الأحد ', 'يوم الخميس ', 'الجمعة، '];
const dates = ['6 يناير 2015', '14-09-1432 هـ', '2015/3/4', 'March 14, 2024', '٣ مارس ٢٠١٥', '28 رمضان 1434 هـ الموافق 5 أغسطس 2013 م', '2015-03-04', '12 كانون الثاني 2016', 'يناير', '33 مايو 2015', '5 مايو'];
const tails = [' (رويترز) -', ' - كونا -', ' م واس', ' —', ':', '', ' (أ ف ب):', ' (CNN) --', ' - أ ش أ:'];
const after = ['', ' أعلنت الوزارة اليوم عن خطة جديدة.', '\nسطر تال', ' قال المتحدث'];
const datelineish = fc
  .tuple(fc.constantFrom(...places), fc.constantFrom(...seps), fc.constantFrom(...weekdays), fc.constantFrom(...dates), fc.constantFrom(...tails), fc.constantFrom(...after), lineArb(10))
  .map(([p, s, w, d, t, a, noise]) => `${p}${s}${w}${d}${t}${a}${noise}`);
const anyLine = fc.oneof(datelineish, lineArb(60), fc.tuple(fc.constantFrom(...places), fc.constantFrom(...seps), fc.constantFrom(...tails), lineArb(20)).map((x) => x.join('')));

/** findAgencyDateline without its screens (dateline.ts as it was). */
function findAgencyDatelineReference(text: string): { dateline: Dateline; length: number } | null {
  const agencyPrefix = /^([^()\n]{2,40}?)\s*[-–—\u0640]?\s*\(([^()\n]{2,30})\)\s*(?:--|[-–—\u0640:])\s*/u;
  const barePrefix = /^([^()\n\-–—\u0640:]{2,40}?)\s*[-–—\u0640]\s*([^()\n\-–—\u0640:]{2,20}?)\s*(?:--|[-–—\u0640:])\s*/u;
  const head = text.slice(0, 120);
  const bare = barePrefix.exec(head);
  if (bare && agencyOf(bare[2]!.trim()) && isPlace(bare[1]!.trim())) {
    const place = bare[1]!.trim().replace(/[،,]$/u, '');
    return { dateline: { place, agency: agencyOf(bare[2]!.trim()), raw: bare[0].trim() }, length: bare[0].length };
  }
  const m = agencyPrefix.exec(head);
  if (!m) return null;
  const place = m[1]!.trim().replace(/[،,]$/u, '');
  const agencyRaw = m[2]!.trim();
  const agency = agencyOf(agencyRaw) ?? (/^[A-Z][A-Za-z. ]{1,14}$/u.test(agencyRaw) ? agencyRaw : null);
  if (!agency || !isPlace(place)) return null;
  return { dateline: { place, agency, raw: m[0].trim() }, length: m[0].length };
}

describe('dateline finders with screens', () => {
  it('find the dated datelines the unscreened finder finds', () => {
    let found = 0;
    fc.assert(
      fc.property(anyLine, (line) => {
        const want = findDatedDatelineReference(line);
        if (want) found++;
        expect(findDatedDateline(line)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    // (the generated lines hold real datelines, not only misses)
    expect(found).toBeGreaterThan(100);
    expect(findDatedDateline('الرياض، 6 يناير 2015 (رويترز) - أعلنت')?.place).toBe('الرياض');
    expect(findDatedDateline('القاهرة الأحد 3 مارس 2015 —')?.date.iso).toBe('2015-03-03');
  });

  it('find the agency datelines the unscreened finder finds', () => {
    let found = 0;
    fc.assert(
      fc.property(anyLine, (line) => {
        const want = findAgencyDatelineReference(line);
        if (want) found++;
        expect(findAgencyDateline(line)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(100);
    expect(findAgencyDateline('الكويت - كونا - أعلنت الوزارة')?.dateline.agency).toBe('كونا');
    expect(findAgencyDateline('بيروت ـ (رويترز) - قال')?.dateline.place).toBe('بيروت');
  });

  it('findAnyDate finds what the three finders find, whichever comes first (it skips texts without four figures)', () => {
    const unscreened = (text: string): FoundDate | null =>
      [findNamedDate(text), findNumericDate(text), /[A-Za-z]{3}/u.test(text) ? findLatinDate(text) : null].reduce<FoundDate | null>((best, d) => (d && (!best || d.index < best.index) ? d : best), null);
    const pieces = fc.constantFrom(...dates, '14 March 2024', '3 مارس 15', '١٤٣٢', '۱۴۰۳', '2015', '12/3/15', '9:30', ' ', 'في', 'الموافق', 'هـ', '،');
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(anyLine, fc.array(pieces, { maxLength: 8 }).map((p) => p.join(' '))), (text) => {
        const want = unscreened(text);
        if (want) found++;
        expect(findAnyDate(text)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(300);
  });
  it('names no month in a text without an Arabic letter (findAnyDate does not ask the named-date expressions of it)', () => {
    // figures of three scripts, Latin, separators, and the marks a month slot may hold but the key drops
    const units = fc.constantFrom('1', '2', '0', '9', '\u0663', '\u06F5', '-', '/', '.', ':', 'T', '+', ' ', '،', ',', 'March', 'hijri', '\u064E', '\u0640', '\u0670', '\u0671', '(', ')');
    fc.assert(
      fc.property(fc.array(units, { minLength: 0, maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(findNamedDate(text)).toBeNull();
      }),
      { numRuns: 4000 },
    );
    expect(findAnyDate('2017-01-22T00:06:00+01:00')?.iso).toBe('2017-01-22');
    expect(findAnyDate('<TIME>14 مارس 2017</TIME>')?.iso).toBe('2017-03-14');
  });
});
