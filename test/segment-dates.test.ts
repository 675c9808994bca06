import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAnyDate, findHijri, findNamedDate, findNumericDate } from '../src/segment/dates/find.js';
import { hijriToIso } from '../src/segment/dates/hijri.js';
import { gregorianMonths } from '../src/segment/dates/months.js';

describe('named Gregorian dates', () => {
  it.each([
    ['الجمعة 3 نوفمبر/تشرين الثاني 2017', '2017-11-03'],
    ['3 نوفمبر / تشرين الثاني 2017', '2017-11-03'],
    ['في 12 يوليو (تموز) 2015', '2015-07-12'],
    ['5 كانون ثاني 2020', '2020-01-05'],
    ['5 تشرين 2 2019', '2019-11-05'],
    ['12 جويلية 2018', '2018-07-12'],
    ['7 شتنبر 2018', '2018-09-07'],
    ['9 غشت 2016', '2016-08-09'],
    ['1 إبريل 2020', '2020-04-01'],
    ['1 ابريل 2020', '2020-04-01'],
    ['30 يونيه 2021', '2021-06-30'],
    ['4 يولية 2021', '2021-07-04'],
    ['١٥ مايو ٢٠٢٣', '2023-05-15'],
    ['۱۵ مايو ۲۰۲۳', '2023-05-15'],
    ['29أغسطس 2015', '2015-08-29'],
  ])('%s -> %s', (text, iso) => {
    expect(findNamedDate(text)?.iso).toBe(iso);
  });

  it('takes a weekday before the day into the raw span', () => {
    expect(findNamedDate('قالت يوم الأربعاء 12 أغسطس 2015 إن')?.raw).toBe('يوم الأربعاء 12 أغسطس 2015');
  });

  it.each(['5 يناير/شباط 2020', '31 فبراير 2020', '3 نوفمبر', 'أمس الجمعة', '12 أشخاص 2015', 'نوفمبر 2017'])('no date in %s', (text) => {
    expect(findNamedDate(text)).toBeNull();
  });

  it('knows every regional month name', () => {
    for (const [name, n] of gregorianMonths) expect(findNamedDate(`10 ${name} 2020`)?.iso).toBe(`2020-${String(n).padStart(2, '0')}-10`);
  });
});

describe('Hijri dates', () => {
  it('converts with the Umm al-Qura calendar', () => {
    expect(hijriToIso(1436, 10, 25)).toBe('2015-08-10');
    expect(hijriToIso(1446, 1, 1)).toBe('2024-07-07');
    expect(hijriToIso(1445, 9, 1)).toBe('2024-03-11');
    expect(hijriToIso(1445, 13, 1)).toBeNull();
  });

  it('reads day, month and year with هـ', () => {
    const h = findHijri('جدة 10 ذو الحجة 1445 هـ واس');
    expect(h?.iso).toBe('2024-06-16');
    expect(h?.hijri).toEqual({ year: 1445, month: 12, day: 10, raw: '10 ذو الحجة 1445 هـ' });
  });

  it('prefers the Gregorian date given after الموافق', () => {
    const d = findNamedDate('الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس');
    expect(d?.iso).toBe('2015-08-10');
    expect(d?.hijri?.month).toBe(10);
  });
  // the conversion itself is checked against the official tables in dates-hijri-official.test.ts
});

describe('numeric dates', () => {
  it.each([
    ['18/04/2017', '2017-04-18'],
    ['26-05-2026 21:44', '2026-05-26'],
    ['26.05.2026 | 15:54 GMT', '2026-05-26'],
    ['2026/5/26', '2026-05-26'],
    ['2017-03-27T20:28:00+01:00', '2017-03-27'],
    ['٢٠٢١-٠٢-٠٣', '2021-02-03'],
  ])('%s -> %s', (text, iso) => {
    expect(findNumericDate(text)?.iso).toBe(iso);
  });

  it.each(['14/10/1436', '1.2.3.2020', '99/99/2020', '12345-01-01'])('no date in %s', (text) => {
    expect(findNumericDate(text)).toBeNull();
  });

  it('never throws and returns a real ISO day on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789/.-: يناير٢٠١٩ شوال هـ'.split('')), maxLength: 60 }), (s) => {
        const d = findAnyDate(s);
        if (d) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      }),
    );
  });
});
