import { isSiteKey, nameShaped, siteEvidence } from '../head/evidence.js';
import { captionKind } from '../caption.js';
import { classifyLine, isCutoff } from '../classify.js';
import { functionWords, sentenceOpeners } from '../data/function-words.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { agencyOf, agencyOfKey, findDatelineLine, isPlaceKey } from '../dateline.js';
import { findAnyDate } from '../dates/find.js';
import { dateLineNoise } from '../dates/noise.js';
import { foldKey } from '../fold.js';
import { scanLine } from './scan-line.js';
import type { Unit, Work } from '../work.js';

// What one line looks like, measured once: the raw material of the line features (features.ts). Every measure
// describes how text is written (length, punctuation, figures, scripts, function words, dates), not which
// site wrote it; the name lists (sites, places, agencies, chrome phrases) only add hints.

/** Verbs of reported speech that open a sentence after و/ف (`وقال`, `وأضاف`). */
const speech = ['قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اشار', 'اشارت', 'اوضح', 'اوضحت', 'تابع', 'تابعت', 'لفت', 'لفتت', 'بين', 'بينت', 'شدد', 'شددت', 'راي', 'رات', 'اعتبر', 'اعتبرت', 'جاء', 'جاءت', 'يقول', 'تقول', 'يضيف', 'تضيف', 'كشف', 'كشفت', 'ذكر', 'ذكرت'];
const bylineLabels = ['كتب', 'كتبت', 'بقلم', 'بواسطة', 'اعداد', 'تقرير', 'حوار', 'متابعة', 'by', 'تحرير', 'ترجمة'];
/** The lists a line's first word is looked up in, as bits of one map: one lookup for the word, one for what follows و/ف. */
const FUNCTION = 1;
const OPENER = 2;
const VERB = 4;
const SPEECH = 8;
const BYLINE = 16;
const wordBits = new Map<string, number>();
for (const [list, bit] of [[functionWords.map(foldKey), FUNCTION], [sentenceOpeners.map(foldKey), OPENER], [leadVerbs.map(foldKey), VERB], [speech, SPEECH], [bylineLabels, BYLINE]] as const) {
  for (const w of list) wordBits.set(w, (wordBits.get(w) ?? 0) | bit);
}
/**
 * `صحيفة X`, `جريدة X`, `X نت`, `X أونلاين`, a domain: a named outlet, known or not. Three expressions, asked in
 * turn (the one alternation they were searched every position of the key): the name opens the key, the suffix ends
 * it (its last 12 units hold it: a space and 11 letters at most), and a domain needs a dot.
 */
const outletOpening = /^(?:صحيفه|جريده|موقع|مجله|قناه|اذاعه|شبكه|بوابه|وكاله)\s/u;
const outletEnding = /\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني)$/u;
const outletDomain = /\b[a-z0-9-]+\.(?:com|net|org|info|ps|sa|eg|ma|dz|tn|jo|lb|iq|sy|ae|qa|kw|bh|om|ye|sd|ly)\b/u;
const isOutlet = (key: string): boolean =>
  outletOpening.test(key) || outletEnding.test(key.length > 12 ? key.slice(key.length - 12) : key) || (key.includes('.') && outletDomain.test(key));
const separatorRe = /\s[-–—|]\s|\s\u0640\s|\s:\s?|[^\s\d]:\s/gu;
const separatorUnits = /[-–—|:\u0640]/u;

export interface LineInfo {
  /** Words (runs of non-space). */
  wc: number;
  /** Folded key of the line (lines up to 300 characters; '' for longer ones). */
  key: string;
  /** The last non-space character (after closing quotes and brackets). */
  end: string;
  first: string;
  digits: number;
  latin: number;
  arabic: number;
  /** Function words among the first 40 words. */
  fn: number;
  /** Words looked at for `fn`. */
  seen: number;
  url: boolean;
  email: boolean;
  handle: boolean;
  phone: boolean;
  /** A date stated on the line, and how many words are left when it (and labels, times, weekdays) go. */
  date: boolean;
  dateRest: number;
  time: boolean;
  separators: number;
  pipe: boolean;
  colonSpaced: boolean;
  outlet: boolean;
  knownSite: boolean;
  /** The folder's template says this short line is the site's name. */
  folderSite: boolean;
  knownPlace: boolean;
  knownAgency: boolean;
  chrome: boolean;
  cutoff: boolean;
  caption: boolean;
  /** Which shape of photo caption (caption.ts), or null. */
  captionKind: string | null;
  bylineLabel: boolean;
  firstIsFunction: boolean;
  firstIsOpener: boolean;
  firstIsConjoined: boolean;
  firstIsVerb: boolean;
  /** The first word is و/ف with a verb or a definite noun after it (`وقال`, `والحكومة`): a sentence going on. */
  continues: boolean;
  bracketed: boolean;
  starred: boolean;
  /** An agency dateline alone on the line: `بيروت ـ (رويترز) -`. */
  datelineLine: boolean;
  /** Short parts between dashes, one a known place or agency, the others names or outlets: a byline or dateline. */
  bylineShaped: boolean;
  /** Content words (folded, affixes off) of the first 25 fields of the key, for overlap with the lead (made when asked for). */
  content: readonly string[] | null;
  /** The first fields of the key its content words are read from (`leadKey`; made when asked for). */
  leadKey: string | null;
}


/** Lines of more words than this are prose: the label and name measures (and the folded key) are skipped. */
export const SHORT_WORDS = 25;

/** Measures one unit. `work` gives the user's rules (sites, boilerplate lines) to the lexicon hints. */
export function lineInfo(u: Unit, work: Work): LineInfo {
  const text = u.text;
  const scan = scanLine(text);
  const wc = scan.words;
  const short = wc <= SHORT_WORDS && text.length <= 300;
  const key = short ? foldKey(text) : '';
  const endAt = lastTextChar(text);
  const info: LineInfo = {
    wc, key, end: endAt >= 0 ? text[endAt]! : '', first: short ? firstField(key) : foldKey(scan.first), digits: scan.digits, latin: scan.latin,
    arabic: scan.arabic, fn: scan.fn, seen: scan.seen,
    url: false, email: false, handle: false, phone: scan.phone,
    date: false, dateRest: wc, time: false,
    separators: 0, pipe: false, colonSpaced: false, outlet: false,
    knownSite: false, folderSite: false, knownPlace: false, knownAgency: false, chrome: false, cutoff: false, caption: false, captionKind: null,
    bylineLabel: false, continues: false, firstIsFunction: false, firstIsOpener: false, firstIsConjoined: false, firstIsVerb: false,
    bracketed: false, starred: false, bylineShaped: false, datelineLine: false, content: null, leadKey: null,
  };
  firstWord(info, wc);
  if (short) shortLine(u, work, info);
  return info;
}

/** What the first word says: a function word, a particle, و/ف with a verb (a sentence going on), a byline label. */
function firstWord(info: LineInfo, wc: number): void {
  let end = info.first.length;
  // (a label's colon or dash after the word: COLON, HYPHEN-MINUS, EN DASH)
  while (end > 0 && labelEnd(info.first.charCodeAt(end - 1))) end--;
  const first = end === info.first.length ? info.first : info.first.slice(0, end);
  const bits = wordBits.get(first) ?? 0;
  const isFunction = (bits & FUNCTION) !== 0;
  info.firstIsFunction = isFunction;
  info.firstIsOpener = (bits & OPENER) !== 0;
  const c0 = first.charCodeAt(0);
  // و or ف run into the word: what follows it, sliced and looked up once
  const joined = c0 === 0x0648 || c0 === 0x0641;
  const rest = joined ? first.slice(1) : '';
  const restBits = joined ? (wordBits.get(rest) ?? 0) : 0;
  info.firstIsConjoined = joined && lettersOnly(rest, 3) && !isFunction;
  info.firstIsVerb = (bits & VERB) !== 0 || (info.firstIsConjoined && (restBits & VERB) !== 0);
  info.continues = joined && ((restBits & (VERB | SPEECH)) !== 0 || /^[وف]ال[\u0621-\u064A]{2,}/u.test(first) || /^[وف](?:قد|لم|لن|لا|كان|كانت|يذكر|يشار|تجدر|س[يتن])/u.test(first));
  info.bylineLabel = (bits & BYLINE) !== 0 && wc <= 8;
}

const labelEnd = (c: number): boolean => c === 0x3a || c === 0x2d || c === 0x2013;

/** `/^[\u0621-\u064A]{min,}$/u.test(s)`: at least `min` units, all Arabic letters HAMZA..YEH. */
function lettersOnly(s: string, min: number): boolean {
  if (s.length < min) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return true;
}

/** The measures that only short lines need (labels, names, dates): skipped on paragraphs. */
function shortLine(u: Unit, work: Work, info: LineInfo): void {
  const text = u.text;
  info.url = /https?:\/\/|www\./u.test(text);
  info.email = text.includes('@') && /[\w.+-]+@[\w-]+\.[\w.]+/u.test(text);
  info.handle = text.includes('@') && /(?:^|\s)@\w{2,}/u.test(text);
  info.time = text.includes(':') && /(?:^|[^\d])\d{1,2}:\d{2}(?!\d)/u.test(text);
  info.pipe = text.includes('|');
  info.colonSpaced = text.includes(' : ');
  // (both expressions are anchored on a bracket or a star: a line opening with neither is not asked)
  const c0 = text.charCodeAt(0);
  info.bracketed = (c0 === 0x28 || c0 === 0xff08) && /^[(（][^()]{1,40}[)）]\.?$/u.test(text);
  info.starred = c0 === 0x2a && /^\*\s*\S/u.test(text);
  info.outlet = isOutlet(info.key);
  info.chrome = classifyLine(text, work.rules, info.key) !== null;
  info.cutoff = isCutoff(text, work.rules, info.key);
  if (info.bracketed) info.knownAgency = agencyOf(text) !== null;
}

/**
 * The measures of head and tail lines only (names, places, captions, dates): a short line in the middle of the
 * body is a subheading or chrome whatever names it holds, so these are not taken there (they cost the most).
 */
export function edgeLine(u: Unit, work: Work, info: LineInfo, head: boolean): void {
  if (info.key === '') return;
  const text = u.text;
  // (every separator holds one of `-–—|:` or a tatweel: a line with none has none, and is not searched)
  info.separators = separatorUnits.test(text) ? (text.match(separatorRe) ?? []).length : 0;
  // site, byline and dateline lines are a few words; captions stand above the body
  if (head && info.wc <= 12) {
    info.captionKind = captionKind(text, info.key);
    info.caption = info.captionKind !== null;
  }
  if (info.wc <= 8) partMeasures(text, work, info);
  if (text.length <= 160 && info.digits > 0 && info.wc <= 16) dateMeasures(text, info);
}

/** What splits a short line into parts: dashes, a bar, a colon, a tatweel, brackets (with the spaces around them). */
const partSplit = /\s*[-–—|:\u0640]\s*|\s*[(（)）]\s*/u;

/** The names a short line's parts hold (a site, a place, an agency) and whether they make it a byline or dateline. */
function partMeasures(text: string, work: Work, info: LineInfo): void {
  const parts: string[] = [];
  for (const piece of text.split(partSplit)) {
    const p = piece.trim();
    if (p !== '') parts.push(p);
  }
  // each part folded once, and asked once whether it names a site, a place or an agency
  let site = false;
  let place = false;
  let agency = false;
  let anchor = -1;
  const named: boolean[] = [];
  for (let k = 0; k < parts.length; k++) {
    const key = foldKey(parts[k]!);
    if (!site) site = isSiteKey(parts[k]!, key, work);
    const isPlace = isPlaceKey(key);
    const isAgency = agencyOfKey(key) !== null;
    place ||= isPlace;
    agency ||= isAgency;
    if (anchor < 0 && (isPlace || isAgency)) anchor = k;
    named.push(isPlace || isAgency);
  }
  info.knownSite = site;
  info.folderSite = work.template?.isSite(info.key) === true;
  info.knownPlace = place;
  info.knownAgency ||= agency;
  info.datelineLine = findDatelineLine(text) !== null;
  info.bylineShaped = parts.length >= 2 && parts.length <= 3 && anchor >= 0 && parts.every((p, k) => k === anchor || named[k]! || nameShaped(p) || siteEvidence(p, work));
}

function dateMeasures(text: string, info: LineInfo): void {
  const d = findAnyDate(text);
  if (!d) return;
  info.date = true;
  // the same day may be stated twice (`… 2013 الموافق 28 رمضان 1434`): the second date is no rest either
  let restText = `${text.slice(0, d.index)} ${text.slice(d.index + d.raw.length)}`;
  const twin = findAnyDate(restText);
  if (twin) restText = `${restText.slice(0, twin.index)} ${restText.slice(twin.index + twin.raw.length)}`;
  const rest = foldKey(restText).replace(dateLineNoise, ' ').trim();
  info.dateRest = rest === '' ? 0 : rest.split(/\s+/u).length;
  // a wire dateline: a place before the date, an agency after it (`مكة المكرمة 25 شوال … م واس`)
  const after = text.slice(d.index + d.raw.length).replace(/^[\s\u0640م)(]+/u, '').trim();
  if (info.dateRest <= 5 && after !== '' && agencyOf(after) !== null) {
    info.dateRest = 0;
    info.knownAgency = true;
  }
}

/** `key.split(' ', 1)[0]`: the key up to its first space. */
function firstField(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** Closing quotes and brackets, and spaces, that a line's end is read past: `"'”»)]`, SPACE, TAB, NO-BREAK SPACE. */
const closers = new Set([0x22, 0x27, 0x201d, 0xbb, 0x29, 0x5d, 0x20, 0x09, 0xa0]);

/** Where the last character stands that is not a space, a quote or a closing bracket (-1 if none). */
function lastTextChar(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && closers.has(text.charCodeAt(k))) k--;
  return k;
}

