import { deskWords } from './data/sites.js';
import { agencyOf, isCountry, isPlace, isPlaceExact } from './dateline.js';
import { foldKey } from './fold.js';
import { fuzzyRe } from './match.js';
import { drop, sentenceEnd, setField, wordCount, type Unit, type Work } from './model.js';

// Site lines, bylines and byline prefixes: `عين اليوم – جدة`, `جدة ـ فلان`, `فلان- سبق- الرياض:`.

const desks = new Set(deskWords.map(foldKey));
const separator = /\s*[-–—\u0640]\s*|\s+[-–—]\s*|\s*[-–—]\s+/u;
const separatorOrColon = /\s*[-–—\u0640:]\s*/u;
/** Whether `s` names a known site (quotes and trailing punctuation aside). */
export function isSite(s: string, work: Work): boolean {
  return work.rules.sites.has(foldKey(s).replace(/["'()]/gu, '').replace(/[:،,]+$/u, '').trim()) || outletRe.test(s.trim());
}

/** `صحيفة الواحة`, `موقع المرصد`, `إذاعة الجنوب`: a named outlet, known or not. */
const outletRe = fuzzyRe(/^(?:صحيفة|جريدة|موقع|مجلة|قناة|إذاعة|شبكة|وكالة أنباء)\s+\S+(?:\s+\S+){0,2}$/u);
/** A site that is not also a place: "الرياض" in a byline is the city, "عين اليوم" the site. */
function isSiteNotPlace(s: string, work: Work): boolean {
  return isSite(s, work) && !isPlace(s);
}

/** `site – city`, `name – site`, `city ـ name`: a site/byline/dateline line. True when it was one. */
export function readSiteLine(u: Unit, work: Work, namePlace = true): boolean {
  if (u.text.length > 80 || wordCount(u.text) > 10 || sentenceEnd.test(u.text)) return false;
  const parts = u.text.split(separatorOrColon).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1) {
    if (!isSite(parts[0]!, work)) return namePlace && readNamePlace(u, work);
    setField(work, 'sitename', parts[0]!);
    drop(work, u.line, u.text, 'site', 'byline/site-name');
    return true;
  }
  if (parts.length > 3 || parts.some((p) => wordCount(p) > 4)) return false;
  const known = parts.some((p) => isSite(p, work) || isPlace(p) || desks.has(foldKey(p)));
  // "name – place" with a place we do not know: two short parts, no digits, nothing else on the line
  // ("قريبا : تعديل قانون" is a headline: the unknown pair needs a dash, not a colon)
  const shortPair = parts.length === 2 && wordCount(u.text) <= 5 && parts.every((p) => wordCount(p) <= 3) && !/\d/u.test(u.text) && !u.text.includes(':');
  if (!known && !shortPair) return false;
  const hasSite = parts.some((p) => isSiteNotPlace(p, work));
  // "جدة – واس": an agency in a site line is the dateline's agency, not the author
  const agency = parts.map((p) => agencyOf(p)).find((a) => a !== null) ?? null;
  parts.forEach((p, k) => {
    if (agencyOf(p)) return;
    if (isPlace(p) && agency) setField(work, 'dateline', { place: p, agency, raw: u.text });
    else if (isSiteNotPlace(p, work) || (!hasSite && isSite(p, work) && parts.some((q) => q !== p && isPlace(q)) && k === 0)) setField(work, 'sitename', p);
    else if (isPlace(p) || (!known && k === 1)) setField(work, 'dateline', { place: p, agency: null, raw: u.text });
    else if (!desks.has(foldKey(p)) && wordCount(p) <= 4) setField(work, 'author', p);
  });
  drop(work, u.line, u.text, 'byline', 'byline/site-line');
  return true;
}

const functionWords = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بعد', 'قبل', 'ضد', 'حول', 'و', 'لا', 'لن', 'لم'].map(foldKey));
const isFunctionWord = (w: string): boolean => functionWords.has(foldKey(w));

/** `name place` / `place name` with the dash lost (the search profile drops a lone tatweel): 2–5 words. */
function readNamePlace(u: Unit, work: Work): boolean {
  const words = u.text.split(/\s+/u);
  if (words.length < 2 || words.length > 5 || /[\d.:!?؟،,]/u.test(u.text)) return false;
  for (const k of [2, 1]) {
    const tail = words.slice(-k).join(' ');
    const head = words.slice(0, k).join(' ');
    // bylines name a city, not a country, and a name holds no preposition ("ماكرون يتسلم رئاسة فرنسا" is a headline)
    const nameFirst = isPlaceExact(tail) && !isCountry(tail) && words.length - k <= 3 && !isPlaceExact(words[0]!) && !words.slice(0, -k).some(isFunctionWord);
    const placeFirst = isPlaceExact(head) && !isCountry(head) && words.length - k <= 3 && !words.slice(k).some(isFunctionWord);
    if (!nameFirst && !placeFirst) continue;
    setField(work, 'dateline', { place: nameFirst ? tail : head, agency: null, raw: u.text });
    setField(work, 'author', (nameFirst ? words.slice(0, -k) : words.slice(k)).join(' '));
    drop(work, u.line, u.text, 'byline', 'byline/name-place');
    return true;
  }
  return false;
}

/** A byline prefix ending in a colon: `فلان- سبق- جدة:`, `سبق- الدمام:`, `سبق تقول للمسؤول:`. */
export function readBylinePrefix(u: Unit, work: Work): Unit {
  const colon = u.text.indexOf(':');
  if (colon < 2 || colon > 70) return u;
  const prefix = u.text.slice(0, colon);
  if (wordCount(prefix) > 7) return u;
  const parts = prefix.split(separator).map((p) => p.trim()).filter(Boolean);
  const siteAt = parts.findIndex((p) => isSiteNotPlace(p, work) || isSiteNotPlace(p.split(/\s+/u)[0] ?? '', work));
  if (siteAt < 0) return u;
  const site = isSite(parts[siteAt]!, work) ? parts[siteAt]! : parts[siteAt]!.split(/\s+/u)[0]!;
  setField(work, 'sitename', site);
  parts.forEach((p, i) => {
    if (i === siteAt) return;
    if (isPlace(p)) setField(work, 'dateline', { place: p, agency: null, raw: prefix });
    else if (!desks.has(foldKey(p)) && wordCount(p) <= 4) setField(work, 'author', p.replace(/^بروفايل\s+/u, ''));
  });
  drop(work, u.line, u.text.slice(0, colon + 1), 'byline', 'byline/prefix');
  return { line: u.line, text: u.text.slice(colon + 1).trim() };
}

