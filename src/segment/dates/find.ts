import type { HijriDate } from '../../core/types.js';
import { asciiDigits, foldKey } from '../fold.js';
import { fuzzyRe, phrasesSource } from '../match.js';
import { hijriToIso } from './hijri.js';
import { toIso } from './iso.js';
import { gregorianMonths, hijriMonths, latinMonths, weekdays } from './months.js';

export interface FoundDate {
  /** ISO yyyy-mm-dd (Gregorian). */
  iso: string;
  /** The span of the original text that states it. */
  raw: string;
  /** Offset of `raw` in the searched text. */
  index: number;
  hijri: HijriDate | null;
}

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const monthNumber = new Map(gregorianMonths.map(([name, n]) => [foldKey(name), n]));
const hijriNumber = new Map(hijriMonths.map(([name, n]) => [foldKey(name), n]));
/**
 * A month name slot: one or two Arabic words (or a word and a digit, "تشرين 2"). The name is checked against the
 * month tables after matching, which keeps the expression free of long alternations (fast on number-heavy text).
 */
const WORD = '[\\u0621-\\u064A\\u064B-\\u0652\\u0640\\u0670\\u06CC]{2,10}';
const G = `${WORD}(?:\\s+${WORD}|\\s+[12](?![0-9]))?`;
const H = G;
const W = phrasesSource(weekdays);
/** `[weekday[،]] day month[/month | (month)] [،] year` — the dual form needs both names to agree. */
const named = new RegExp(
  `(${D}{1,2})\\s*(?:من\\s+)?(${G})(?:\\s*/\\s*(${G})|\\s*\\(\\s*(${G})\\s*\\))?\\s*[،,]?\\s*(?:عام\\s+|سنة\\s+)?(${D}{4})(?!${D})`,
  'gu',
);
/** `day hijri-month year [هـ]` */
/** Between a Hijri date and the Gregorian one it equals: `الموافق`, a bracket, a slash or a dash. */
const sameDay = fuzzyRe(/^\s*(?:\u0647\u0640*\s*)?[،,]?\s*(?:الموافق(?:\s+لـ?)?|[(/\-–])\s*$/u);

/** A weekday (and يوم) just before a date: taken into its raw span. */
const weekdayBefore = new RegExp(`(?:(?<![\\u0621-\\u064A])يوم\\s+)?(?:${W})\\s*[،,]?\\s+$`, 'u');
const hijriNamed = new RegExp(`(${D}{1,2})\\s*(?:من\\s+)?(${H})\\s*[،,]?\\s*(${D}{4})(?!${D})(?:\\s*\\u0647\\u0640*(?![\\u0621-\\u064A]))?`, 'gu');
const isoStamp = new RegExp(`(?<!${D})(${D}{4})-(${D}{2})-(${D}{2})(?:[T ]${D}{2}:${D}{2}(?::${D}{2})?(?:\\.\\d+)?(?:Z|[+-]${D}{2}:?${D}{2})?)?(?!${D})`, 'gu');
const dmy = new RegExp(`(?<!${D}|[./-])(${D}{1,2})([./-])(${D}{1,2})\\2(${D}{4})(?!${D}|[./-]${D})`, 'gu');
const ymd = new RegExp(`(?<!${D}|[./-])(${D}{4})([./])(${D}{1,2})\\2(${D}{1,2})(?!${D}|[./]${D})`, 'gu');

const num = (s: string | undefined): number => Number(asciiDigits(s ?? ''));

/** The first day-month-year date written with a month name, Gregorian (also the dual `M1/M2` form) or Hijri. */
export function findNamedDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  named.lastIndex = 0;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    const month = monthNumber.get(foldKey(m[2]!));
    const second = m[3] ?? m[4];
    if (month === undefined || (second !== undefined && monthNumber.get(foldKey(second)) !== month)) {
      named.lastIndex = m.index + 1;
      continue;
    }
    const iso = toIso(num(m[5]), month, num(m[1]));
    if (iso) {
      const wd = weekdayBefore.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const start = wd ? m.index - wd[0].length : m.index;
      best = { iso, raw: text.slice(start, m.index + m[0].length).trim(), index: start, hijri: null };
      break;
    }
  }
  const h = findHijri(text);
  if (h && (!best || h.index < best.index)) {
    // "٢٥ شوال ١٤٣٦ هـ الموافق ١٠ أغسطس ٢٠١٥ م": the stated Gregorian date wins over the conversion.
    if (best && sameDay.test(text.slice(h.index + h.raw.length, best.index))) {
      const close = /^\s*م?\s*\)/u.exec(text.slice(best.index + best.raw.length));
      return { ...best, raw: text.slice(h.index, best.index + best.raw.length + (close ? close[0].length : 0)).trim(), index: h.index, hijri: h.hijri };
    }
    return h;
  }
  return best;
}

/** The first `day hijri-month year` date, converted to Gregorian (Umm al-Qura). */
export function findHijri(text: string): FoundDate | null {
  hijriNamed.lastIndex = 0;
  for (let m = hijriNamed.exec(text); m; m = hijriNamed.exec(text)) {
    const month = hijriNumber.get(foldKey(m[2]!));
    const year = num(m[3]);
    const day = num(m[1]);
    if (month === undefined || year < 1300 || year > 1600) {
      hijriNamed.lastIndex = m.index + 1;
      continue;
    }
    const iso = hijriToIso(year, month, day);
    if (iso) return { iso, raw: m[0].trim(), index: m.index, hijri: { year, month, day, raw: m[0].trim() } };
  }
  return null;
}

/** The first numeric date: ISO `YYYY-MM-DD` (or a timestamp), `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, `YYYY/M/D`. */
export function findNumericDate(text: string): FoundDate | null {
  const hits: FoundDate[] = [];
  const take = (re: RegExp, order: (m: RegExpExecArray) => [number, number, number]): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = order(m);
      const iso = y >= 1900 && y <= 2100 ? toIso(y, mo, d) : null;
      if (iso) {
        hits.push({ iso, raw: m[0], index: m.index, hijri: null });
        return;
      }
    }
  };
  take(isoStamp, (m) => [num(m[1]), num(m[2]), num(m[3])]);
  take(dmy, (m) => [num(m[4]), num(m[3]), num(m[1])]);
  take(ymd, (m) => [num(m[1]), num(m[3]), num(m[4])]);
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

const latinNumber = new Map(latinMonths);
const LM = '([A-Za-z]{3,9})\\.?';
/** `March 14, 2024` / `Mar. 14 2024` and `14 March 2024` (the name is checked against the table after matching). */
const latinMdy = new RegExp(`(?<![A-Za-z])${LM}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu');
const latinDmy = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${LM},?\\s+(\\d{4})(?!\\d)`, 'gu');

/** The first date written with an English month name: `March 14, 2024`, `14 March 2024`. */
export function findLatinDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const [re, mi, di] of [[latinMdy, 1, 2], [latinDmy, 2, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const month = latinNumber.get(m[mi]!.toLowerCase());
      const iso = month === undefined ? null : toIso(Number(m[3]), month, Number(m[di]));
      if (!iso) continue;
      if (!best || m.index < best.index) best = { iso, raw: m[0], index: m.index, hijri: null };
      break;
    }
  }
  return best;
}

/** Any stated date: named (Gregorian or Hijri, Arabic or English month names) or numeric, whichever comes first. */
export function findAnyDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const d of [findNamedDate(text), findNumericDate(text), /[A-Za-z]{3}/u.test(text) ? findLatinDate(text) : null]) {
    if (d && (!best || d.index < best.index)) best = d;
  }
  return best;
}
