import { describe, expect, it } from 'vitest';
import { findDatedDateline } from '../src/segment/dates/dated-dateline.js';
import { findAnyDate } from '../src/segment/dates/find.js';

/**
 * A table of dates as Arabic papers print them, one or more rows per rule, with expected days from sources
 * independent of the code:
 * - Gregorian rows: the day as written; month numbers as Unicode CLDR orders each locale's names (see also the
 *   CLDR test at the end, which reads every name back from Node's ICU).
 * - Hijri rows (`hijri` column): the official Umm al-Qura day — printed on the Umm al-Qura newspaper itself (first
 *   issue, Friday 15 Jumada I 1343 = 12 Dec 1924; Friday 23 Ramadan 1412 = 27 Mar 1992), announced by Saudi
 *   Arabia (Eid al-Adha 1445 = 16 Jun 2024; 1 Muharram 1446 = 7 Jul 2024), or read from R. H. van Gent's Umm
 *   al-Qura table (Utrecht University) — not from the code's table (@tabby_ai/hijri-converter).
 * - Hijri years outside 1343–1500: the arithmetical (civil) calendar as ICU's `islamic-civil` computes it.
 */

type Row = [text: string, iso: string | null, extra?: { time?: string; raw?: string; hijri?: [number, number, number]; conversion?: 'arithmetical' }];

const rows: Row[] = [
  // Gregorian months, Egypt / Gulf (CLDR ar) and the spellings printed alongside
  ['الجمعة 3 نوفمبر/تشرين الثاني 2017', '2017-11-03', { raw: 'الجمعة 3 نوفمبر/تشرين الثاني 2017' }],
  ['12 يناير 2020', '2020-01-12'],
  ['30 يونيه 2013', '2013-06-30'],
  ['23 يوليه 1952', '1952-07-23'],
  ['6 اكتوبر 1973', '1973-10-06'],
  ['2 إبريل 2018', '2018-04-02'],
  // Levant and Iraq (CLDR ar-SY ar-LB ar-JO ar-PS ar-IQ)
  ['5 كانون الثاني 2020', '2020-01-05'],
  ['1 كانون ثاني 2021', '2021-01-01'],
  ['14 شباط 2019', '2019-02-14'],
  ['21 آذار 2016', '2016-03-21'],
  ['7 نيسان 2012', '2012-04-07'],
  ['1 أيار 2018', '2018-05-01'],
  ['30 حزيران 2013', '2013-06-30'],
  ['14 تموز 2011', '2011-07-14'],
  ['4 آب 2020', '2020-08-04'],
  ['11 أيلول 2001', '2001-09-11'],
  ['6 تشرين الأول 1973', '1973-10-06'],
  ['15 تشرين 2 2019', '2019-11-15'],
  ['9 كانون الأول 2009', '2009-12-09'],
  // Algeria, Tunisia (CLDR ar-DZ ar-TN)
  ['14 جانفي 2011', '2011-01-14'],
  ['20 فيفري 2017', '2017-02-20'],
  ['9 أفريل 2015', '2015-04-09'],
  ['1 ماي 2019', '2019-05-01'],
  ['5 جوان 2016', '2016-06-05'],
  ['5 جويلية 1962', '1962-07-05'],
  ['20 أوت 1955', '1955-08-20'],
  // Morocco (CLDR ar-MA)
  ['30 يوليوز 2019', '2019-07-30'],
  ['20 غشت 2014', '2014-08-20'],
  ['16 شتنبر 2021', '2021-09-16'],
  ['18 نونبر 2020', '2020-11-18'],
  ['31 دجنبر 2015', '2015-12-31'],
  // Mauritania (CLDR ar-MR)
  ['12 أغشت 2015', '2015-08-12'],
  ['3 شتمبر 2010', '2010-09-03'],
  ['5 دجمبر 2011', '2011-12-05'],
  // commas, clock times, era marks, digits, weekdays, words between
  ['6 يناير، 2015، الساعة 05:16 مساءً', '2015-01-06', { time: '17:16', raw: '6 يناير، 2015' }],
  ['6، يناير، 2015', '2015-01-06'],
  ['6 يناير ,2015', '2015-01-06'],
  ['10 مارس 2015م', '2015-03-10'],
  ['10 مارس 2015 م', '2015-03-10'],
  ['تاريخ النشر: 14 مارس 2024 - 10:30 ص', '2024-03-14', { time: '10:30' }],
  ['3 ديسمبر 2023 الساعة 9:05 صباحاً', '2023-12-03', { time: '09:05' }],
  ['الأحد 12-03-2023 21:44', '2023-03-12', { time: '21:44' }],
  ['26.05.2026 | 15:54 GMT', '2026-05-26', { time: '15:54' }],
  ['١٥ مايو ٢٠٢٣', '2023-05-15'],
  ['۱۵ مايو ۲۰۲۳', '2023-05-15'],
  ['يوم الثلاثاء 14 تشرين الأول 2019', '2019-10-14', { raw: 'يوم الثلاثاء 14 تشرين الأول 2019' }],
  ['5 من يناير 2020', '2020-01-05'],
  ['3 مارس عام 2014', '2014-03-03'],
  // Hijri with a month name: newspaper issues, announced days, van Gent's table
  ['23 رمضان 1412هـ', '1992-03-27', { hijri: [1412, 9, 23] }],
  ['15 جمادى الأولى 1343 هـ', '1924-12-12', { hijri: [1343, 5, 15] }],
  ['10 ذي الحجة 1445 هـ', '2024-06-16', { hijri: [1445, 12, 10] }],
  ['1 محرم 1446 هـ', '2024-07-07', { hijri: [1446, 1, 1] }],
  ['25 شوال 1436 هـ', '2015-08-10', { hijri: [1436, 10, 25] }],
  ['3 ربيع الآخر 1400 هـ', '1980-02-19', { hijri: [1400, 4, 3] }],
  ['17 صفر 1390هـ', '1970-04-24', { hijri: [1390, 2, 17] }],
  ['1 رجب 1380 هـ', '1960-12-19', { hijri: [1380, 7, 1] }],
  ['29 شعبان 1365 هـ', '1946-07-28', { hijri: [1365, 8, 29] }],
  ['10 ذو الحجة 1419 هـ', '1999-03-27', { hijri: [1419, 12, 10] }],
  ['12 ربيع الأول 1420 هـ', '1999-06-26', { hijri: [1420, 3, 12] }],
  ['2 صفر 1440 هـ', '2018-10-11', { hijri: [1440, 2, 2] }],
  ['5 جمادى الأولى 1480 هـ', '2057-11-02', { hijri: [1480, 5, 5] }],
  // numeric Hijri, only with its هـ
  ['14-09-1432 هـ', '2011-08-14', { hijri: [1432, 9, 14] }],
  ['1432/9/14هـ', '2011-08-14', { hijri: [1432, 9, 14] }],
  ['05/11/1410هـ', '1990-05-29', { hijri: [1410, 11, 5] }],
  ['1405-03-12 هـ', '1984-12-04', { hijri: [1405, 3, 12] }],
  ['15/4/1415 ه', '1994-09-20', { hijri: [1415, 4, 15] }],
  // a Hijri date with the Gregorian day it equals: the stated day
  ['12 رمضان 1444هـ (3 أبريل 2023م)', '2023-04-03', { hijri: [1444, 9, 12], raw: '12 رمضان 1444هـ (3 أبريل 2023م)' }],
  ['14/9/1432هـ الموافق 14/8/2011م', '2011-08-14', { hijri: [1432, 9, 14] }],
  // outside the official table: computed, and said so
  ['1 محرم 1330 هـ', '1911-12-22', { hijri: [1330, 1, 1], conversion: 'arithmetical' }],
  ['1 رمضان 1520 هـ', '2096-12-16', { hijri: [1520, 9, 1], conversion: 'arithmetical' }],
  // no date
  ['14/10/1436', null],
  ['1432/9/14', null],
  ['31 فبراير 2020', null],
  ['30 رمضان 1444 هـ', null],
  ['3 نوفمبر', null],
  ['نوفمبر 2017', null],
  ['12 أشخاص 2015', null],
  ['5 يناير/شباط 2020', null],
];

describe('the date table', () => {
  it('has at least 60 dated rows', () => expect(rows.filter((r) => r[1] !== null).length).toBeGreaterThanOrEqual(60));

  it.each(rows)('%s -> %s', (text, iso, extra) => {
    const d = findAnyDate(text);
    if (iso === null) {
      expect(d).toBeNull();
      return;
    }
    expect(d?.iso).toBe(iso);
    if (extra?.time) expect(d?.time?.value).toBe(extra.time);
    else expect(d?.time).toBeUndefined();
    if (extra?.raw) expect(d?.raw).toBe(extra.raw);
    if (extra?.hijri) {
      const [year, month, day] = extra.hijri;
      expect(d?.hijri).toMatchObject({ year, month, day });
      expect(d?.hijri?.conversion).toBe(extra.conversion);
    } else expect(d?.hijri).toBeNull();
  });
});

describe('dated datelines in the table', () => {
  it.each([
    ['الرياض، 6 يناير 2015 — أعلنت الوزارة', 'الرياض', '2015-01-06', null],
    ['القاهرة - 3 مارس 2014 (رويترز) - قالت الحكومة', 'القاهرة', '2014-03-03', 'رويترز'],
    ['الرياض، 14-09-1432 هـ', 'الرياض', '2011-08-14', null],
    ['المدينة المنورة 3 رمضان 1436 هـ الموافق 20 يونيو 2015 م واس', 'المدينة المنورة', '2015-06-20', 'واس'],
  ])('%s', (text, place, iso, agency) => {
    const d = findDatedDateline(text);
    expect(d).toMatchObject({ place, agencyText: agency, date: { iso } });
  });
});

describe('every CLDR Arabic locale', () => {
  const locales = ['ar', 'ar-AE', 'ar-DZ', 'ar-EG', 'ar-IQ', 'ar-JO', 'ar-LB', 'ar-LY', 'ar-MA', 'ar-MR', 'ar-PS', 'ar-SA', 'ar-SD', 'ar-SY', 'ar-TN', 'ar-YE'];
  it.each(locales)('%s: each month name as ICU prints it (day month year) reads back as that month', (locale) => {
    const f = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const text = f.format(Date.UTC(2021, m, 17));
      expect(findAnyDate(text)?.iso, text).toBe(`2021-${String(m + 1).padStart(2, '0')}-17`);
    }
  });
});
