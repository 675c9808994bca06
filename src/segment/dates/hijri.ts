import { hijriToGregorian } from '@tabby_ai/hijri-converter';

/**
 * Hijri -> Gregorian. Inside 1343–1500 AH: the official Umm al-Qura calendar, from the month-start table of
 * `@tabby_ai/hijri-converter` (MIT), a TypeScript port of the Python hijri-converter / HijriDate by M. H. Alshehri
 * (MIT), whose table is compiled from the archived Umm al-Qura newspaper and KACST's comparative calendar data.
 * (Node's Intl `islamic-umalqura` is an approximation outside about 1420–1450 AH: off by a day or two.)
 * Outside the table: the arithmetical (tabular) Islamic calendar, which a record marks as computed, not official.
 */

/** The years the official table covers. */
export const ummAlQuraYears = { first: 1343, last: 1500 } as const;

export interface HijriConversion {
  /** ISO yyyy-mm-dd. */
  iso: string;
  /** 'umm-al-qura': the official table; 'arithmetical': computed outside its years, may be a day or two off. */
  calendar: 'umm-al-qura' | 'arithmetical';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoOf = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Leap years of the 30-year cycle (the common "Kuwaiti"/civil scheme: 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29). */
function isTabularLeap(year: number): boolean {
  return (14 + 11 * year) % 30 < 11;
}

/** Days in a month of the arithmetical calendar: odd months 30, even 29, the last one 30 in a leap year. */
function tabularMonthLength(year: number, month: number): number {
  return month % 2 === 1 || (month === 12 && isTabularLeap(year)) ? 30 : 29;
}

/** The arithmetical (civil) Islamic calendar: epoch Friday 16 July 622 (Julian). */
function tabularToIso(year: number, month: number, day: number): string {
  const days = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30);
  // Julian day number of 1 Muharram 1 AH is 1948440; JD 2440588 is 1970-01-01
  const ms = (days + 1948439 - 2440588) * 86_400_000;
  const d = new Date(ms);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The Gregorian day of a Hijri date and the calendar that gave it, or null when the date does not exist. */
export function convertHijri(year: number, month: number, day: number): HijriConversion | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 2000) return null;
  if (year >= ummAlQuraYears.first && year <= ummAlQuraYears.last) {
    try {
      const g = hijriToGregorian({ year, month, day });
      return { iso: isoOf(g.year, g.month, g.day), calendar: 'umm-al-qura' };
    } catch {
      return null; // day 30 of a 29-day month
    }
  }
  if (day > tabularMonthLength(year, month)) return null;
  return { iso: tabularToIso(year, month, day), calendar: 'arithmetical' };
}

/** ISO yyyy-mm-dd of a Hijri date, or null when it does not exist (e.g. day 30 of a 29-day month). */
export function hijriToIso(year: number, month: number, day: number): string | null {
  return convertHijri(year, month, day)?.iso ?? null;
}
