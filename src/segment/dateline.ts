import type { Dateline } from '../core/types.js';
import { agencyNames } from './data/agencies.js';
import { countryNames, placeNames } from './data/places.js';
import { foldKey } from './fold.js';
import { isRegexSpace } from './split-spaces.js';

// the first spelling in the list names the agency: `أ ف ب`, not its unhamzated variant `ا ف ب`
const agencies = new Map([...agencyNames].reverse().map((a) => [foldKey(a), a]));
const countries = new Set(countryNames.map(foldKey));
const places = new Set([...placeNames, ...countryNames].map(foldKey));

/** The agency named by `s` (as written in the list), or null. */
export function agencyOf(s: string): string | null {
  return agencyOfKey(foldKey(s));
}

/** `agencyOf` for a text already folded (`folded` is `foldKey(s)`): a caller that asks several questions folds once. */
export function agencyOfKey(folded: string): string | null {
  const key = folded.replace(/[()]/g, '').trim();
  return agencies.get(key) ?? null;
}

/** One key per agency however it is spaced or dotted: `أ ف ب`, `أ.ف.ب` and `ا ف ب` are the same agency. */
const agencyKey = (name: string): string => foldKey(name).replace(/[.\s]/gu, '');

/** Adds an agency to a list once (in any spelling); `first` puts it at the front (it was found higher up). */
export function addAgency(agencies: string[], name: string, first = false): void {
  const key = agencyKey(name);
  const at = agencies.findIndex((a) => agencyKey(a) === key);
  if (at >= 0 && !first) return;
  // an agency found earlier in the text (a dateline) moves to the front, in the spelling found there
  if (at >= 0) agencies.splice(at, 1);
  if (first) agencies.unshift(name);
  else agencies.push(name);
}

/** Whether `s` is exactly a known country name. */
export function isCountry(s: string): boolean {
  return countries.has(foldKey(s).replace(/["'()]/gu, '').trim());
}

/** Whether `s` is exactly a known place name. */
export function isPlaceExact(s: string): boolean {
  return places.has(foldKey(s).replace(/["'()]/gu, '').replace(/[,:]+$/u, '').trim());
}

/** Whether `s` is a known place (a city, region or country), possibly with a qualifier ("دمشق، سوريا"). */
export function isPlace(s: string): boolean {
  return isPlaceKey(foldKey(s));
}

/**
 * Whether a folded name needs the cleaning `isPlaceKey` gives it (quotes and brackets out, a comma or colon at the
 * end, spaces at either end): most names have none of these, and are looked up as they are.
 */
function needsCleaning(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const last = s.charCodeAt(n - 1);
  if (last === 0x2c || last === 0x3a || isRegexSpace(last) || isRegexSpace(s.charCodeAt(0))) return true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // QUOTATION MARK, APOSTROPHE, LEFT and RIGHT PARENTHESIS
    if (c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29) return true;
  }
  return false;
}

/** Where the first field of a place ends: at a comma (ARABIC COMMA, COMMA) or a space (`\s`). */
const fieldEnd = (c: number): boolean => c === 0x2c || c === 0x060c || isRegexSpace(c);

/** `isPlace` for a text already folded (`folded` is `foldKey(s)`). */
export function isPlaceKey(folded: string): boolean {
  const key = needsCleaning(folded) ? folded.replace(/["'()]/gu, '').replace(/[,:]+$/u, '').trim() : folded;
  if (places.has(key)) return true;
  // "دمشق، سوريا", "القدس المحتلة": a known place followed by a country or an adjective (the first field, up to a
  // comma or a space; then at most three words between single spaces)
  let end = 0;
  while (end < key.length && !fieldEnd(key.charCodeAt(end))) end++;
  if (!places.has(key.slice(0, end))) return false;
  let spaces = 0;
  for (let i = key.indexOf(' '); i >= 0 && spaces <= 2; i = key.indexOf(' ', i + 1)) spaces++;
  return spaces <= 2;
}

/**
 * An agency dateline at the start of a paragraph: `بيروت ـ (رويترز) -`, `دمشق، سوريا (CNN) --`,
 * `القاهرة - أ ف ب:`. Returns the dateline and the length of the prefix it takes, or null.
 */
const agencyPrefix = /^([^()\n]{2,40}?)\s*[-–—\u0640]?\s*\(([^()\n]{2,30})\)\s*(?:--|[-–—\u0640:])\s*/u;

/** The same without brackets: `الكويت - كونا -`, `القاهرة - أ ش أ:` (the agency must be a known one). */
const barePrefix = /^([^()\n\-–—\u0640:]{2,40}?)\s*[-–—\u0640]\s*([^()\n\-–—\u0640:]{2,20}?)\s*(?:--|[-–—\u0640:])\s*/u;

/** A dash of the bare form (the bare expression holds one before its agency). */
const dashUnit = /[-–—\u0640]/u;

export function findAgencyDateline(text: string): { dateline: Dateline; length: number } | null {
  const head = text.slice(0, 120);
  // (each expression is asked only of a head holding the character it cannot match without: a dash, a bracket)
  const bare = dashUnit.test(head) ? barePrefix.exec(head) : null;
  if (bare && agencyOf(bare[2]!.trim()) && isPlace(bare[1]!.trim())) {
    const place = bare[1]!.trim().replace(/[،,]$/u, '');
    return { dateline: { place, agency: agencyOf(bare[2]!.trim()), raw: bare[0].trim() }, length: bare[0].length };
  }
  const m = head.includes('(') ? agencyPrefix.exec(head) : null;
  if (!m) return null;
  const place = m[1]!.trim().replace(/[،,]$/u, '');
  const agencyRaw = m[2]!.trim();
  const agency = agencyOf(agencyRaw) ?? (/^[A-Z][A-Za-z. ]{1,14}$/u.test(agencyRaw) ? agencyRaw : null);
  if (!agency || !isPlace(place)) return null;
  return { dateline: { place, agency, raw: m[0].trim() }, length: m[0].length };
}

/** A line that is only `place [day month] (agency) -`: `سان خوسيه 20 يوليو (رويترز) -`. */
const datelineLine = /^([^()\n]{2,50}?)\s*[-–—\u0640]?\s*\(([^()\n]{2,30})\)\s*(?:--|[-–—\u0640:])?\s*$/u;

/**
 * A dateline standing alone on its line (the lead starts on the next): the agency must be a known one; the place
 * is what stands before any figures (a day and month may follow it), known or not.
 */
export function findDatelineLine(text: string): Dateline | null {
  // (the expression needs an opening bracket: a line without one is not searched)
  if (text.length > 90 || !text.includes('(')) return null;
  const m = datelineLine.exec(text.trim());
  const agency = m ? agencyOf(m[2]!) : null;
  if (!m || !agency) return null;
  const place = m[1]!.replace(/[\d\u0660-\u0669].*$/u, '').replace(/[\s،,\-–—\u0640]+$/u, '').trim();
  if (place === '' || place.split(/\s+/u).length > 4) return null;
  return { place, agency, raw: text.trim() };
}
