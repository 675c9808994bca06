import { functionWords } from '../data/function-words.js';
import { officeWords } from '../data/captions.js';
import { agencyOf, isPlace } from '../dateline.js';
import { foldKey } from '../fold.js';
import { fuzzyRe } from '../fuzzy-phrases.js';
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
  return work.rules.sites.has(folded.replace(/["'()]/gu, '').replace(/[:،,]+$/u, '').trim()) || outletRe.test(s.trim());
}

/** Strips quotes, brackets and trailing punctuation from a part. */
export const cleanPart = (s: string): string => s.replace(/^[\s"'«“(（\-–—\u0640]+|[\s"'»”)）:،,.\-–—\u0640]+$/gu, '').trim();

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
