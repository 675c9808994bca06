import { relatedHeadings } from './phrases.js';

/**
 * Chrome inside a page collapsed onto one line (no line breaks left to tell chrome from text). Phrases are
 * compiled to fold-tolerant regexes (match.ts) and searched in the original text.
 */

/** Chrome that may open a collapsed page, cut repeatedly from its start. */
export const leadingChrome: readonly string[] = [
  'طباعة ارسل لصديق', 'طباعة', 'ارسل لصديق', 'إعلان', 'اعلان', 'Article Information',
  'A A', 'Next Previous', 'Previous Next', 'السابق التالي', 'تخطى إلى المحتوى', 'انتقل إلى المحتوى', 'القائمة الرئيسية', 'الرئيسية',
];

/** Labels that stand before the publication stamp: `Published 14 مايو 2026`, `تاريخ النشر: 26.05.2026`. */
export const stampLabels: readonly string[] = ['Published', 'Updated', 'تاريخ النشر:', 'نشر في', 'نشر بتاريخ', 'آخر تحديث:', 'تاريخ النشر', 'تاريخ النشر :'];

/** Chrome between the headline and the stamp or body: `Article Information`, `Author, …`, `مدة القراءة: 6 دقائق`. */
export const headerChrome: readonly string[] = ['Article Information', 'مدة القراءة', 'A A'];

/**
 * Markers that end the article text of a collapsed page when they come in its second half: credits, related
 * links, tags, share and comment bars. Everything from the marker on leaves the body.
 */
export const tailMarkers: ReadonlyArray<readonly [string, string]> = [
  ['المصدر:', 'credit/source'],
  ['تحرير:', 'credit/staff'],
  ['تقديم:', 'credit/staff'],
  ['إعداد:', 'credit/staff'],
  ['Facebook X VK.com Telegram', 'boilerplate/share'],
  ...relatedHeadings.filter((p) => p.includes(' ')).map((p) => [p, 'boilerplate/related'] as const),
  ['اترك رداً', 'boilerplate/comments'],
  ['اترك تعليقا', 'boilerplate/comments'],
  ['الوسوم:', 'boilerplate/tags'],
  ['جميع الحقوق محفوظة', 'boilerplate/copyright'],
  ['زر الذهاب إلى الأعلى', 'boilerplate/back-to-top'],
];

/** Markers of a related-link teaser inside the text; the marker itself is cut. */
export const inlineMarkers: ReadonlyArray<readonly [string, string]> = [
  ['إقرأ المزيد', 'boilerplate/read-more'],
  ['اقرأ أيضا:', 'boilerplate/read-also'],
  ['اقرأ أيضا', 'boilerplate/read-also'],
  ['شاهد أيضا', 'boilerplate/read-also'],
];
