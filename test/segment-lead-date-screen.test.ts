import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayThenFigure } from '../src/segment/body.js';
import { findNamedDate } from '../src/segment/dates/find.js';
import { weekdayTreeSource } from '../src/segment/dates/months.js';
import { lineArb } from './helpers/line-gen.js';

// dateFromLead (body.ts) searches a lead for its date only when a weekday stands at most 24 units before a figure.
// Every lead it would date passes that screen: wherever findNamedDate finds a date whose text opens with a weekday,
// the screen says yes (checked on generated leads with weekdays, dates, "today" and text around them).

const weekdayFirst = new RegExp(`^(?:يوم\\s+)?(?:${weekdayTreeSource})`, 'u');
const pieces = [
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم ', 'اليوم ', 'أمس ', '، ', ' ', '  ', '\u00A0',
  '3 ', '12 ', '٣ ', '۱۲ ', 'نوفمبر ', 'مارس ', 'كانون الثاني ', 'رمضان ', '2017', '٢٠١٧', '1438', ' هـ', ' م', 'الموافق ', '/', '-',
  'الجمعة\u064E', 'الخـميس', 'أعلنت الوزارة ', 'في ', 'قال ',
];
const soup = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: lineArb(6) }), { minLength: 0, maxLength: 40 }).map((p) => p.join(''));
/** A dated weekday (`الخميس، 3 نوفمبر 2017`) in a soup of the same pieces. */
const dated = fc
  .tuple(
    soup,
    fc.constantFrom('', 'يوم ', 'اليوم ', 'اليوم '),
    fc.constantFrom('الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الجمعة\u064E', 'الخـميس'),
    fc.constantFrom(' ', '، ', ', ', '  ', '\u00A0', ' - ', ' الموافق ', ' '.repeat(10), `،${' '.repeat(12)}`, '\u00A0'.repeat(19), ' '.repeat(25)),
    fc.constantFrom('3', '12', '٣', '۱۲', '31'),
    fc.constantFrom(' نوفمبر ', ' مارس ', ' كانون الثاني ', ' رمضان ', '-مارس-', '/مارس/'),
    fc.constantFrom('2017', '٢٠١٧', '1438', '2017 م'),
    soup,
  )
  .map((p) => p.join(''));
const lead = fc.oneof(dated, soup);

describe("the lead date's screen (body.ts)", () => {
  it('passes every lead whose first named date opens with a weekday', () => {
    let leads = 0;
    fc.assert(
      fc.property(lead, (text) => {
        const head = text.slice(0, 400);
        const found = findNamedDate(head);
        if (found && weekdayFirst.test(found.raw)) {
          leads++;
          expect(weekdayThenFigure.test(head), head).toBe(true);
        }
      }),
      { numRuns: 6000 },
    );
    expect(leads).toBeGreaterThan(1000);
    expect(weekdayThenFigure.test('أعلنت الوزارة اليوم الخميس 3 نوفمبر 2017 أن')).toBe(true);
    expect(weekdayThenFigure.test('أعلنت الوزارة يوم الخميس عن خطة جديدة للنقل العام تمتد حتى عام 2030')).toBe(false);
  });
});
