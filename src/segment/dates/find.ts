import type { HijriDate } from '../../core/types.js';
import { foldKey } from '../fold.js';
import { figureNumber } from './figures.js';
import { convertHijri } from './hijri.js';
import { toIso } from './iso.js';
import { gregorianMonths, hijriMonths, latinMonths } from './months.js';
import * as re from './patterns.js';
import { clockTimeAt, type ClockTime } from './time.js';

export interface FoundDate {
  /** ISO yyyy-mm-dd (Gregorian). */
  iso: string;
  /** The span of the original text that states it. */
  raw: string;
  /** Offset of `raw` in the searched text. */
  index: number;
  hijri: HijriDate | null;
  /** A clock time written right after the date (`، الساعة 05:16 مساءً`), not part of `raw`; absent when none. */
  time?: ClockTime | undefined;
}

export type { ClockTime } from './time.js';
export { hasFigure } from './figures.js';

const monthNumber = new Map(gregorianMonths.map(([name, n]) => [foldKey(name), n]));
const hijriNumber = new Map(hijriMonths.map(([name, n]) => [foldKey(name), n]));
const latinNumber = new Map(latinMonths);
const num = figureNumber;

/** Hijri years a date may carry: the official table's 1343–1500 and the arithmetical calendar around it. */
const hijriYear = (y: number): boolean => y >= 1300 && y <= 1600;

/** A Hijri date found in the text, converted; `conversion` marks a date computed outside the official table. */
function hijriFound(m: RegExpExecArray, y: number, mo: number, d: number): FoundDate | null {
  const c = convertHijri(y, mo, d);
  if (!c) return null;
  const raw = m[0].trim();
  const hijri: HijriDate = { year: y, month: mo, day: d, raw };
  if (c.calendar === 'arithmetical') hijri.conversion = 'arithmetical';
  return { iso: c.iso, raw, index: m.index, hijri };
}

/** The first match of `regex` that `read` turns into a date (a failed read retries one character further on). */
function first(regex: RegExp, text: string, read: (m: RegExpExecArray) => FoundDate | null): FoundDate | null {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const found = read(m);
    if (found) return found;
    regex.lastIndex = m.index + 1;
  }
  return null;
}

/** The date that stands first (on a tie, the one listed first). */
function earliest(a: FoundDate | null, b: FoundDate | null, c: FoundDate | null = null): FoundDate | null {
  let best = a;
  if (b && (!best || b.index < best.index)) best = b;
  if (c && (!best || c.index < best.index)) best = c;
  return best;
}

/** The first day-month-year date with a Gregorian month name (also the dual `M1/M2` form), weekday included. */
function findGregorianNamed(text: string): FoundDate | null {
  return first(re.namedRe, text, (m) => {
    const month = monthNumber.get(foldKey(m[2]!));
    const second = m[3] ?? m[4];
    if (month === undefined || (second !== undefined && monthNumber.get(foldKey(second)) !== month)) return null;
    const iso = toIso(num(m[5]), month, num(m[1]));
    if (!iso) return null;
    const wd = re.weekdayBeforeRe.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const start = wd ? m.index - wd[0].length : m.index;
    return { iso, raw: text.slice(start, m.index + m[0].length).trim(), index: start, hijri: null };
  });
}

/**
 * A figure, one of `./-`, a figure: what every numeric date holds (each numeric expression has a separator of
 * `./-` between two figures). A text without it is not searched for one.
 */
const numericShape = new RegExp(`${re.D}[./-]${re.D}`, 'u');

/** Four figures in a row: the year every date expression of patterns.ts holds (`${D}{4}`, or `\d{4}` in the Latin ones). */
const fourFigures = new RegExp(`${re.D}{4}`, 'u');

/** Whether `text` holds four figures in a row: no date any finder here returns stands in a text without them. */
export function holdsYear(text: string): boolean {
  return fourFigures.test(text);
}

/** The first Hijri date: `day month year [هـ]` with a Hijri month name, or numeric with its هـ. Converted. */
export function findHijri(text: string): FoundDate | null {
  const named = first(re.hijriNamedRe, text, (m) => {
    const month = hijriNumber.get(foldKey(m[2]!));
    const y = num(m[3]);
    return month === undefined || !hijriYear(y) ? null : hijriFound(m, y, month, num(m[1]));
  });
  if (!numericShape.test(text)) return named;
  const dmy = first(re.hijriDmyRe, text, (m) => (hijriYear(num(m[4])) ? hijriFound(m, num(m[4]), num(m[3]), num(m[1])) : null));
  const ymd = first(re.hijriYmdRe, text, (m) => (hijriYear(num(m[1])) ? hijriFound(m, num(m[1]), num(m[3]), num(m[4])) : null));
  return earliest(named, dmy, ymd);
}

/** A Hijri date followed by the Gregorian date it equals (`… هـ الموافق 10 أغسطس 2015 م`): the stated day wins. */
function withStatedGregorian(h: FoundDate, text: string): FoundDate {
  const from = h.index + h.raw.length;
  const window = text.slice(from, from + 80);
  const g = earliest(findGregorianNamed(window), findGregorianNumeric(window));
  if (!g || g.index > 30 || !re.sameDayRe.test(window.slice(0, g.index))) return h;
  const end = from + g.index + g.raw.length;
  const close = re.eraCloseRe.exec(text.slice(end, end + 8));
  return { ...g, raw: text.slice(h.index, end + (close ? close[0].length : 0)).trim(), index: h.index, hijri: h.hijri };
}

/**
 * The first date written with a month name — Gregorian (also the dual `M1/M2` form) or Hijri — or a numeric Hijri
 * date with its هـ. A Hijri date followed by the Gregorian one it equals gives that Gregorian day.
 */
export function findNamedDate(text: string): FoundDate | null {
  // (each of its expressions holds a year of four figures)
  return holdsYear(text) ? withTime(namedDate(text), text) : null;
}

/** `findNamedDate` without the clock time after the date. */
function namedDate(text: string): FoundDate | null {
  const g = findGregorianNamed(text);
  const h = findHijri(text);
  return h && (!g || h.index < g.index) ? withStatedGregorian(h, text) : g;
}

/** The first numeric Gregorian date, years 1900–2100. */
function findGregorianNumeric(text: string): FoundDate | null {
  if (!numericShape.test(text)) return null;
  const read = (y: number, mo: number, d: number, m: RegExpExecArray): FoundDate | null => {
    const iso = y >= 1900 && y <= 2100 ? toIso(y, mo, d) : null;
    return iso ? { iso, raw: m[0], index: m.index, hijri: null } : null;
  };
  return earliest(
    first(re.isoStampRe, text, (m) => read(num(m[1]), num(m[2]), num(m[3]), m)),
    first(re.dmyRe, text, (m) => read(num(m[4]), num(m[3]), num(m[1]), m)),
    first(re.ymdRe, text, (m) => read(num(m[1]), num(m[3]), num(m[4]), m)),
  );
}

/** The first numeric date: ISO `YYYY-MM-DD` (or a timestamp), `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, `YYYY/M/D`. */
export function findNumericDate(text: string): FoundDate | null {
  return withTime(findGregorianNumeric(text), text);
}

/** The first date written with an English month name: `March 14, 2024`, `14 March 2024`. */
export function findLatinDate(text: string): FoundDate | null {
  return withTime(latinDate(text), text);
}

/** `findLatinDate` without the clock time after the date. */
function latinDate(text: string): FoundDate | null {
  const read = (mi: number, di: number) => (m: RegExpExecArray): FoundDate | null => {
    const month = latinNumber.get(m[mi]!.toLowerCase());
    const iso = month === undefined ? null : toIso(Number(m[3]), month, Number(m[di]));
    return iso ? { iso, raw: m[0], index: m.index, hijri: null } : null;
  };
  return earliest(first(re.latinMdyRe, text, read(1, 2)), first(re.latinDmyRe, text, read(2, 1)));
}

/**
 * An Arabic letter (HAMZA..YEH, FARSI YEH): what a month name read by `namedDate` folds to holds. A text without one
 * (a tag's `2017-01-22T00:06:00`, a numeric stamp) names no month, and its named-date expressions are not run.
 */
const monthLetter = /[\u0621-\u064A\u06CC]/u;
const mayNameMonth = (text: string): boolean => monthLetter.test(text);

/** Any stated date: named (Gregorian or Hijri, Arabic or English month names) or numeric, whichever comes first. */
export function findAnyDate(text: string): FoundDate | null {
  // every date expression holds a year of four figures: a text without four figures in a row is not searched
  if (!holdsYear(text)) return null;
  // (a clock time after a date does not move it: it is read once, after the first date is chosen)
  return withTime(earliest(mayNameMonth(text) ? namedDate(text) : null, findGregorianNumeric(text), /[A-Za-z]{3}/u.test(text) ? latinDate(text) : null), text);
}

/** Adds the clock time written right after a date, if any. */
function withTime(d: FoundDate | null, text: string): FoundDate | null {
  if (!d) return null;
  const time = clockTimeAt(text, d.index + d.raw.length);
  // (the fields written out: a spread of the four cost more than the rest of this function)
  return time ? { iso: d.iso, raw: d.raw, index: d.index, hijri: d.hijri, time } : d;
}
