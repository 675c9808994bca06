import { countSpaceFields, fieldEnd } from '../split-spaces.js';
import type { Unit } from '../work.js';
import { readWords, words as pageWords, type Words } from './headline-keys.js';
import { FUNCTION, listedKindIn, RELATIVE, VERB, verbFormIn } from './headline-lists.js';
import { articleOpensIn, conjunctionOpensIn, headlineStopIn, mediaTaggedIn, opensClauseIn, pronounEndsIn, stemEndIn, stemStartIn } from './headline-words.js';
import { endsClause, endsSentence } from './piece-ends.js';

export { listedKind, verbShaped } from './headline-lists.js';
export { stem } from './headline-words.js';

// On a collapsed page the headline runs straight into its lead: `<headline> <lead…>`. Where it ends is found the
// way a reader finds it: the lead opens with a verb (Arabic news leads are verb-first: `أعلن`, `كشفت`, `يواجه`),
// repeats the headline's words in its first clause, and the headline neither ends on a preposition nor is followed
// by a conjunction or a relative pronoun. Each candidate cut is scored on those facts; the best one above a
// threshold cuts the piece. Known lead verbs only add to a verb's shape.

/**
 * At most this many words are read. The cut looks no further: its last cut is after word 30, and the lead it reads
 * after a cut is 25 words (words 0..54); the cuts it tries need the text to have 38 words (30 + 8) or more.
 */
const maxWords = 55;
// Scratch arrays for one headline, made once: a typed array made per call cost more than the cut's arithmetic.
// (headlineLength calls nothing that comes back to it.)
/** `ids[i]` numbers the stem of word i (the same stem, the same number), or is -1 for a function word or a short one. */
const ids = new Int32Array(maxWords);
/**
 * `known[i]`: how many different stems words 0..i-1 have. Stems are numbered in order of first appearance, so a
 * headline of p words has the stem numbered id exactly when id < known[p] (no set of its stems to keep).
 */
const known = new Int32Array(maxWords + 1);
/** `repeats[i]`: how many of words 0..i-1 have a stem an earlier word has (a bound on what a lead can repeat). */
const repeats = new Int32Array(maxWords + 1);
/** `kind[i]`: the lists word i is in (FUNCTION, VERB, RELATIVE). */
const kind = new Uint8Array(maxWords);
/** Where word i's stem starts and ends in the keys. */
const stemFrom = new Int32Array(maxWords);
const stemTo = new Int32Array(maxWords);
/** The stems seen, by hash (open addressing, 128 slots for at most 60 stems): 1 + the first word with it, 0 empty. */
const slots = new Int32Array(128);

/**
 * Headline words the lead repeats: a word in its first six counts 1, one further on 1/4 (a lead restates at once).
 * Numbers, not the stems themselves: a typed array read instead of a string hashed, some 25 times for each of 28 cuts.
 */
function overlap(n: number, p: number): number {
  let count = 0;
  const headline = known[p]!;
  for (let i = p; i < Math.min(n, p + 25); i++) if (ids[i]! >= 0 && ids[i]! < headline) count += i - p < 6 ? 1 : 0.25;
  return count;
}

/**
 * At least `overlap(n, p)`: the words of the lead whose stem any earlier word has (a headline word's stem is one),
 * read from the running count of such words.
 */
function mostOverlap(n: number, p: number): number {
  const near = Math.min(n, p + 6);
  return repeats[near]! - repeats[p]! + 0.25 * (repeats[Math.min(n, p + 25)]! - repeats[near]!);
}

/**
 * How strongly the words read as a headline of p words followed by a lead, when that can be more than `top`;
 * -Infinity when it cannot. The dearest facts, a verb's shape and the lead's repeats, are read last, and only when
 * they could lift the score over `top` (they add 1, and 1.5 times the repeats up to 3: `mostOverlap` bounds these).
 * The parts are multiples of 1/8, so their sum is exact in any order.
 */
function score(w: Words, n: number, p: number, top: number): number {
  const { raw, rawFrom, rawTo, keys } = w;
  if ((kind[p - 1]! & FUNCTION) !== 0 || (kind[p]! & RELATIVE) !== 0 || opensClauseIn(raw, rawFrom[p]!, rawTo[p]!)) return -Infinity;
  // (the key of the word after the cut, and the word before it as written)
  const a = w.keyFrom[p]!;
  const b = w.keyTo[p]!;
  const verb = (kind[p]! & VERB) !== 0;
  let s = verb ? 3 : 0;
  if (mediaTaggedIn(raw, rawFrom[p - 1]!, rawTo[p - 1]!) || headlineStopIn(raw, rawFrom[p - 1]!, rawTo[p - 1]!)) s += 3;
  if (conjunctionOpensIn(keys, a, b) && !verb) s -= 2;
  if (articleOpensIn(keys, a, b)) s -= 1;
  // a pronoun on the first word points back into the same sentence (`أطلقها`, `وصفهم`)
  if (pronounEndsIn(keys, a, b)) s -= 1.5;
  if (p >= 5 && p <= 18) s += 1;
  // (a verb's shape adds 1 to a word in no list)
  if (s + (verb ? 0 : 1) + 1.5 * Math.min(3, mostOverlap(n, p)) <= top) return -Infinity;
  if (!verb && (kind[p]! & FUNCTION) === 0 && verbFormIn(keys, a, b)) s += 1;
  return s + 1.5 * Math.min(3, overlap(n, p));
}

/** Whether words i and j (j < i) have the same stem. */
function sameStem(keys: Uint16Array, j: number, i: number): boolean {
  const a = stemFrom[i]!;
  const b = stemFrom[j]!;
  const n = stemTo[i]! - a;
  if (stemTo[j]! - b !== n) return false;
  for (let q = 0; q < n; q++) if (keys[a + q] !== keys[b + q]) return false;
  return true;
}

/**
 * Fills `kind` and `ids` for the first n words: stems numbered in order of first appearance, found by a hash of
 * their code units in `slots` (no stem string cut out and hashed again by a Map: that was a third of the headline's
 * cost).
 */
function stemIds(w: Words, n: number): void {
  const { keys, keyFrom, keyTo } = w;
  slots.fill(0);
  repeats[0] = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const from = keyFrom[i]!;
    const to = keyTo[i]!;
    known[i] = next;
    repeats[i + 1] = repeats[i]!;
    ids[i] = -1;
    kind[i] = listedKindIn(keys, from, to);
    if (to - from < 3 || (kind[i]! & FUNCTION) !== 0) continue;
    const a = from + stemStartIn(keys, from, to);
    const b = from + stemEndIn(keys, from, to, a - from);
    if (b - a < 3) continue;
    stemFrom[i] = a;
    stemTo[i] = b;
    let h = 0;
    for (let q = a; q < b; q++) h = (Math.imul(h, 31) + keys[q]!) | 0;
    for (let at = h & 127; ; at = (at + 1) & 127) {
      const j = slots[at]! - 1;
      if (j < 0) {
        slots[at] = i + 1;
        ids[i] = next++;
        break;
      }
      if (sameStem(keys, j, i)) {
        ids[i] = ids[j]!;
        repeats[i + 1]!++;
        break;
      }
    }
  }
}

/** The number of words the headline takes at the head of `text`, or 0 when no cut is convincing. */
export function headlineLength(text: string): number {
  const n = readWords(text, maxWords);
  if (n < 12) return 0;
  // (the module's binding read once: an imported binding is read afresh at each use)
  const w = pageWords;
  stemIds(w, n);
  let best = 0;
  let top = 4; // the threshold
  for (let p = 3; p <= Math.min(30, n - 8); p++) {
    const s = score(w, n, p, top);
    if (s > top) {
      top = s;
      best = p;
    }
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
    // (counted no further than the tests below look: 12 words; a longer piece is counted as far as the 150 words of
    // the head only when the loop goes on past it, which it seldom does)
    const n = countSpaceFields(t, 12);
    if (n < 12) {
      words += n;
      continue;
    }
    // (no read at -1: an index below 0 is looked up as a property name, the slow way)
    const prev = k > 0 ? pieces[k - 1]!.text : '';
    const prevWords = countSpaceFields(prev, 26);
    if (k > 0 && prevWords >= 3 && prevWords <= 25 && !endsClause(prev) && !/[0-9]/u.test(prev)) return pieces;
    const p = headlineLength(t);
    if (p > 0) {
      const cut = fieldEnd(t, p);
      return [...pieces.slice(0, k), { line: pieces[k]!.line, text: t.slice(0, cut).trim() }, { line: pieces[k]!.line, text: t.slice(cut).trim() }, ...pieces.slice(k + 1)];
    }
    // the first sentence of prose ends the head: no headline glued further down
    if (endsSentence(t)) return pieces;
    words += countSpaceFields(t, Math.max(12, 150 - words));
  }
  return pieces;
}
