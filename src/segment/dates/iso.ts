/** Days in each month of a common year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A leap year of the Gregorian calendar (the proleptic one `Date` counts in). */
const leap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** yyyy-mm-dd for a real calendar day (whole numbers, years 1000-2999), else null. */
export function toIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && leap(year) ? 29 : monthDays[month - 1]!)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
