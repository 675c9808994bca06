/** Hijri (Umm al-Qura) -> Gregorian, using the `islamic-umalqura` calendar Node's Intl carries. */

let formatter: Intl.DateTimeFormat | null = null;

function hijriOf(ms: number): { y: number; m: number; d: number } {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = formatter.formatToParts(ms);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** ISO yyyy-mm-dd of a Hijri date, or null when it does not exist (e.g. day 30 of a 29-day month). */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 2000) return null;
  // A mean-month estimate lands within a few days; the calendar itself then fixes the day.
  const days = (year - 1) * 354.36707 + (month - 1) * 29.530589 + (day - 1);
  let ms = Date.UTC(622, 6, 16) + Math.round(days) * 86_400_000;
  for (let i = 0; i < 6; i++) {
    const h = hijriOf(ms);
    const diff = (year - h.y) * 354 + (month - h.m) * 29.5 + (day - h.d);
    if (h.y === year && h.m === month && h.d === day) return new Date(ms).toISOString().slice(0, 10);
    ms += Math.round(diff) * 86_400_000 || 86_400_000;
  }
  return null;
}
