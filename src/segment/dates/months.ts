/**
 * Gregorian month names in every regional set (Egypt/Gulf, Levant/Iraq, Maghreb, Morocco) with their spelling
 * variants, to month number 1–12. Compared by foldKey.
 */
const monthSets: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'كانون 2', 'جانفي', 'ينير']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايه']],
  [6, ['يونيو', 'يونيه', 'يونية', 'حزيران', 'جوان', 'يونيوز']],
  [7, ['يوليو', 'يوليه', 'يولية', 'تموز', 'جويلية', 'يوليوز']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت', 'اوت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين أول', 'تشرين 1', 'أكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'تشرين 2', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'كانون 1', 'دجنبر']],
];

export const gregorianMonths: readonly (readonly [string, number])[] = monthSets.flatMap(([n, names]) =>
  names.map((name) => [name, n] as const),
);

/** Hijri months (Umm al-Qura numbering 1–12) with common spellings. */
const hijriSets: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم', 'المحرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع الاول', 'ربيع أول', 'ربيع 1']],
  [4, ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع الاخر', 'ربيع 2']],
  [5, ['جمادى الأولى', 'جمادى الاولى', 'جمادى الأول', 'جمادى 1']],
  [6, ['جمادى الآخرة', 'جمادى الاخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى 2']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة', 'ذوالقعدة']],
  [12, ['ذو الحجة', 'ذي الحجة', 'ذوالحجة']],
];

export const hijriMonths: readonly (readonly [string, number])[] = hijriSets.flatMap(([n, names]) =>
  names.map((name) => [name, n] as const),
);

/** Weekday names that may stand before a date ("الجمعة 3 نوفمبر"). */
export const weekdays: readonly string[] = ['السبت', 'الأحد', 'الاحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة'];

/** English month names and their short forms, to month number ("March 14, 2024", "14 Mar 2024"). */
export const latinMonths: readonly (readonly [string, number])[] = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
