// The edge measures as they were before they were screened (src/segment/lines/info.ts and head/evidence.ts, main
// 0fa6dd6: the separators matched by one global expression, every short line split and each part folded, a site's
// name and a part's ends cleaned by expressions), kept word for word as the reference lines/edge-line.ts is checked
// against (test/segment-edge-screens.test.ts). Its own copies of isSiteKey, cleanPart and what calls cleanPart.
import { captionKind } from '../../src/segment/caption.js';
import { agencyOf, agencyOfKey, findDatelineLine, isPlaceKey } from '../../src/segment/dateline.js';
import { functionWords } from '../../src/segment/data/function-words.js';
import { officeWords } from '../../src/segment/data/captions.js';
import { findAnyDate } from '../../src/segment/dates/find.js';
import { dateLineNoise } from '../../src/segment/dates/noise.js';
import { foldKey } from '../../src/segment/fold.js';
import { fuzzyRe } from '../../src/segment/fuzzy-phrases.js';
import type { LineInfo } from '../../src/segment/lines/info.js';
import { wordCount, type Unit, type Work } from '../../src/segment/work.js';

const separatorRe = /\s[-–—|]\s|\s\u0640\s|\s:\s?|[^\s\d]:\s/gu;
const separatorUnits = /[-–—|:\u0640]/u;

const fnWords = new Set(functionWords.map(foldKey));
const offices = new Set(officeWords.map(foldKey));
const nameParticles = new Set(['بن', 'ابن', 'ابو', 'عبد', 'ال', 'بنت', 'ام']);
const outletWord = /^(?:صحيفه|جريده|موقع|مجله|قناه|اذاعه|شبكه|بوابه|وكاله|تلفزيون|راديو)\s/u;
const outletSuffix = /\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني|اليوم|24|tv)$/u;
const domain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|[a-z]{2})$/u;
const outletRe = fuzzyRe(/^(?:صحيفة|جريدة|موقع|مجلة|قناة|إذاعة|شبكة|وكالة أنباء)\s+\S+(?:\s+\S+){0,2}$/u);

export function isSiteKeyReference(s: string, folded: string, work: Work): boolean {
  return work.rules.sites.has(folded.replace(/["'()]/gu, '').replace(/[:،,]+$/u, '').trim()) || outletRe.test(s.trim());
}

export const cleanPartReference = (s: string): string => s.replace(/^[\s"'«“(（\-–—\u0640]+|[\s"'»”)）:،,.\-–—\u0640]+$/gu, '').trim();

function outletShaped(part: string): boolean {
  const key = foldKey(cleanPartReference(part));
  if (key === '' || wordCount(key) > 5) return false;
  if (outletWord.test(key) || outletSuffix.test(key) || domain.test(key)) return true;
  return /^[a-z][a-z0-9 .&'-]{1,30}$/u.test(key) && wordCount(key) <= 4;
}

function siteEvidenceReference(part: string, work: Work): boolean {
  const p = cleanPartReference(part);
  if (p === '' || wordCount(p) > 5) return false;
  return outletShaped(p) || isSiteKeyReference(p, foldKey(p), work) || work.template?.isSite(foldKey(p)) === true;
}

function nameShapedReference(part: string): boolean {
  const p = cleanPartReference(part);
  if (/[\d.:!?؟،,()"«»/]/u.test(p)) return false;
  const words = foldKey(p).split(' ');
  if (words.length < 2 || words.length > 4) return false;
  return !words.some((w) => fnWords.has(w) && !nameParticles.has(w)) && !offices.has(words[0]!);
}

export function edgeLineReference(u: Unit, work: Work, info: LineInfo, head: boolean): void {
  if (info.key === '') return;
  const text = u.text;
  // (every separator holds one of `-–—|:` or a tatweel: a line with none has none, and is not searched)
  info.separators = separatorUnits.test(text) ? (text.match(separatorRe) ?? []).length : 0;
  // site, byline and dateline lines are a few words; captions stand above the body
  if (head && info.wc <= 12) {
    info.captionKind = captionKind(text, info.key);
    info.caption = info.captionKind !== null;
  }
  if (info.wc <= 8) partMeasuresReference(text, work, info);
  if (text.length <= 160 && info.digits > 0 && info.wc <= 16) dateMeasuresReference(text, info);
}

/** What splits a short line into parts: dashes, a bar, a colon, a tatweel, brackets (with the spaces around them). */
const partSplit = /\s*[-–—|:\u0640]\s*|\s*[(（)）]\s*/u;

/** The names a short line's parts hold (a site, a place, an agency) and whether they make it a byline or dateline. */
function partMeasuresReference(text: string, work: Work, info: LineInfo): void {
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
    if (!site) site = isSiteKeyReference(parts[k]!, key, work);
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
  info.bylineShaped = parts.length >= 2 && parts.length <= 3 && anchor >= 0 && parts.every((p, k) => k === anchor || named[k]! || nameShapedReference(p) || siteEvidenceReference(p, work));
}

function dateMeasuresReference(text: string, info: LineInfo): void {
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
