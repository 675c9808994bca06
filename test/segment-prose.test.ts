import { describe, expect, it } from 'vitest';
import { planLines } from '../src/segment/index.js';
import { isProse } from '../src/segment/lines/features.js';
import { lineInfo } from '../src/segment/lines/info.js';
import { lineSequence } from '../src/segment/lines/sequence.js';

// What reads as running text decides where the head ends (first prose) and where the tail starts (last prose).
// Length alone does not make prose: a site's menu or a row of teaser headlines can run to forty words.

const menu =
  'الرئيسية محليات اقتصاد رياضة ثقافة فيديوهات صور أسعار الذهب اليوم ارتفاع جديد مباريات الدوري الليلة مواعيد امتحانات الثانوية العامة طقس الأسبوع المقبل حالة الطرق الجبلية معرض الكتاب الدولي جوائز الرواية العربية أخبار المحافظات';
const headline = 'مهرجان الزيتون يعود إلى القرى الجبلية بعد غياب طويل';
const lead = 'يعود مهرجان الزيتون هذا العام إلى القرى الجبلية بعد غياب دام ثلاث سنوات، بمشاركة مزارعين من مختلف المناطق.';
// running text with its punctuation stripped, as some exports leave it: the function words still show it
const stripped = 'قال رئيس اللجنة إن الدورة الجديدة ستضم سوقا للمنتجات الريفية وورشا لتعليم الأطفال طرق العصر التقليدية في القرى التي شاركت من قبل';

function infoOf(text: string) {
  const plan = planLines(`${text}\n\nسطر`)!;
  return lineInfo(plan.units[0]!, plan.work);
}

describe('prose', () => {
  it('is not a long run of names with few function words (a menu, a row of teasers)', () => {
    expect(menu.split(' ').length).toBeGreaterThanOrEqual(30);
    expect(isProse(infoOf(menu))).toBe(false);
  });

  it('is a long line with the function words of running text, even with no punctuation', () => {
    expect(isProse(infoOf(stripped))).toBe(true);
  });

  it('is a sentence closed by a stop, even a short one', () => {
    expect(isProse(infoOf('وصل الوفد إلى العاصمة صباح اليوم.'))).toBe(true);
  });

  it('puts the first prose of a page under its menu and headline, at the lead', () => {
    const plan = planLines([menu, headline, lead, stripped].join('\n'))!;
    expect(lineSequence(plan.units, plan.work).ctx.firstProse).toBe(2);
  });
});
