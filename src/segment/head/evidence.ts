import { functionWords } from '../data/function-words.js';
import { officeWords } from '../data/captions.js';
import { agencyOf, isPlace } from '../dateline.js';
import { foldKey } from '../fold.js';
import { fuzzyRe } from '../fuzzy-phrases.js';
import { byUnit } from '../lines/first-char.js';
import { wordCount, type Work } from '../work.js';

// What a short piece of a head line (a part between separators) is: an outlet's name, a place, a person's name.
// Decided by shape first (how outlets, places and names are written), with the name lists as hints.

const fnWords = new Set(functionWords.map(foldKey));
const offices = new Set(officeWords.map(foldKey));
/** Name particles that a person's name may hold (`عبد الله`, `بن سالم`, `أبو علي`). */
const nameParticles = new Set(['بن', 'ابن', 'ابو', 'عبد', 'ال', 'بنت', 'ام']);
const outletWord = /^(?:صحيفه|جريده|موقع|مجله|قناه|اذاعه|شبكه|بوابه|وكاله|تلفزيون|راديو)\s/u;
const outletSuffix = /\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني|اليوم|24|tv)$/u;
const domain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|[a-z]{2})$/u;

/** `صحيفة الواحة`, `موقع المرصد`, `إذاعة الجنوب`: a named outlet, known or not. */
const outletRe = fuzzyRe(/^(?:صحيفة|جريدة|موقع|مجلة|قناة|إذاعة|شبكة|وكالة أنباء)\s+\S+(?:\s+\S+){0,2}$/u);

/** Whether `s` names a known site (the built-in list and the user's `--rules`), or is a named outlet. */
export function isSite(s: string, work: Work): boolean {
  return isSiteKey(s, foldKey(s), work);
}

/** `isSite` for a text whose key the caller has already (`folded` is `foldKey(s)`). */
export function isSiteKey(s: string, folded: string, work: Work): boolean {
  return work.rules.sites.has(siteName(folded)) || outletRe.test(s.trim());
}

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const OPEN = 0x28;
const CLOSE = 0x29;
/** COLON, ARABIC COMMA, COMMA: what `/[:،,]+$/u` takes off a name's end. */
const trailing = (c: number): boolean => c === 0x3a || c === 0x060c || c === 0x2c;

/**
 * `folded.replace(/["'()]/gu, '').replace(/[:،,]+$/u, '').trim()`, the name a site list is asked about: a key with
 * no quote or bracket is not searched for them, and its end is read back past the punctuation (the second
 * expression, anchored at the end, was tried at every position).
 */
function siteName(folded: string): string {
  let name = folded;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE || c === OPEN || c === CLOSE) {
      name = name.replace(/["'()]/gu, '');
      break;
    }
  }
  let end = name.length;
  while (end > 0 && trailing(name.charCodeAt(end - 1))) end--;
  return (end < name.length ? name.slice(0, end) : name).trim();
}

const partEnds = /^[\s"'«“(（\-–—\u0640]+|[\s"'»”)）:،,.\-–—\u0640]+$/gu;
/** The units `partEnds` takes off a part's start, and off its end (each a class of one code unit, asked once per unit). */
const opensDirty = byUnit(/^[\s"'«“(（\-–—\u0640]$/u);
const closesDirty = byUnit(/^[\s"'»”)）:،,.\-–—\u0640]$/u);

/**
 * Strips quotes, brackets and trailing punctuation from a part. A part whose first and last units are none of them
 * (nor a space) is itself: the expression is asked only of the others.
 */
export const cleanPart = (s: string): string =>
  s === '' || opensDirty(s.charCodeAt(0)) || closesDirty(s.charCodeAt(s.length - 1)) ? s.replace(partEnds, '').trim() : s;

/** Written like an outlet: `صحيفة X`, `X نت`, `X أونلاين`, a domain, or a short Latin name (`Al Anbaa`). */
export function outletShaped(part: string): boolean {
  const key = foldKey(cleanPart(part));
  if (key === '' || wordCount(key) > 5) return false;
  if (outletWord.test(key) || outletSuffix.test(key) || domain.test(key)) return true;
  return /^[a-z][a-z0-9 .&'-]{1,30}$/u.test(key) && wordCount(key) <= 4;
}

/** Evidence that a part names an outlet: its shape, the user's and built-in lists, or the folder's template. */
export function siteEvidence(part: string, work: Work): boolean {
  const p = cleanPart(part);
  if (p === '' || wordCount(p) > 5) return false;
  return outletShaped(p) || isSite(p, work) || work.template?.isSite(foldKey(p)) === true;
}

/** Shaped like a person's name: 2-4 words, no function word, figure or punctuation, not an office. */
export function nameShaped(part: string): boolean {
  const p = cleanPart(part);
  if (/[\d.:!?؟،,()"«»/]/u.test(p)) return false;
  const words = foldKey(p).split(' ');
  if (words.length < 2 || words.length > 4) return false;
  return !words.some((w) => fnWords.has(w) && !nameParticles.has(w)) && !offices.has(words[0]!);
}

/** A place as datelines write it: a known place, or one or two words with no figure or function word. */
export function placeShaped(part: string, strict = false): boolean {
  const p = cleanPart(part);
  if (isPlace(p)) return true;
  if (strict || /[\d.:!?؟()"«»]/u.test(p)) return false;
  const words = foldKey(p).split(/[\s،,]+/u);
  return words.length <= 2 && !words.some((w) => fnWords.has(w));
}

/** The agency a part names (a known agency, in brackets or not), or null. */
export function agencyIn(part: string): string | null {
  return agencyOf(cleanPart(part));
}

/** Separators between the parts of a head line: dashes, a bar, a tatweel standing alone, a colon. */
export const partSeparator = /\s+[-–—|\u0640]+\s+|\s*\|\s*|\s*:\s+|\s+:\s*/u;

/** Splits a head line into its parts (trimmed, empty parts left out). */
export function partsOf(text: string): string[] {
  return text.split(partSeparator).map(cleanPart).filter(Boolean);
}
