/**
 * Web chrome that ends an article page: whole lines, compared by foldKey (so spelling of alef, hamza and
 * tanween does not matter). Each entry is [phrase, rule id].
 */
export const trailerLines: ReadonlyArray<readonly [string, string]> = [
  ['اظهر المزيد', 'boilerplate/show-more'],
  ['أظهر المزيد', 'boilerplate/show-more'],
  ['المزيد', 'boilerplate/show-more'],
  ['مقالات ذات صلة', 'boilerplate/related'],
  ['أخبار ذات صلة', 'boilerplate/related'],
  ['مواضيع ذات صلة', 'boilerplate/related'],
  ['اقرأ أيضا', 'boilerplate/read-also'],
  ['اقرأ أيضاً', 'boilerplate/read-also'],
  ['اترك رداً', 'boilerplate/comments'],
  ['اترك تعليقا', 'boilerplate/comments'],
  ['زر الذهاب إلى الأعلى', 'boilerplate/back-to-top'],
  ['الوسوم', 'boilerplate/tags'],
  ['جميع الحقوق محفوظة', 'boilerplate/copyright'],
  ['شارك', 'boilerplate/share'],
  ['إعلان', 'boilerplate/ad'],
];
