import { functionWords } from '../data/function-words.js';
import { foldKey } from '../fold.js';
import { UnitBuffer } from './line-units.js';
import { WordEnds } from './word-ends.js';
import { WordTable } from './word-table.js';

// The content words of a line: what a headline and its lead share (lead-overlap.ts), read from the folded key in
// place and compared by hash.

/** The function words (folded), asked about a key's fields in place. */
const fnWords = functionWords.map(foldKey);
const fnKeyWords = new WordTable(fnWords);
/** A screen before the table, asked of the key's loaded units: most fields are no function word, and are not hashed. */
const fnEnds = new WordEnds(fnWords);

/** Whether the field s[from, to) (3 units or more; its units in `u`) is a function word. */
function isFunctionField(u: Uint16Array, s: string, from: number, to: number): boolean {
  return fnEnds.mayHoldUnits(u, from, to) && fnKeyWords.hasRange(s, from, to);
}

/** The content words of a folded key, each as its place in the key: no string is sliced out to compare them. */
export interface KeyWords {
  readonly key: string;
  /** Three numbers per word: its shape (a cheap hash: `shapeOf`), where it starts and where it ends in `key`. */
  readonly at: readonly number[];
  /**
   * A screen of the words' shapes, two halves of 32 bits (a shape sets bit `hash & 31` of the half `shapeHalf`
   * names): a shape whose bit is unset is none of the words', and the list is not searched for it (most of a
   * headline's words are not in a given lead).
   */
  readonly low: number;
  readonly high: number;
}

/** Which half of the screen (0: `low`, 1: `high`) the shape `hash` sets a bit of; the bit is `hash & 31`. */
const shapeHalf = (hash: number): number => (hash >>> 5) & 1;

/** The code units of the key being read (its own buffer: a line the measures loaded stays as it was). */
const keyUnits = new UnitBuffer(256);
/** The words of the key being read, three numbers each (`KeyWords.at`), kept between calls (written, never shrunk). */
const found: number[] = [];

/**
 * The content words of a folded text: without a leading article or conjunction and common suffixes, 3+ letters.
 * Its first `limit` fields between single spaces (`key.split(' ', limit)`) are read in place, and each word kept is
 * noted by its hash and place (`KeyWords`). (The key's units are read from a typed array loaded once: `charCodeAt`
 * on the key cost more, on a flat key and more so on one that is a slice of the page.)
 */
export function contentWordsOf(key: string, limit: number): KeyWords {
  const u = keyUnits.load(key);
  let n = 0;
  let low = 0;
  let high = 0;
  let fields = 0;
  const len = key.length;
  for (let from = 0; from <= len && fields < limit; fields++) {
    // (the buffer holds a space at `len`: the last field ends there)
    let to = from;
    while (u[to] !== 0x20) to++;
    if (to - from >= 3 && pushContentWord(found, n, u, key, from, to)) {
      const hash = found[n]!;
      if (shapeHalf(hash) === 0) low |= 1 << (hash & 31);
      else high |= 1 << (hash & 31);
      n += 3;
    }
    from = to + 1;
  }
  // (copied out at its size: an array pushed into from empty is made again at 17, 41 and 77 numbers)
  const at = found.slice(0, n);
  return { key, at, low, high };
}

/**
 * Notes the content word of the field s[from, to) (its units in `u`) in `at` at `n`, if it has one: the field without
 * punctuation, then without the first prefix and the first suffix of the lists that fit, when 3 units or more are
 * left and the field is no function word. Whether it had one.
 */
function pushContentWord(at: number[], n: number, u: Uint16Array, s: string, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && !isWordChar(u[a]!)) a++;
  while (b > a && !isWordChar(u[b - 1]!)) b--;
  // (an affix only shortens a word: one of fewer than 3 units is none before or after it goes)
  if (b - a < 3) return false;
  a += prefixLength(u, a);
  if (b - a < 3) return false;
  b -= suffixLength(u, b);
  // (the function words' table is asked last: most fields it turns away have no word of 3 units left anyway)
  if (b - a < 3 || isFunctionField(u, s, from, to)) return false;
  at[n] = shapeOf(u, a, b);
  at[n + 1] = a;
  at[n + 2] = b;
  return true;
}

/**
 * A cheap hash of the word s[a, b) (3 units or more) for `countShared`: its length and its first two units and its
 * last one, mixed. Words of the same shape are compared unit by unit; most pairs of words differ in one of these.
 * (30 bits: a small integer to the engine, so the list stays an array of them.)
 */
function shapeOf(u: Uint16Array, a: number, b: number): number {
  return (((b - a) << 20) ^ Math.imul(u[a]!, 961) ^ Math.imul(u[a + 1]!, 31) ^ u[b - 1]!) & 0x3fffffff;
}

/** How many content words `words` holds. */
export const wordCount = (words: KeyWords): number => words.at.length / 3;

/**
 * How many of `own`'s words (each time it stands) are among the words of `a` or `b` (either may be absent): the
 * words are compared by shape, and by their units only where the shape and the length agree.
 */
export function countShared(own: KeyWords, a: KeyWords | undefined, b: KeyWords | undefined): number {
  let n = 0;
  const at = own.at;
  for (let p = 0; p < at.length; p += 3) {
    if ((a !== undefined && holds(a, own.key, at[p]!, at[p + 1]!, at[p + 2]!)) || (b !== undefined && holds(b, own.key, at[p]!, at[p + 1]!, at[p + 2]!))) n++;
  }
  return n;
}

/** Whether `words` holds the word s[from, to), whose shape is `hash`. */
function holds(words: KeyWords, s: string, hash: number, from: number, to: number): boolean {
  // (the screen: no word of `words` has this shape)
  if ((((shapeHalf(hash) === 0 ? words.low : words.high) >>> (hash & 31)) & 1) === 0) return false;
  const at = words.at;
  const n = to - from;
  for (let q = 0; q < at.length; q += 3) {
    if (at[q] !== hash || at[q + 2]! - at[q + 1]! !== n) continue;
    const key = words.key;
    const start = at[q + 1]!;
    let j = 0;
    while (j < n && key.charCodeAt(start + j) === s.charCodeAt(from + j)) j++;
    if (j === n) return true;
  }
  return false;
}

// what a content word is stripped of, in the order it tries them (the first that fits): prefixes وال بال فال كال لل ال و ب ل,
// suffixes ات ين ون ها ه
const WAW = 0x0648; // ARABIC LETTER WAW
const BEH = 0x0628; // ARABIC LETTER BEH
const FEH = 0x0641; // ARABIC LETTER FEH
const KAF = 0x0643; // ARABIC LETTER KAF
const LAM = 0x0644; // ARABIC LETTER LAM
const ALEF = 0x0627; // ARABIC LETTER ALEF
const TEH = 0x062a; // ARABIC LETTER TEH
const NOON = 0x0646; // ARABIC LETTER NOON
const YEH = 0x064a; // ARABIC LETTER YEH
const HEH = 0x0647; // ARABIC LETTER HEH

/**
 * The length of the first prefix of وال بال فال كال لل ال و ب ل that the word at `a` opens with (0 for none), the word
 * 3 units long or more (a unit after the first is read only when the first asks for it).
 */
function prefixLength(u: Uint16Array, a: number): number {
  const c = u[a]!;
  if (c === ALEF) return u[a + 1] === LAM ? 2 : 0;
  if (c === LAM) return u[a + 1] === LAM ? 2 : 1;
  if (c === WAW || c === BEH) return u[a + 1] === ALEF && u[a + 2] === LAM ? 3 : 1;
  if (c === FEH || c === KAF) return u[a + 1] === ALEF && u[a + 2] === LAM ? 3 : 0;
  return 0;
}

/** The length of the first suffix of ات ين ون ها ه that the word ending at `b` ends with (0 for none), the word 3 units long or more. */
function suffixLength(u: Uint16Array, b: number): number {
  const last = u[b - 1]!;
  if (last === HEH) return 1;
  if (last === TEH) return u[b - 2] === ALEF ? 2 : 0;
  if (last === NOON) {
    const before = u[b - 2]!;
    return before === YEH || before === WAW ? 2 : 0;
  }
  if (last === ALEF) return u[b - 2] === HEH ? 2 : 0;
  return 0;
}

function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0660 && c <= 0x0669);
}
