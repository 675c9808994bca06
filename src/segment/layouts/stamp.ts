import { stampLabels } from '../boilerplate/inline.js';
import { findAnyDate, type FoundDate } from '../dates/find.js';
import { fuzzyRe, phraseSource, phrasesSource } from '../fuzzy-phrases.js';
import { weekdaySource } from '../dates/months.js';

/** A publication stamp: where it starts and ends in the searched text, and the date it states. */
export interface Stamp {
  start: number;
  end: number;
  date: FoundDate;
}

const labelBefore = new RegExp(`(?:${phrasesSource(stampLabels)})\\s*$`, 'u');
const weekdayBefore = new RegExp(`(?:${weekdaySource})\\s*[،,]?\\s*$`, 'u');
const timeAfter = fuzzyRe(/^\s*[|،,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:GMT|UTC|ت\s?غ|ص|م)(?![\p{L}\p{M}]))?/u);
const namedAfter = /^\s*[0-9\u0660-\u0669]{1,2}\s+\S+\s+[0-9\u0660-\u0669]{4}/u;
// Cheap test before the date expressions run: a clock time, a stamp label, a weekday + digit, or `YYYY/M/D`.
// The weekday is looked for behind a figure (`[0-9](?<=weekday\s+[0-9])`, the same test as `weekday\s+[0-9]`):
// tried at every position, the weekdays' many spellings made it three times dearer. The hint's branches are
// searched in three groups: one alternation of them all is tried branch by branch at every
// place of the window, while an expression of words alone, or one that opens with a single figure class, is
// scanned for its first units (together half the alternation's cost). A text holds a match of the alternation
// exactly when it holds a match of one branch.
const wordHint = new RegExp(`Published|Updated|${phraseSource('نشر', false)}|${phraseSource('تحديث', false)}`, 'u');
const clockHint = /[0-9\u0660-\u0669]:[0-9\u0660-\u0669]{2}/u;
const figureHint = new RegExp(`[0-9]{4}[-./][0-9]{1,2}[-./][0-9]|[0-9](?<=(?:${weekdaySource})\\s+[0-9])`, 'u');

/**
 * Whether `w` holds one of the hint's branches, a group at a time (test/segment-stamp-hint.test.ts compares it with
 * the plain alternation, test/segment-stamp-hint-groups.test.ts with the one alternation it replaced). A caller that
 * knows `w` holds no figure (`[0-9\u0660-\u0669]`) says so in `figures`: the clock and the figure groups each open
 * with one, and each search of a window reads all of it (half the windows hold none).
 */
export function mayHoldStamp(w: string, figures = true): boolean {
  return wordHint.test(w) || (figures && (clockHint.test(w) || figureHint.test(w)));
}

/** A date written year first, all in figures: `2015-07-21`, `2015.07.21`, `2015/7/21`. */
const yearFirst = /^[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}$/u;

/** How far into a text a stamp is looked for. */
export const stampWindow = 700;

/**
 * A publication stamp in the first 700 characters: a labelled date (`Published 14 مايو 2026`,
 * `تاريخ النشر: 26.05.2026`), a weekday + date, a date + clock time, or a numeric and a named form side by side.
 * A bare date is not a stamp, unless written year first in figures. `figures` false: the window holds no figure
 * (`mayHoldStamp`).
 */
export function findStamp(text: string, figures = true): Stamp | null {
  const window = text.slice(0, stampWindow);
  if (!mayHoldStamp(window, figures)) return null;
  const d = findAnyDate(window);
  if (!d) return null;
  const before = window.slice(0, d.index);
  const label = labelBefore.exec(before) ?? weekdayBefore.exec(before);
  const after = window.slice(d.index + d.raw.length);
  const time = timeAfter.exec(after);
  const twin = namedAfter.exec(after) ? findAnyDate(after.slice(0, 40)) : null;
  // a date written year first in figures (`2015-07-21`, `2015.07.21`) is a machine's stamp: prose writes the day first
  if (!label && !time && !twin && !yearFirst.test(d.raw)) return null;
  const start = label ? label.index : d.index;
  // the era mark glued to the year (`2015م`, `1436هـ`) belongs to the date
  const era = /^\s?(?:\u0645|\u0647\u0640*)(?![\p{L}\p{M}])/u.exec(after)?.[0].length ?? 0;
  let end = d.index + d.raw.length + (time ? time[0].length : era);
  if (twin && twin.index < 5) end = d.index + d.raw.length + twin.index + twin.raw.length;
  return { start, end, date: d };
}

/** The length of the longest run of 3–30 words ending `before` that `text` starts with (a repeated title), or 0. */
export function repeatedTail(before: string, text: string): number {
  const words = before.slice(-800).trim().split(' ');
  for (let k = Math.min(30, words.length); k >= 3; k--) {
    const tail = words.slice(-k).join(' ');
    if (text.startsWith(tail) && (text.length === tail.length || text[tail.length] === ' ')) return tail.length;
  }
  return 0;
}
