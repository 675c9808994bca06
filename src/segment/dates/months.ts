import { phraseTreeSource, phrasesSource } from '../fuzzy-phrases.js';

/**
 * Calendar words: the one place for month and weekday names (the segmenter imports them from here). Names are
 * compared by foldKey, so alef forms (أبريل/ابريل/إبريل), yeh/alef maksura and teh marbuta/heh need no entry of
 * their own; harakat and tatweel are ignored too.
 */

/**
 * Gregorian month names of every Arabic locale, to month 1–12. The first name of each set per region is CLDR's
 * (Unicode CLDR 'ar' locales, as Node's ICU carries them):
 *   ar (Egypt, Gulf, Libya, Sudan, Yemen …)  يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
 *   ar-IQ ar-JO ar-LB ar-PS ar-SY (Levant, Iraq)  كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول …
 *   ar-DZ ar-TN (Algeria, Tunisia)  جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر
 *   ar-MA (Morocco)  يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر
 *   ar-MR (Mauritania)  يناير فبراير مارس إبريل مايو يونيو يوليو أغشت شتمبر أكتوبر نوفمبر دجمبر
 * then the spellings printed alongside (يونيه, يولية, كانون ثاني, تشرين 2, ينير, فبرير …).
 */
const monthSets: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'كانون 2', 'جانفي', 'ينير']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير']],
  [3, ['مارس', 'آذار', 'أذار']],
  [4, ['أبريل', 'نيسان', 'أفريل', 'إبريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايه']],
  [6, ['يونيو', 'حزيران', 'جوان', 'يونيه', 'يونية', 'يونيوز']],
  [7, ['يوليو', 'تموز', 'جويلية', 'يوليوز', 'يوليه', 'يولية', 'جويلة']],
  [8, ['أغسطس', 'آب', 'أوت', 'غشت', 'أغشت', 'اغسطس', 'أغسطوس']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر', 'شتمبر', 'سبتمبير']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'تشرين 1', 'اكتوبر', 'أكتوبير']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'تشرين 2', 'نونبر', 'نوفمبير']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'كانون 1', 'دجنبر', 'دجمبر', 'ديسمبير']],
];

export const gregorianMonths: readonly (readonly [string, number])[] = monthSets.flatMap(([n, names]) =>
  names.map((name) => [name, n] as const),
);

/** Hijri months (1–12), CLDR's names first (محرم … ذو الحجة), then the spellings printed alongside. */
const hijriSets: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم', 'المحرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع أول', 'ربيع 1']],
  [4, ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع آخر', 'ربيع 2']],
  [5, ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى', 'جمادى 1']],
  [6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى ثانية', 'جمادى 2']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة', 'ذا القعدة', 'ذوالقعدة', 'ذيالقعدة']],
  [12, ['ذو الحجة', 'ذي الحجة', 'ذا الحجة', 'ذوالحجة', 'ذيالحجة']],
];

export const hijriMonths: readonly (readonly [string, number])[] = hijriSets.flatMap(([n, names]) =>
  names.map((name) => [name, n] as const),
);

/** Weekday names (CLDR 'ar': السبت … الجمعة), with the spellings printed alongside; Saturday is 6, Sunday 0. */
const weekdaySets: ReadonlyArray<readonly [number, readonly string[]]> = [
  [6, ['السبت']],
  [0, ['الأحد']],
  [1, ['الاثنين', 'الإثنين', 'الأثنين', 'الاتنين']],
  [2, ['الثلاثاء', 'الثلاثا']],
  [3, ['الأربعاء', 'الاربعا']],
  [4, ['الخميس']],
  [5, ['الجمعة']],
];

/** Weekday names that may stand before a date ("الجمعة 3 نوفمبر"), in display spelling. */
export const weekdays: readonly string[] = weekdaySets.flatMap(([, names]) => names);

/** Weekday names to their number as `Date.getUTCDay()` gives it (0 Sunday … 6 Saturday). */
export const weekdayNumbers: readonly (readonly [string, number])[] = weekdaySets.flatMap(([n, names]) => names.map((name) => [name, n] as const));

/**
 * A regexp source matching one weekday name in any spelling the fold allows (alef forms, teh marbuta / heh, yeh /
 * alef maksura, harakat, tatweel), longest first; no capture groups. Anchor and bound it where it is used.
 */
export const weekdaySource: string = phrasesSource(weekdays);
/** The same names as a tree of shared openings (`phraseTreeSource`): the same texts match, for `test` only. */
export const weekdayTreeSource: string = phraseTreeSource(weekdays);

/** English month names and their short forms, to month number ("March 14, 2024", "14 Mar 2024"). */
export const latinMonths: readonly (readonly [string, number])[] = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
