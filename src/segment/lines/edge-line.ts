import { captionKind } from '../caption.js';
import { agencyOf, agencyOfKey, findDatelineLine, isPlaceKey } from '../dateline.js';
import { findAnyDate } from '../dates/find.js';
import { dateLineNoise } from '../dates/noise.js';
import { foldKey } from '../fold.js';
import { isSiteKey, nameShaped, siteEvidence } from '../head/evidence.js';
import type { Unit, Work } from '../work.js';
import type { LineInfo } from './info.js';
import { countSeparators } from './separators.js';

// The measures lineInfo (info.ts) leaves to the lines at the edges of a text: separators, captions, the names a
// short line's parts hold, dates.

/**
 * The measures of head and tail lines only (names, places, captions, dates): a short line in the middle of the
 * body is a subheading or chrome whatever names it holds, so these are not taken there (they cost the most).
 */
export function edgeLine(u: Unit, work: Work, info: LineInfo, head: boolean): void {
  if (info.key === '') return;
  const text = u.text;
  info.separators = countSeparators(text);
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
/** The units `partSplit` needs one of: a line with none is one part, and is not split. */
const partUnits = /[-–—|:\u0640(（)）]/u;

/** The names a short line's parts hold (a site, a place, an agency) and whether they make it a byline or dateline. */
function partMeasures(text: string, work: Work, info: LineInfo): void {
  const parts: string[] = [];
  for (const piece of partUnits.test(text) ? text.split(partSplit) : [text]) {
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
    // (a line of one part, untrimmed, is its own part: its key is the line's)
    const key = parts[k] === text ? info.key : foldKey(parts[k]!);
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
