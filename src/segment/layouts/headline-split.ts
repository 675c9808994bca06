import { functionWords } from '../data/function-words.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { foldKey } from '../fold.js';
import { countSpaceFields, splitSpaces } from '../split-spaces.js';
import type { Unit } from '../work.js';

// On a collapsed page the headline runs straight into its lead: `<headline> <lead…>`. Where it ends is found the
// way a reader finds it: the lead opens with a verb (Arabic news leads are verb-first: `أعلن`, `كشفت`, `يواجه`),
// repeats the headline's words in its first clause, and the headline neither ends on a preposition nor is followed
// by a conjunction or a relative pronoun. Each candidate cut is scored on those facts; the best one above a
// threshold cuts the piece. Known lead verbs only add to a verb's shape.

const fnWords = new Set(functionWords.map(foldKey));
const verbs = new Set(leadVerbs.map(foldKey));
const relatives = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'مما', 'حيث', 'بينما'].map(foldKey));
const notLetterOrDigit = /[^\p{L}\p{N}]/u;
/** Per code unit, whether it alone is a letter or a digit (1), or not (2); 0 until asked. */
const wordUnit = new Uint8Array(0x10000);

/**
 * `notLetterOrDigit.test(w)`, a code unit at a time from a table the expression fills (one expression per word was
 * a tenth of the headline cut); a surrogate (half of a character) sends the word to the expression itself.
 */
function hasNonWordUnit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return notLetterOrDigit.test(w);
    if (wordUnit[c] === 0) wordUnit[c] = notLetterOrDigit.test(w[i]!) ? 2 : 1;
    if (wordUnit[c] === 2) return true;
  }
  return false;
}
/** A headline's label for its media: `(فيديو)`, `(صور)`. */
const mediaTag = /^[(（](?:فيديو|فيديوهات|صور|صوره|شاهد|انفوجراف|بالصور|بالفيديو)[)）]$/u;

/** A word shaped like a finite verb (past or present, third person), with no article. */
export function verbShaped(w: string): boolean {
  if (w.startsWith('ال') || fnWords.has(w) || w.length < 3 || w.length > 8) return false;
  return /^(?:[اأ]?[\u0621-\u064A]{3}|ا[\u0621-\u064A]{4}|است[\u0621-\u064A]{3}|ت[\u0621-\u064A]{3,4})(?:ت|وا|ا)?$|^[يت][\u0621-\u064A]{3,5}(?:ون|ان)?$/u.test(w);
}

const stemPrefixes = ['وال', 'بال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب'];
const longEndings = ['ات', 'ين', 'ون', 'ها'];
const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/**
 * A word without its article, conjunction and tense prefix: close enough to compare `يكتشف` and `اكتشف`. Written
 * out, it does what `w.replace(/^(?:وال|بال|فال|لل|ال|و|ف|ب)/u, '').replace(/^(?:[يتا]|است)(?=[\u0621-\u064A]{3})/u, '')
 * .replace(/(?:ات|ين|ون|ه|ها|ت)$/u, '')` did, without three expressions and two strings per word: the first prefix
 * of the list that fits; one tense letter before three letters (`است` is never reached: its `ا` is one); then the
 * ending that starts first (a two-letter one before `ه` or `ت`). test/segment-headline-stem.test.ts compares both.
 */
export function stem(w: string): string {
  let a = 0;
  for (const p of stemPrefixes) {
    if (w.startsWith(p)) {
      a = p.length;
      break;
    }
  }
  const tense = w.charCodeAt(a);
  // ي ARABIC LETTER YEH, ت ARABIC LETTER TEH, ا ARABIC LETTER ALEF
  if ((tense === 0x064a || tense === 0x062a || tense === 0x0627) && isLetter(w.charCodeAt(a + 1)) && isLetter(w.charCodeAt(a + 2)) && isLetter(w.charCodeAt(a + 3))) a++;
  let b = w.length;
  if (b - a >= 2 && longEndings.some((x) => w.endsWith(x))) b -= 2;
  else if (b - a >= 1) {
    const last = w.charCodeAt(b - 1);
    // ه ARABIC LETTER HEH, ت ARABIC LETTER TEH
    if (last === 0x0647 || last === 0x062a) b--;
  }
  return a === 0 && b === w.length ? w : w.slice(a, b);
}

/**
 * Headline words the lead repeats: a word in its first six counts 1, one further on 1/4 (a lead restates at once).
 * `ids[i]` numbers the stem of word i (the same stem, the same number), or is -1 for a function word or a short
 * one; `own[id]` is 1 for the stems of words 0..p-1 (the caller grows it as p grows). Numbers, not the stems
 * themselves: a typed array read instead of a string hashed, some 25 times for each of 28 cuts.
 */
function overlap(ids: Int32Array, own: Uint8Array, p: number): number {
  let n = 0;
  for (let i = p; i < Math.min(ids.length, p + 25); i++) if (ids[i]! >= 0 && own[ids[i]!] === 1) n += i - p < 6 ? 1 : 0.25;
  return n;
}

/** How strongly `words` read as a headline of p words followed by a lead (`own`: the stems of its p words). */
function score(words: readonly string[], raw: readonly string[], ids: Int32Array, own: Uint8Array, p: number): number {
  const next = words[p]!;
  const last = words[p - 1]!;
  if (fnWords.has(last) || relatives.has(next) || /^[،,:؛]/u.test(raw[p]!)) return -Infinity;
  let s = verbs.has(next) ? 3 : verbShaped(next) ? 1 : 0;
  s += 1.5 * Math.min(3, overlap(ids, own, p));
  if (mediaTag.test(raw[p - 1]!) || /(?:\.\.|[!؟?])["'”»]?$/u.test(raw[p - 1]!)) s += 3;
  if (/^[وف][\u0621-\u064A]{3,}/u.test(next) && !verbs.has(next)) s -= 2;
  if (next.startsWith('ال')) s -= 1;
  // a pronoun on the first word points back into the same sentence (`أطلقها`, `وصفهم`)
  if (/[\u0621-\u064A]{3,}(?:ها|هم|هما|هن)$/u.test(next)) s -= 1.5;
  if (p >= 5 && p <= 18) s += 1;
  return s;
}

/** The stem of each word as a number (equal stems, equal numbers), -1 for a function word or a short one. */
function stemIds(words: readonly string[]): Int32Array {
  const ids = new Int32Array(words.length).fill(-1);
  const seen = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (fnWords.has(w) || w.length < 3) continue;
    const st = stem(w);
    if (st.length < 3) continue;
    let id = seen.get(st);
    if (id === undefined) seen.set(st, (id = seen.size));
    ids[i] = id;
  }
  return ids;
}

/** The number of words the headline takes at the head of `text`, or 0 when no cut is convincing. */
export function headlineLength(text: string): number {
  const raw = splitSpaces(text, 60);
  if (raw.length < 12) return 0;
  const words = raw.map((w) => {
    const k = foldKey(w);
    // (most words are letters only: the replace, and its new string, only when something is to go)
    return hasNonWordUnit(k) ? k.replace(/[^\p{L}\p{N}]/gu, '') : k;
  });
  const ids = stemIds(words);
  let best = 0;
  let top = 4; // the threshold
  // the headline's stems for a cut at p, grown one word at a time
  const own = new Uint8Array(words.length);
  for (let i = 0; i < 3; i++) if (ids[i]! >= 0) own[ids[i]!] = 1;
  for (let p = 3; p <= Math.min(30, raw.length - 8); p++) {
    const s = score(words, raw, ids, own, p);
    if (s > top) {
      top = s;
      best = p;
    }
    if (ids[p]! >= 0) own[ids[p]!] = 1;
  }
  return best;
}

/**
 * Splits the headline off the first long piece of a page's head (unless a headline-shaped piece already stands
 * right before it). The pieces keep their line; the text is cut at a space.
 */
export function splitHeadline(pieces: Unit[]): Unit[] {
  let words = 0;
  for (let k = 0; k < pieces.length && words < 150; k++) {
    const t = pieces[k]!.text;
    const n = countSpaceFields(t);
    words += n;
    if (n < 12) continue;
    const prev = pieces[k - 1]?.text ?? '';
    const prevWords = countSpaceFields(prev);
    if (k > 0 && prevWords >= 3 && prevWords <= 25 && !/[.،,:]$/u.test(prev) && !/[0-9]/u.test(prev)) return pieces;
    const p = headlineLength(t);
    if (p > 0) {
      const cut = t.split(/(\s+)/u).slice(0, 2 * p - 1).join('').length;
      return [...pieces.slice(0, k), { line: pieces[k]!.line, text: t.slice(0, cut).trim() }, { line: pieces[k]!.line, text: t.slice(cut).trim() }, ...pieces.slice(k + 1)];
    }
    // the first sentence of prose ends the head: no headline glued further down
    if (/[.!?؟…]["'”»)]*$/u.test(t)) return pieces;
  }
  return pieces;
}
