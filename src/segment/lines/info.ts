import { classifyLine, isCutoff } from '../classify.js';
import { agencyOf } from '../dateline.js';
import { foldLoaded, foldRange } from '../fold.js';
import { firstWord } from './first-word.js';
import { isOutlet } from './outlet.js';
import { loadUnits } from './line-units.js';
import { scanLine } from './scan-line.js';
import type { Unit, Work } from '../work.js';

export { edgeLine } from './edge-line.js';

// What one line looks like, measured once: the raw material of the line features (features.ts). Every measure
// describes how text is written (length, punctuation, figures, scripts, function words, dates), not which
// site wrote it; the name lists (sites, places, agencies, chrome phrases) only add hints.

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
}


/** Lines of more words than this are prose: the label and name measures (and the folded key) are skipped. */
export const SHORT_WORDS = 25;

/** Measures one unit. `work` gives the user's rules (sites, boilerplate lines) to the lexicon hints. */
export function lineInfo(u: Unit, work: Work): LineInfo {
  const text = u.text;
  // (the line's units, loaded once: the scan reads them, and a short line's key is folded from them)
  const units = loadUnits(text);
  const scan = scanLine(text, units);
  const wc = scan.words;
  const short = wc <= SHORT_WORDS && text.length <= 300;
  const key = short ? foldLoaded(text, units) : '';
  const endAt = lastTextChar(text);
  const info: LineInfo = {
    wc, key, end: endAt >= 0 ? text[endAt]! : '', first: short ? firstField(key) : foldRange(text, units, scan.firstStart, scan.firstEnd), digits: scan.digits, latin: scan.latin,
    arabic: scan.arabic, fn: scan.fn, seen: scan.seen,
    url: false, email: false, handle: false, phone: scan.phone,
    date: false, dateRest: wc, time: false,
    separators: 0, pipe: false, colonSpaced: false, outlet: false,
    knownSite: false, folderSite: false, knownPlace: false, knownAgency: false, chrome: false, cutoff: false, caption: false, captionKind: null,
    bylineLabel: false, continues: false, firstIsFunction: false, firstIsOpener: false, firstIsConjoined: false, firstIsVerb: false,
    bracketed: false, starred: false, bylineShaped: false, datelineLine: false,
  };
  firstWord(info, wc);
  if (short) shortLine(u, work, info);
  return info;
}


/** The measures that only short lines need (labels, names, dates): skipped on paragraphs. */
function shortLine(u: Unit, work: Work, info: LineInfo): void {
  const text = u.text;
  // (a short line's figures and Latin letters are counted over all of it: a link needs Latin letters, a time ASCII
  // figures, and a line without them is not searched)
  info.url = info.latin > 0 && /https?:\/\/|www\./u.test(text);
  const at = text.includes('@');
  info.email = at && /[\w.+-]+@[\w-]+\.[\w.]+/u.test(text);
  info.handle = at && /(?:^|\s)@\w{2,}/u.test(text);
  // (a search for one unit is the engine's fast path; one for ' : ' is a call into the runtime, made only when
  // the line holds a colon, as few short lines do)
  const colon = text.includes(':');
  info.time = info.digits > 0 && colon && /(?:^|[^\d])\d{1,2}:\d{2}(?!\d)/u.test(text);
  info.pipe = text.includes('|');
  info.colonSpaced = colon && text.includes(' : ');
  // (both expressions are anchored on a bracket or a star: a line opening with neither is not asked)
  const c0 = text.charCodeAt(0);
  info.bracketed = (c0 === 0x28 || c0 === 0xff08) && /^[(（][^()]{1,40}[)）]\.?$/u.test(text);
  info.starred = c0 === 0x2a && /^\*\s*\S/u.test(text);
  info.outlet = isOutlet(info.key, info.latin);
  info.chrome = classifyLine(text, work.rules, info.key) !== null;
  info.cutoff = isCutoff(text, work.rules, info.key);
  if (info.bracketed) info.knownAgency = agencyOf(text) !== null;
}

/** `key.split(' ', 1)[0]`: the key up to its first space. */
function firstField(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** Closing quotes and brackets, and spaces, that a line's end is read past: `"'”»)]`, SPACE, TAB, NO-BREAK SPACE. */
const closers = new Uint8Array(0x10000);
for (const c of [0x22, 0x27, 0x201d, 0xbb, 0x29, 0x5d, 0x20, 0x09, 0xa0]) closers[c] = 1;

/** Where the last character stands that is not a space, a quote or a closing bracket (-1 if none). */
function lastTextChar(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && closers[text.charCodeAt(k)] === 1) k--;
  return k;
}

