import { describe, expect, it } from 'vitest';
import { findDatedDateline } from '../src/segment/dates/dated-dateline.js';

/** The dated dateline by shape: short place, separator, full date, optional agency, dash or end of line. */
describe('findDatedDateline', () => {
  it('a place, a comma, a date and a dash opening the lead', () => {
    const text = 'الرياض، 6 يناير 2015 — أعلنت وزارة التعليم اليوم عن جدول الاختبارات.';
    const d = findDatedDateline(text)!;
    expect(d).toMatchObject({ place: 'الرياض', agencyText: null, raw: 'الرياض، 6 يناير 2015 —' });
    expect(d.date).toMatchObject({ iso: '2015-01-06', raw: '6 يناير 2015', index: 8 });
    expect(text.slice(d.length)).toBe('أعلنت وزارة التعليم اليوم عن جدول الاختبارات.');
  });

  it('an agency in brackets between the date and the dash', () => {
    const text = 'القاهرة - 3 مارس 2014 (رويترز) - قالت مصادر إن المحادثات ستستأنف.';
    const d = findDatedDateline(text)!;
    expect(d).toMatchObject({ place: 'القاهرة', agencyText: 'رويترز', raw: 'القاهرة - 3 مارس 2014 (رويترز) -' });
    expect(text.slice(d.length)).toBe('قالت مصادر إن المحادثات ستستأنف.');
  });

  it('a numeric Hijri date: the place stops before the digits', () => {
    const d = findDatedDateline('الرياض، 14-09-1432 هـ\nأقر مجلس الوزراء في جلسته نظام النقل.')!;
    expect(d.place).toBe('الرياض');
    expect(d.date).toMatchObject({ iso: '2011-08-14', hijri: { year: 1432, month: 9, day: 14 } });
    expect(d.length).toBe('الرياض، 14-09-1432 هـ'.length);
  });

  it('wire copy on its own line: Hijri with the Gregorian day it equals, era mark and a bare agency', () => {
    const line = 'المدينة المنورة 3 رمضان 1436 هـ الموافق 20 يونيو 2015 م واس';
    const d = findDatedDateline(`${line}\nأعلنت الرئاسة العامة …`)!;
    expect(d).toMatchObject({ place: 'المدينة المنورة', agencyText: 'واس', length: line.length, raw: line });
    expect(d.date).toMatchObject({ iso: '2015-06-20', hijri: { year: 1436, month: 9, day: 3 } });
  });

  it.each([
    ['جدة - الخميس 12 مايو 2022 (واس) - افتتح', 'جدة', '2022-05-12', 'واس'],
    ['دمشق، سوريا، 6 يناير 2015 (سانا) - شهدت', 'دمشق، سوريا', '2015-01-06', 'سانا'],
    ['الدار البيضاء، 20 غشت 2014 - احتفل', 'الدار البيضاء', '2014-08-20', null],
    ['نواكشوط 3 شتمبر 2010 - أعلن', 'نواكشوط', '2010-09-03', null],
    ['بغداد، 9 نيسان 2003 (أ ف ب) -- دخلت', 'بغداد', '2003-04-09', 'أ ف ب'],
    ['الكويت - 1432/9/14هـ - كونا - أصدرت', 'الكويت', '2011-08-14', 'كونا'],
    ['تونس، 14 جانفي 2011، الساعة 17:30 - غادر', 'تونس', '2011-01-14', null],
    ['بيروت ـ 4 آب 2020 ـ هز انفجار', 'بيروت', '2020-08-04', null],
    ['الرباط – 20 غشت 2014 – انطلقت', 'الرباط', '2014-08-20', null],
  ])('%s', (text, place, iso, agency) => {
    expect(findDatedDateline(text)).toMatchObject({ place, agencyText: agency, date: { iso } });
  });

  it.each([
    ['a date line without a place', '6 يناير 2015 - الرياض'],
    ['a label, not a place', 'نشر في 14 مارس 2024'],
    ['a weekday is not a place', 'الأحد 17 رمضان 1445 هـ - 27 مارس 2024 م'],
    ['a headline ending in a date (only a space between)', 'افتتاح المعرض 6 يناير 2015'],
    ['a sentence going on after the date', 'الرياض، 6 يناير 2015 قال الوزير إن العمل بدأ'],
    ['a place of more than four words', 'قالت وزارة الصحة في المملكة اليوم 6 يناير 2015 -'],
    ['digits in the place', 'الطريق 15 السريع، 6 يناير 2015 -'],
    ['no full date', 'الرياض، 6 يناير - قال'],
    ['an agency dateline without a date', 'بيروت ـ (رويترز) - قال'],
    ['a date deeper in the paragraph', 'قال الوزير في الرياض، 6 يناير 2015 - إن'],
    ['a colon after the place is a label', 'المصدر: 3 ديسمبر 2023'],
  ])('none: %s', (_label, text) => {
    expect(findDatedDateline(text)).toBeNull();
  });
});
