/**
 * Gregorian month names in every regional set, keyed by their foldKey spelling (alef forms folded,
 * teh marbuta -> heh, alef maksura -> yeh), to month number 1–12.
 */
const monthSets: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي']],
  [2, ['فبراير', 'شباط', 'فيفري']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي']],
  [6, ['يونيو', 'يونيه', 'يونية', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'يولية', 'تموز', 'جويلية', 'يوليوز']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين أول', 'تشرين 1', 'أكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'تشرين 2', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'كانون 1', 'دجنبر']],
];

export const gregorianMonths: readonly (readonly [string, number])[] = monthSets.flatMap(([n, names]) =>
  names.map((name) => [name, n] as const),
);
