import { foldKey } from '../fold.js';
import { gregorianMonths } from './months.js';

export interface FoundDate {
  iso: string;
  raw: string;
}

const monthByKey = new Map(gregorianMonths.map(([name, n]) => [foldKey(name), n]));
const monthAlternation = [...monthByKey.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, '\\s+'))
  .join('|');
/** Day, month name (or the dual form `M1/M2`), optional year, on folded text. */
const dayMonthYear = new RegExp(
  `(\\d{1,2})\\s+(${monthAlternation})(?:\\s*/\\s*(${monthAlternation}))?(?:\\s*،?\\s*(\\d{4}))?`,
  'u',
);
const weekday = /(?:(?:يوم\s+)?(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)،?\s+)?/u;

function monthOf(name: string): number | undefined {
  return monthByKey.get(name.replace(/\s+/g, ' '));
}

function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first complete Gregorian date (day, month, year) written out in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  const folded = foldKey(text).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const re = new RegExp(weekday.source + dayMonthYear.source, 'gu');
  for (const m of folded.matchAll(re)) {
    const [raw, day, m1, m2, year] = m;
    if (!year || !day || !m1) continue;
    const month = monthOf(m1);
    if (month === undefined || (m2 !== undefined && monthOf(m2) !== month)) continue;
    const iso = toIso(Number(year), month, Number(day));
    if (iso) return { iso, raw: rawSpan(text, raw) };
  }
  return null;
}

/** The span of the original text whose fold is `foldedRaw` (falls back to the folded form). */
function rawSpan(text: string, foldedRaw: string): string {
  const words = foldedRaw.split(' ');
  const original = text.split(/\s+/);
  for (let i = 0; i + words.length <= original.length; i++) {
    const candidate = original.slice(i, i + words.length).join(' ');
    if (foldKey(candidate).replace(/[،,]$/, '') === foldedRaw.replace(/[،,]$/, '')) return candidate.replace(/[،,]$/, '');
  }
  return foldedRaw;
}
