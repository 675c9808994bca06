import { fuzzyRe, phraseTreeSource, phrasesSource } from '../fuzzy-phrases.js';
import { weekdays } from './months.js';

/**
 * The date expressions. Every one is linear on any input: no two unbounded runs that can match the same characters
 * stand side by side (between day, month and year `\s*(?:[،,]\s*)?`, never `\s*[،,]?\s*`), month names are a
 * bounded slot checked against the tables after matching, and starts are anchored by look-behinds.
 */

/** A digit: ASCII, Arabic-Indic, Persian. */
export const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** Arabic letters, harakat, tatweel, superscript alef, Farsi yeh. */
const LETTER = '[\\u0621-\\u064A\\u064B-\\u0652\\u0640\\u0670\\u06CC]';
const WORD = `${LETTER}{2,10}`;
/** `عام`, `سنة` ("year") before the year: not a month's second word. */
const YEAR_WORD = '(?:\\u0639\\u0627\\u0645|\\u0633\\u0646\\u0629)';
/** A month name slot: one or two words, or a word and 1/2 (`تشرين 2`); checked against the tables after matching. */
const MONTH = `${WORD}(?:\\s+(?!${YEAR_WORD}\\s)${WORD}|\\s+[12](?!${D}))?`;
/** Between day, month and year: spaces and at most one comma. */
const GAP = '\\s*(?:[\\u060C,]\\s*)?';
/** Between day, month name and year, dashes or slashes may stand instead (`14-يونيو-2014`, `14/يونيو/2014`). */
const NGAP = '\\s*(?:[\\u060C,/\\-]\\s*)?';
/** `هـ` (heh, any tatweel) or `ه` ending a Hijri year, not the start of a word. */
const HEH = `\\u0647\\u0640*(?!${LETTER})`;

/** `day [،|-|/] [من] month[/month | (month)] [،|-|/] [عام|سنة] year`: groups day, month, month2, month3, year. */
export const namedRe = new RegExp(
  `(?<!${D})(${D}{1,2})(?!${D})${NGAP}(?:\\u0645\\u0646\\s+)?(${MONTH})(?:\\s*/\\s*(${MONTH})|\\s*\\(\\s*(${MONTH})\\s*\\))?${NGAP}(?:${YEAR_WORD}\\s+)?(${D}{4})(?!${D})`,
  'gu',
);

/** `day hijri-month [،] year [هـ]`: groups day, month, year. */
export const hijriNamedRe = new RegExp(`(?<!${D})(${D}{1,2})(?!${D})${GAP}(?:\\u0645\\u0646\\s+)?(${MONTH})${GAP}(${D}{4})(?!${D})(?:\\s*${HEH})?`, 'gu');

/** `14-09-1432 هـ`, `14/9/1432هـ`: numeric Hijri, only with its هـ. Groups day, sep, month, year. */
export const hijriDmyRe = new RegExp(`(?<!${D}|[./-])(${D}{1,2})([./-])(${D}{1,2})\\2(${D}{4})(?!${D})\\s*${HEH}`, 'gu');
/** `1432/9/14هـ`, `1432-09-14 هـ`. Groups year, sep, month, day. */
export const hijriYmdRe = new RegExp(`(?<!${D}|[./-])(${D}{4})([./-])(${D}{1,2})\\2(${D}{1,2})(?!${D})\\s*${HEH}`, 'gu');

/** ISO `YYYY-MM-DD`, also a timestamp. Groups year, month, day. */
export const isoStampRe = new RegExp(
  `(?<!${D})(${D}{4})-(${D}{2})-(${D}{2})(?:[T ]${D}{2}:${D}{2}(?::${D}{2})?(?:\\.\\d+)?(?:Z|[+-]${D}{2}:?${D}{2})?)?(?!${D})`,
  'gu',
);
/** `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`. Groups day, sep, month, year. */
export const dmyRe = new RegExp(`(?<!${D}|[./-])(${D}{1,2})([./-])(${D}{1,2})\\2(${D}{4})(?!${D}|[./-]${D})`, 'gu');
/** `YYYY/M/D`, `YYYY.M.D`. Groups year, sep, month, day. */
export const ymdRe = new RegExp(`(?<!${D}|[./-])(${D}{4})([./])(${D}{1,2})\\2(${D}{1,2})(?!${D}|[./]${D})`, 'gu');

const LM = '([A-Za-z]{3,9})\\.?';
/** `March 14, 2024`, `Mar. 14 2024`. Groups month, day, year. */
export const latinMdyRe = new RegExp(`(?<![A-Za-z])${LM}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu');
/** `14 March 2024`. Groups day, month, year. */
export const latinDmyRe = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${LM},?\\s+(\\d{4})(?!\\d)`, 'gu');

/** A weekday (and يوم) just before a date, at the end of a short window: taken into the date's raw span. */
// (a match must reach the end of the text, so where it starts depends only on which texts match: the names' tree
// gives the same span as their alternation)
export const weekdayBeforeRe = new RegExp(`(?:(?<![\\u0621-\\u064A])\\u064A\\u0648\\u0645\\s+)?(?:${phraseTreeSource(weekdays)})\\s*(?:[\\u060C,]\\s*)?$`, 'u');

/**
 * What may stand between a Hijri date and the Gregorian date it equals: `الموافق` (`الموافق لـ`), a bracket, a slash
 * or a dash, after the Hijri date's own هـ and a comma. Tested on a short window only.
 */
export const sameDayRe = fuzzyRe(/^\s*(?:\u0647\u0640*\s*)?(?:[\u060C,]\s*)?(?:\u0627\u0644\u0645\u0648\u0627\u0641\u0642(?:\s+\u0644\u0640?)?|[(/\-\u2013])\s*$/u);

/** A `م` (Gregorian era) or a closing bracket right after a Gregorian date given with its Hijri date. */
export const eraCloseRe = /^\s*(?:\u0645\s*)?\)/u;
