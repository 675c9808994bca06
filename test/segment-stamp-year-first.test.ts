import { describe, expect, it } from 'vitest';
import { findStamp } from '../src/segment/layouts/stamp.js';
import { segment } from '../src/segment/index.js';

// A date written year first in figures (`2016-03-14`, `2016.03.14`) is how a page's software prints its stamp;
// prose states a day first (`14 مارس 2016`, `14/3/2016`). On a page collapsed onto one line such a date is cut out
// as the stamp even with no label, clock time or weekday beside it. The texts here are written for the test.

const headline = 'المجلس البلدي يقر خطة جديدة لتطوير الحدائق العامة';
const lead =
  'أقر المجلس البلدي في جلسته الأخيرة خطة لتطوير الحدائق العامة في الأحياء الشرقية من المدينة، على أن يبدأ التنفيذ مع مطلع الصيف المقبل. ' +
  'وقال رئيس المجلس إن الخطة تشمل زراعة الأشجار وتجديد الممرات وإضافة مقاعد للزوار. ' +
  'وأضاف أن كلفة المشروع ستغطى من ميزانية البلدية للعام الحالي دون أي رسوم إضافية على السكان.';

describe('a year-first date as a stamp', () => {
  it('is a stamp with no label, and a day-first date alone is not', () => {
    expect(findStamp(`2016-03-14 ${headline}`)).toMatchObject({ start: 0, end: 10 });
    expect(findStamp(`الرئيسية محليات 2016.03.14 ${headline}`)?.date.raw).toBe('2016.03.14');
    expect(findStamp(`14-03-2016 ${headline}`)).toBeNull();
    expect(findStamp(`14 مارس 2016 ${headline}`)).toBeNull();
  });

  it('is cut off a collapsed page: the date goes to the record, the headline stands alone', () => {
    for (const stamp of ['2016-03-14', '2016.03.14', '2016/3/14']) {
      const a = segment(`${stamp} ${headline} ${lead}`);
      expect(a.date).toBe('2016-03-14');
      expect(a.title ?? '').not.toContain(stamp);
      expect(a.blocks.map((b) => b.text).join(' ')).not.toContain(stamp);
    }
  });

  it('stays in the sentence when a preposition puts it there', () => {
    const text = `${lead.slice(0, 60)} في 2016-03-14 ${lead.slice(60)}`;
    const a = segment(text);
    expect(a.blocks.map((b) => b.text).join(' ')).toContain('في 2016-03-14');
  });
});
