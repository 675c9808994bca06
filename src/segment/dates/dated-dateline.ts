import { foldKey } from '../fold.js';
import { findAnyDate, hasFigure, holdsYear, type FoundDate } from './find.js';
import { gregorianMonths, hijriMonths, weekdaySource, weekdays } from './months.js';

/** A dated dateline opening a paragraph or standing alone on a line: `الرياض، 6 يناير 2015 —`. */
export interface DatedDateline {
  /** The place as written, without the separator after it: `الرياض`, `مكة المكرمة`, `دمشق، سوريا`. */
  place: string;
  /** The date (its `index` is an offset into the searched text). */
  date: FoundDate;
  /** The agency as written, inside its brackets (`رويترز`) or bare after the date (`واس`), or null. */
  agencyText: string | null;
  /** How many characters of the text the dateline takes, with the separator and spaces after it (not a line break). */
  length: number;
  /** The dateline as written: `text.slice(0, length)`, trimmed. */
  raw: string;
}

/** Only the first line, and only its start, is looked at: a dateline is short. */
const maxLine = 240;
/** A place word: Arabic letters (with harakat and tatweel), no digit, no punctuation. */
const placeRe = /^[\s\u00A0]*([\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0640\u0670]{2,20}(?:(?:[ \u00A0]+|[ \u00A0]*[\u060C,][ \u00A0]*)[\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0640\u0670]{2,20}){0,3})/u;
/** Between the place and the date: a comma, a dash (also a lone tatweel) or spaces. */
const sepRe = /^(?:[ \u00A0]*[\u060C,][ \u00A0]*|[ \u00A0]*[-\u2013\u2014\u0640]+[ \u00A0]*|[ \u00A0]+)/u;
const weekdayRe = new RegExp(`^(?:\\u064A\\u0648\\u0645[ \\u00A0]+)?(?:${weekdaySource})[ \\u00A0]*(?:[\\u060C,][ \\u00A0]*)?`, 'u');
/** The era or Hijri mark the date's own span may leave out: `م`, `هـ`. */
const eraRe = /^[ \u00A0]*(?:\u0645|\u0647\u0640*)(?![\u0621-\u064A])/u;
const bracketAgencyRe = /^[ \u00A0]*[-\u2013\u2014]?[ \u00A0]*\(([^()\n]{1,40})\)/u;
/** A bare agency: one to three short words or capitals (`واس`, `أ ف ب`, `وكالات`, `AFP`). One group. */
const AGENCY = '((?:[\\u0621-\\u064A]{1,9}|[A-Z]{2,6})(?:[ .\\u00A0](?:[\\u0621-\\u064A]{1,9}|[A-Z]{2,6})){0,2})';
const DASH = '[-\\u2013\\u2014]';
/** A bare agency after the date, after an optional dash. */
const bareAgencyRe = new RegExp(`^[ \\u00A0]*(?:${DASH}[ \\u00A0]*)?${AGENCY}`, 'u');
/** A bare agency between two dashes: ` - كونا -`. */
const dashedAgencyRe = new RegExp(`^[ \\u00A0]*${DASH}[ \\u00A0]*${AGENCY}[ \\u00A0]*(?:--|${DASH}|[\\u0640:])[ \\u00A0]*`, 'u');
/** What ends a dateline inside a paragraph: a dash (`—`, `-`, `--`, a lone tatweel) or a colon. */
const endRe = /^[ \u00A0]*(?:--|[-\u2013\u2014\u0640:])[ \u00A0]*/u;
const lineEndRe = /^[ \u00A0\t]*(?:\r?\n|\r|$)/u;

/**
 * Words that make a "place" a label or a phrase instead: prepositions and particles (a place never ends on one),
 * time words, and the calendar words themselves. A shape rule, not a list of places.
 */
const notPlaceWords = new Set(
  [
    'في', 'من', 'الى', 'إلى', 'على', 'عن', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'نحو', 'حوالي', 'مع', 'و', 'او', 'أو', 'ثم',
    'يوم', 'اليوم', 'أمس', 'امس', 'غدا', 'تاريخ', 'بتاريخ', 'التاريخ', 'نشر', 'تحديث', 'آخر', 'عام', 'سنة', 'صباح', 'مساء',
    ...weekdays, ...gregorianMonths.map(([m]) => m), ...hijriMonths.map(([m]) => m),
  ].map(foldKey),
);

function isPlace(place: string): boolean {
  const words = place.split(/[\s\u00A0\u060C,]+/u).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && !words.some((w) => notPlaceWords.has(foldKey(w)));
}

/**
 * Whether a date found in `rest` can start at `x`. Every date the finders return opens with a figure, with a Latin
 * month name (`March 14, 2024`), or with the weekday set before its day's figure, which the finder takes from the
 * 24 characters before it (find.ts): so a figure stands within 24 characters of the start, or a Latin letter at it.
 * A cheap test that spares the date expressions most of the places a lead's first words offer
 * (test/dates-open.test.ts checks it against findAnyDate).
 */
export function mayOpenDate(rest: string, x: number): boolean {
  return hasFigure(rest.slice(x, x + 25)) || /^[A-Za-z]/u.test(rest.slice(x, x + 1));
}

/** The date that starts exactly at `at` in `line` (a weekday may stand first), or null. */
function dateAt(line: string, at: number): FoundDate | null {
  const rest = line.slice(at);
  // (the weekday is read only when it is asked about: a date may open after it, or the date found stands after it)
  const opens = mayOpenDate(rest, 0);
  let wd: RegExpExecArray | null = null;
  if (!opens) {
    wd = weekdayRe.exec(rest);
    if (!(wd && mayOpenDate(rest, wd[0].length))) return null;
  }
  const d = findAnyDate(rest);
  if (!d) return null;
  if (d.index !== 0) {
    if (opens) wd = weekdayRe.exec(rest);
    if (d.index !== (wd?.[0].length ?? -1)) return null;
  }
  return { ...d, index: at + d.index };
}

interface Tail {
  agencyText: string | null;
  end: number;
  /** Ended by a dash or colon (not by the end of the line). */
  dashed: boolean;
}

/** What follows the date: an era mark, an agency, then a dash or the line's end. Null if none of these ends it. */
function tail(line: string, from: number): Tail | null {
  let at = from;
  const era = eraRe.exec(line.slice(at));
  if (era) at += era[0].length;
  const bracket = bracketAgencyRe.exec(line.slice(at));
  if (bracket) at += bracket[0].length;
  // `… 2015 - كونا -`: a short bare agency between two dashes
  const between = bracket ? null : dashedAgencyRe.exec(line.slice(at));
  if (between && between[1]!.length <= 16) return { agencyText: between[1]!.trim(), end: at + between[0].length, dashed: true };
  const dash = endRe.exec(line.slice(at));
  if (dash || lineEndRe.test(line.slice(at))) return { agencyText: bracket ? bracket[1]!.trim() : null, end: at + (dash?.[0].length ?? 0), dashed: dash !== null };
  if (bracket) return null;
  // a bare agency only after an era mark or a dash, where the dateline ends right after it (`… 2015 م واس`,
  // `… 2015 - كونا -`): a date followed by words is otherwise the start of a sentence
  const bare = bareAgencyRe.exec(line.slice(at));
  if (!bare || bare[1]!.length > 16 || (!era && !/^[ \u00A0]*[-\u2013\u2014]/u.test(bare[0]))) return null;
  const after = at + bare[0].length;
  const closing = endRe.exec(line.slice(after));
  if (!closing && !lineEndRe.test(line.slice(after))) return null;
  return { agencyText: bare[1]!.trim(), end: after + (closing?.[0].length ?? 0), dashed: closing !== null };
}

const lineBreak = /[\r\n]/u;
const placeWord = /[^\s\u00A0\u060C,]+/gu;

/** `text.split(/\r?\n|\r/u, 1)[0]`: the text up to its first CR or LF. */
export function firstLine(text: string): string {
  const br = text.search(lineBreak);
  return br < 0 ? text : text.slice(0, br);
}

/** Where each word of a place ends (a word: a run of anything but spaces, NO-BREAK SPACE and commas). */
export function wordEnds(place: string): number[] {
  const ends: number[] = [];
  placeWord.lastIndex = 0;
  for (let m = placeWord.exec(place); m; m = placeWord.exec(place)) ends.push(m.index + m[0].length);
  return ends;
}

/**
 * A dated dateline at the start of `text` (the opening of a paragraph, or a line of its own): a short place (one to
 * four words, no digits), a comma, dash or space, a full date (a weekday may stand first; Gregorian or Hijri, named
 * or numeric, `هـ … الموافق …` pairs, a clock time after it), an optional agency in brackets (or bare, where the
 * dateline ends after it), then a dash or colon, or the end of the line. With only a space between place and date,
 * an agency or a closing dash is required. Decided by shape, never by a list of places. Pure; looks at the first 240
 * characters of the first line only.
 */
export function findDatedDateline(text: string): DatedDateline | null {
  const line = firstLine(text.slice(0, maxLine));
  // every date the finders return holds a year of four figures: a line without one holds no dated dateline
  if (!holdsYear(line)) return null;
  const p = placeRe.exec(line);
  if (!p) return null;
  const lead = p[0].length - p[1]!.length;
  // the place may have taken a word of the date line (`القاهرة الأحد 3 مارس`): try shorter places too
  const ends = wordEnds(p[1]!);
  for (let k = ends.length; k >= 1; k--) {
    const place = p[1]!.slice(0, ends[k - 1]);
    if (!isPlace(place)) continue;
    const sep = sepRe.exec(line.slice(lead + place.length));
    if (!sep) continue;
    const date = dateAt(line, lead + place.length + sep[0].length);
    if (!date) continue;
    const t = tail(line, date.index + date.raw.length + (date.time?.raw.length ?? 0));
    // `place date` with only a space between and nothing after is as likely a headline ending in a date
    if (!t || (sep[0].trim() === '' && !t.dashed && t.agencyText === null)) continue;
    return { place, date, agencyText: t.agencyText, length: t.end, raw: text.slice(0, t.end).trim() };
  }
  return null;
}
