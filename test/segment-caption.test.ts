import { describe, expect, it } from 'vitest';
import { captionKind } from '../src/segment/caption.js';

// Own text: captions as papers print them over a photo, and headlines of the same shapes that must stay headlines.
const captions: readonly [string, string][] = [
  ['العمدة خلال تفقده أعمال الحديقة', 'scene'],
  ['سالم أثناء استقباله الضيوف', 'scene'],
  ['الحارس مع زملائه بعد التتويج', 'scene'],
  ['المحافظ مترئساً اجتماع المجلس', 'participle'],
  ['المدرب متحدثاً إلى اللاعبين', 'participle'],
  ['العمدة يفتتح المكتبة', 'verb'],
  ['الوزيرة تتحدث عن المبادرة', 'verb'],
  ['مدير عام الأرصاد الجوية', 'office'],
  ['الرئيس الموريتاني، محمد ولد أحمد', 'office'],
  ['مشهد من العرض المسرحي', 'opener'],
  ['إحدى القاعات الجديدة', 'opener'],
  ['أثناء حفل تخريج الدفعة الأولى', 'opener'],
  ['الطالبات في صورة جماعية', 'opener'],
  ['الشاعرة خلال أمسيتها في مناسبة سابقة', 'opener'],
  ['اللاعبون المشاركون في البطولة', 'opener'],
  ['الأستاذ العمري خلال تفقده بعض الفصول', 'scene'],
];

const headlines: readonly string[] = [
  'سامي الهادي مدرباً جديداً لنادي الشاطئ',
  'حالة الطقس خلال الأيام القادمة',
  'اشتباكات مع الشرطة في وسط العاصمة',
  'ارتفاع أسعار الخضر بعد موجة البرد',
  'وفاة الممثل القدير بعد صراع مع المرض',
  'وزير الصحة يستقبل وفد منظمة الصحة العالمية',
  'فيصل النمر يعود إلى التدريبات',
  'أحد منفذي الهجوم كان مطلوبا للعدالة',
  'ألم بعد عملية الزائدة',
  'رئيس الوزراء في زيارة إلى الجنوب',
  'مقتل 3 أشخاص خلال مداهمة أمنية',
  'وزير المالية: لا زيادة في الضرائب',
  'هل يعود المدرب السابق إلى الفريق؟',
  'المشاركون في المؤتمر يطالبون بخطة للمياه',
  'استئناف المفاوضات بعد توقف دام شهرين',
];

describe('captionKind', () => {
  for (const [text, kind] of captions) it(`caption (${kind}): ${text}`, () => expect(captionKind(text)).toBe(kind));
  for (const text of headlines) it(`headline: ${text}`, () => expect(captionKind(text)).toBeNull());

  it('gives the same answer under the search spellings (teh marbuta, alef maksura, no harakat)', () => {
    expect(captionKind('المحافظ مترئسا اجتماع المجلس')).toBe('participle');
    expect(captionKind('الم بعد عمليه الزائده')).toBeNull();
  });
});
