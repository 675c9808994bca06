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
/** A headline's label for its media: `(فيديو)`, `(صور)`. */
const mediaTag = /^[(（](?:فيديو|فيديوهات|صور|صوره|شاهد|انفوجراف|بالصور|بالفيديو)[)）]$/u;

/** A word shaped like a finite verb (past or present, third person), with no article. */
export function verbShaped(w: string): boolean {
  if (w.startsWith('ال') || fnWords.has(w) || w.length < 3 || w.length > 8) return false;
  return /^(?:[اأ]?[\u0621-\u064A]{3}|ا[\u0621-\u064A]{4}|است[\u0621-\u064A]{3}|ت[\u0621-\u064A]{3,4})(?:ت|وا|ا)?$|^[يت][\u0621-\u064A]{3,5}(?:ون|ان)?$/u.test(w);
}

/** A word without its article, conjunction and tense prefix: close enough to compare `يكتشف` and `اكتشف`. */
function stem(w: string): string {
  return w.replace(/^(?:وال|بال|فال|لل|ال|و|ف|ب)/u, '').replace(/^(?:[يتا]|است)(?=[\u0621-\u064A]{3})/u, '').replace(/(?:ات|ين|ون|ه|ها|ت)$/u, '');
}

/**
 * Headline words the lead repeats: a word in its first six counts 1, one further on 1/4 (a lead restates at once).
 * `stems[i]` is the stem of word i, or '' for a function word or a short one; `own` holds the stems of words 0..p-1
 * (the caller grows it as p grows, rather than building it again for every cut).
 */
function overlap(stems: readonly string[], own: ReadonlySet<string>, p: number): number {
  let n = 0;
  for (let i = p; i < Math.min(stems.length, p + 25); i++) if (stems[i] !== '' && own.has(stems[i]!)) n += i - p < 6 ? 1 : 0.25;
  return n;
}

/** How strongly `words` read as a headline of p words followed by a lead (`own`: the stems of its p words). */
function score(words: readonly string[], raw: readonly string[], stems: readonly string[], own: ReadonlySet<string>, p: number): number {
  const next = words[p]!;
  const last = words[p - 1]!;
  if (fnWords.has(last) || relatives.has(next) || /^[،,:؛]/u.test(raw[p]!)) return -Infinity;
  let s = verbs.has(next) ? 3 : verbShaped(next) ? 1 : 0;
  s += 1.5 * Math.min(3, overlap(stems, own, p));
  if (mediaTag.test(raw[p - 1]!) || /(?:\.\.|[!؟?])["'”»]?$/u.test(raw[p - 1]!)) s += 3;
  if (/^[وف][\u0621-\u064A]{3,}/u.test(next) && !verbs.has(next)) s -= 2;
  if (next.startsWith('ال')) s -= 1;
  // a pronoun on the first word points back into the same sentence (`أطلقها`, `وصفهم`)
  if (/[\u0621-\u064A]{3,}(?:ها|هم|هما|هن)$/u.test(next)) s -= 1.5;
  if (p >= 5 && p <= 18) s += 1;
  return s;
}

/** The number of words the headline takes at the head of `text`, or 0 when no cut is convincing. */
export function headlineLength(text: string): number {
  const raw = splitSpaces(text, 60);
  if (raw.length < 12) return 0;
  const words = raw.map((w) => {
    const k = foldKey(w);
    // (most words are letters only: the replace, and its new string, only when something is to go)
    return notLetterOrDigit.test(k) ? k.replace(/[^\p{L}\p{N}]/gu, '') : k;
  });
  const stems = words.map((w) => {
    if (fnWords.has(w) || w.length < 3) return '';
    const st = stem(w);
    return st.length >= 3 ? st : '';
  });
  let best = 0;
  let top = 4; // the threshold
  // the headline's stems for a cut at p, grown one word at a time
  const own = new Set<string>();
  for (let i = 0; i < 3; i++) if (stems[i] !== '') own.add(stems[i]!);
  for (let p = 3; p <= Math.min(30, raw.length - 8); p++) {
    const s = score(words, raw, stems, own, p);
    if (s > top) {
      top = s;
      best = p;
    }
    if (stems[p] !== '') own.add(stems[p]!);
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
