import { functionWords } from '../data/function-words.js';
import { foldKey } from '../fold.js';
import { WordEnds } from './word-ends.js';
import { WordTable } from './word-table.js';

// The content words of a line: what a headline and its lead share (lead-overlap.ts), read from the folded key in
// place and compared by hash.

/** The function words (folded), asked about a key's fields in place. */
const fnWords = functionWords.map(foldKey);
const fnKeyWords = new WordTable(fnWords);
/** A screen before the table: most fields are no function word, and are not hashed. */
const fnEnds = new WordEnds(fnWords);

/** Whether the field s[from, to) (3 units or more) is a function word. */
function isFunctionField(s: string, from: number, to: number): boolean {
  return fnEnds.mayHold(s, from, to) && fnKeyWords.hasRange(s, from, to);
}

/** The content words of a folded key, each as its place in the key: no string is sliced out to compare them. */
export interface KeyWords {
  readonly key: string;
  /** Three numbers per word: its shape (a cheap hash: `shapeOf`), where it starts and where it ends in `key`. */
  readonly at: readonly number[];
}

/**
 * The content words of a folded text: without a leading article or conjunction and common suffixes, 3+ letters.
 * Its first `limit` fields between single spaces (`key.split(' ', limit)`) are read in place, and each word kept is
 * noted by its hash and place (`KeyWords`).
 */
export function contentWordsOf(key: string, limit: number): KeyWords {
  const at: number[] = [];
  let fields = 0;
  const len = key.length;
  for (let from = 0; from <= len && fields < limit; fields++) {
    // (a loop, not `indexOf`: a field is a few units, and each call of `indexOf` cost more than its search)
    let to = from;
    while (to < len && key.charCodeAt(to) !== 0x20) to++;
    if (to - from >= 3) pushContentWord(at, key, from, to);
    from = to + 1;
  }
  return { key, at };
}

/**
 * Notes the content word of the field s[from, to) in `at`, if it has one: the field without punctuation, then without
 * the first prefix and the first suffix of the lists that fit, when 3 units or more are left and the field is no
 * function word.
 */
function pushContentWord(at: number[], s: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && !isWordChar(s.charCodeAt(a))) a++;
  while (b > a && !isWordChar(s.charCodeAt(b - 1))) b--;
  // (an affix only shortens a word: one of fewer than 3 units is none before or after it goes)
  if (b - a < 3) return;
  a += prefixLength(s, a);
  if (b - a < 3) return;
  b -= suffixLength(s, b);
  // (the function words' table is asked last: most fields it turns away have no word of 3 units left anyway)
  if (b - a >= 3 && !isFunctionField(s, from, to)) at.push(shapeOf(s, a, b), a, b);
}

/**
 * A cheap hash of the word s[a, b) (3 units or more) for `countShared`: its length and its first two units and its
 * last one, mixed. Words of the same shape are compared unit by unit; most pairs of words differ in one of these.
 * (30 bits: a small integer to the engine, so the list stays an array of them.)
 */
function shapeOf(s: string, a: number, b: number): number {
  return (((b - a) << 20) ^ Math.imul(s.charCodeAt(a), 961) ^ Math.imul(s.charCodeAt(a + 1), 31) ^ s.charCodeAt(b - 1)) & 0x3fffffff;
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
function prefixLength(s: string, a: number): number {
  const c = s.charCodeAt(a);
  if (c === ALEF) return s.charCodeAt(a + 1) === LAM ? 2 : 0;
  if (c === LAM) return s.charCodeAt(a + 1) === LAM ? 2 : 1;
  if (c === WAW || c === BEH) return s.charCodeAt(a + 1) === ALEF && s.charCodeAt(a + 2) === LAM ? 3 : 1;
  if (c === FEH || c === KAF) return s.charCodeAt(a + 1) === ALEF && s.charCodeAt(a + 2) === LAM ? 3 : 0;
  return 0;
}

/** The length of the first suffix of ات ين ون ها ه that the word ending at `b` ends with (0 for none), the word 3 units long or more. */
function suffixLength(s: string, b: number): number {
  const last = s.charCodeAt(b - 1);
  if (last === HEH) return 1;
  if (last === TEH) return s.charCodeAt(b - 2) === ALEF ? 2 : 0;
  if (last === NOON) {
    const before = s.charCodeAt(b - 2);
    return before === YEH || before === WAW ? 2 : 0;
  }
  if (last === ALEF) return s.charCodeAt(b - 2) === HEH ? 2 : 0;
  return 0;
}

function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0660 && c <= 0x0669);
}
