import { figureNumber } from './figures.js';

/** A clock time written right after a date. */
export interface ClockTime {
  /** `HH:MM`, 24-hour. */
  value: string;
  /** The text it was read from, from the end of the date (separators, `الساعة`, `مساءً` included). */
  raw: string;
}

const DG = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/**
 * `، الساعة 05:16 مساءً`, ` - 10:30 ص`, ` | 15:54 GMT`, `, 9:05 PM`: separators, an optional `الساعة` (`في الساعة`),
 * hours and minutes (seconds), an optional half of the day. Groups hours, minutes, half.
 */
const timeRe = new RegExp(
    `^[ \\t]*(?:[\\u060C,|\\-\\u2013\\u2014][ \\t]*)?(?:(?:\\u0641\\u064A[ \\t]+)?\\u0627\\u0644\\u0633\\u0627\\u0639\\u0629[ \\t]+)?(${DG}{1,2}):(${DG}{2})(?::${DG}{2})?(?!${DG})` +
      `(?:[ \\t]*(\\u0635\\u0628\\u0627\\u062D\\u0627?\\u064B?|\\u0645\\u0633\\u0627\\u0621\\u064B?\\u0627?\\u064B?|\\u0635|\\u0645|AM|PM|am|pm|GMT|UTC)(?![\\u0621-\\u064A]))?`,
  'u',
);

/** The clock time at `from` in `text` (after a date), or null. Looks at 40 characters at most. */
export function clockTimeAt(text: string, from: number): ClockTime | null {
  const m = timeRe.exec(text.slice(from, from + 40));
  if (!m) return null;
  let h = figureNumber(m[1]!);
  const min = figureNumber(m[2]!);
  if (h > 23 || min > 59) return null;
  const half = m[3] ?? '';
  const pm = /^(?:\u0645|PM|pm)/u.test(half); // م, مساءً, PM
  const am = /^(?:\u0635|AM|am)/u.test(half); // ص, صباحاً, AM
  if ((pm || am) && (h < 1 || h > 12)) return null;
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  return { value: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, raw: m[0] };
}
