/**
 * Web chrome that stands alone on a line: [phrase, rule id]. Compared by foldKey, so the spelling of alef, hamza,
 * teh marbuta and tanween does not matter.
 */
export const chromeLines: ReadonlyArray<readonly [string, string]> = [
  ['اظهر المزيد', 'boilerplate/show-more'],
  ['عرض المزيد', 'boilerplate/show-more'],
  ['المزيد', 'boilerplate/show-more'],
  ['...المزيد', 'boilerplate/show-more'],
  ['اقرأ المزيد', 'boilerplate/show-more'],
  ['اترك رداً', 'boilerplate/comments'],
  ['اترك رد', 'boilerplate/comments'],
  ['اترك تعليقا', 'boilerplate/comments'],
  ['أضف تعليقك', 'boilerplate/comments'],
  ['أضف تعليق', 'boilerplate/comments'],
  ['التعليقات', 'boilerplate/comments'],
  ['تعليقات', 'boilerplate/comments'],
  ['زر الذهاب إلى الأعلى', 'boilerplate/back-to-top'],
  ['العودة إلى الأعلى', 'boilerplate/back-to-top'],
  ['الذهاب إلى الأعلى', 'boilerplate/back-to-top'],
  ['الوسوم', 'boilerplate/tags'],
  ['وسوم', 'boilerplate/tags'],
  ['كلمات مفتاحية', 'boilerplate/tags'],
  ['الكلمات المفتاحية', 'boilerplate/tags'],
  ['جميع الحقوق محفوظة', 'boilerplate/copyright'],
  ['شارك', 'boilerplate/share'],
  ['شارك الخبر', 'boilerplate/share'],
  ['شارك المقال', 'boilerplate/share'],
  ['شارك هذا المقال', 'boilerplate/share'],
  ['مشاركة', 'boilerplate/share'],
  ['إعلان', 'boilerplate/ad'],
  ['اعلان', 'boilerplate/ad'],
  ['إعلانات', 'boilerplate/ad'],
  ['advertisement', 'boilerplate/ad'],
  ['طباعة', 'boilerplate/print'],
  ['ارسل لصديق', 'boilerplate/print'],
  ['طباعة ارسل لصديق', 'boilerplate/print'],
  ['A A', 'boilerplate/font-size'],
  ['انتهى', 'boilerplate/end-marker'],
  ['// انتهى //', 'boilerplate/end-marker'],
  ['/ انتهى /', 'boilerplate/end-marker'],
  ['-انتهى-', 'boilerplate/end-marker'],
  ['(انتهى)', 'boilerplate/end-marker'],
  ['Facebook X VK.com Telegram', 'boilerplate/share'],
  ['Article Information', 'boilerplate/page-info'],
];

/**
 * Headings after which the rest of a page is related links, comments or chrome: the cut-off markers. A line that
 * IS one of these (compared by foldKey) drops itself and everything after it.
 */
export const cutoffLines: readonly string[] = [
  'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'موضوعات ذات صلة', 'اخبار ذات صلة', 'أخبار متعلقة',
  'مقالات متعلقة', 'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ ايضا', 'شاهد أيضا', 'قد يعجبك أيضا', 'الأكثر قراءة',
  'الأكثر مشاهدة', 'المزيد من الأخبار', 'أخبار أخرى', 'آخر الأخبار', 'اترك رداً', 'اترك تعليقا', 'التعليقات',
  'أضف تعليق', 'مقالات ذات صله', 'قد يهمك أيضا', 'قد يهمك', 'تابعونا على', 'تابعنا على',
];
