import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayOpenDate } from '../src/segment/dates/dated-dateline.js';
import { findAnyDate } from '../src/segment/dates/find.js';

// dated-dateline.ts skips the date expressions where `mayOpenDate` says no date can start. That is only a saving
// if it never says no where findAnyDate does find a date: checked on texts made of every part a date is written
// with (weekdays, day and year figures in three scripts, month names Arabic, Hijri and Latin, separators).
const atoms = [
  ' ', '  ', '\u00A0', '،', ',', '-', '/', '.', '(', ')', 'يوم', 'يوم ', 'الأحد', 'الاحد ', 'الجمعة، ', 'السبت  ', 'من ',
  '3', '14', '٣', '١٤', '۱۴', '2015', '٢٠١٥', '1436', '١٤٣٦', 'يناير', 'كانون الثاني', 'نوفمبر/تشرين الثاني', 'شوال',
  'رمضان', 'هـ', 'ه', 'م', 'الموافق', 'عام', 'March', 'Mar.', '14,', 'th', 'الساعة', '10:30', 'T', 'Z', 'الرياض', 'x',
];
const noise = fc.array(fc.constantFrom(...atoms), { maxLength: 8 }).map((p) => p.join(''));
const pick = (...xs: string[]): fc.Arbitrary<string> => fc.constantFrom(...xs);
/** A date in one of the written shapes (weekday, day, gap, month, gap, year, era), between noise. */
const date = fc
  .tuple(
    pick('', 'الأحد ', 'يوم الجمعة، ', 'السبت   ', 'الخميس ', 'Monday, '),
    pick('3', '14', '٣', '١٤', '۱۴', '03'),
    pick(' ', '  ', '، ', '-', '/', '.', ' من '),
    pick('يناير', 'مارس', 'كانون الثاني', 'نوفمبر/تشرين الثاني', 'شوال', 'رمضان', '9', '09', '١١'),
    pick(' ', '، ', '-', '/', '.', ' عام '),
    pick('2015', '٢٠١٥', '1436', '١٤٣٦', '1999'),
    pick('', ' هـ', 'هـ', ' م', ' الموافق 10 أغسطس 2015 م', '، الساعة 10:30'),
  )
  .map((p) => p.join(''));
const latin = fc.tuple(pick('March', 'Mar.', 'June'), pick(' ', '   '), pick('14', '3rd', '1'), pick(', ', ' '), pick('2024', '1999')).map((p) => p.join(''));
const text = fc.tuple(noise, fc.oneof(date, latin, noise), noise).map((p) => p.join(''));

describe('mayOpenDate', () => {
  it('holds wherever findAnyDate finds a date', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const d = findAnyDate(t);
        if (d) {
          found++;
          expect(mayOpenDate(t, d.index)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // (the property is only worth something if dates were found)
    expect(found).toBeGreaterThan(300);
  });

  it('says no where no figure is near and no Latin letter opens', () => {
    expect(mayOpenDate('أعلنت الوزارة اليوم أن المشروع سيبدأ في 2015', 0)).toBe(false);
    expect(mayOpenDate('الأحد 3 مارس 2014 -', 0)).toBe(true);
    expect(mayOpenDate('March 14, 2024', 0)).toBe(true);
  });
});
