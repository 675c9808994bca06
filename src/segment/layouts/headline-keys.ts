import { foldKey, shortString } from '../fold.js';
import { UnitBuffer } from '../lines/line-units.js';
import { isRegexSpace } from '../split-spaces.js';

// The key the headline cut compares a word by: `foldKey(w)` without what is no letter or digit. foldKey works a
// code unit at a time (a mark goes, a letter folds), so the key of a word is, unit by unit, the key of each unit
// alone, less the units whose key is no letter or digit: one pass over the word, no second string to strip. Two
// things are no business of one unit: a word with an ASCII letter in its key (foldKey lowercases the whole key then,
// and lowercasing may read the letters around) and a surrogate (half of a character); those words are keyed
// the plain way.

/** Per code unit, what its key is: 0 not worked out yet, DROP, PLAIN (the word is keyed the plain way), or the unit + KEPT. */
const memo = new Int32Array(0x10000);
const DROP = 1;
const PLAIN = 2;
const KEPT = 3 << 16;
const letterOrDigit = /^[\p{L}\p{N}]$/u;

function unitKey(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return PLAIN;
  const k = foldKey(String.fromCharCode(c));
  if (k.length === 0) return DROP;
  const u = k.charCodeAt(0);
  if (k.length > 1 || (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7a) return PLAIN;
  return letterOrDigit.test(k) ? KEPT | u : DROP;
}

/** (a longer word is keyed the plain way: the scratch buffer stays small) */
const longest = 256;
const scratch = new Uint16Array(longest);

/** `foldKey(w).replace(/[^\p{L}\p{N}]/gu, '')`: the word's folded letters and digits. */
export function wordKey(w: string): string {
  if (w.length > longest) return plainKey(w);
  let n = 0;
  // 0 while every unit is kept as itself: the key is the word
  let changed = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let m = memo[c]!;
    if (m === 0) memo[c] = m = unitKey(c);
    if (m === PLAIN) return plainKey(w);
    if (m === DROP) {
      changed = 1;
      continue;
    }
    const u = m & 0xffff;
    changed |= u ^ c;
    scratch[n++] = u;
  }
  if (changed === 0) return w;
  return fromScratch(n);
}

/**
 * The first n units of the scratch buffer as a string. A word of up to 8 units (most) is made by
 * `String.fromCharCode` with its arguments written out: a call with an array spread out cost a fifth of the cut.
 */
function fromScratch(n: number): string {
  if (n === 0) return '';
  return n <= 8 ? shortString(scratch, n) : String.fromCharCode.apply(null, scratch.subarray(0, n) as unknown as number[]);
}

function plainKey(w: string): string {
  return foldKey(w).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The first words of a text, as `splitSpaces(text, limit)` splits them, in typed arrays: word i is `raw[rawFrom[i]
 * .. rawTo[i])` (its code units, at their offsets in the text) and its key (`wordKey`) is `keys[keyFrom[i]..
 * keyTo[i])`. The headline cut reads some 55 words of every collapsed page: a string per word and another per key
 * cost more than the reading.
 */
export interface Words {
  raw: Uint16Array;
  rawFrom: Int32Array;
  rawTo: Int32Array;
  keys: Uint16Array;
  keyFrom: Int32Array;
  keyTo: Int32Array;
}

/** The words of the last text `readWords` read (scratch arrays, grown as needed). */
export const words: Words = {
  raw: new Uint16Array(1024), rawFrom: new Int32Array(64), rawTo: new Int32Array(64),
  keys: new Uint16Array(1024), keyFrom: new Int32Array(64), keyTo: new Int32Array(64),
};

/** Writes the key of `text[from..to)` at `k` of the keys the plain way (the word holds a unit keyed so); returns its end. */
function plainInto(w: Words, text: string, from: number, to: number, k: number, left: number): number {
  const key = plainKey(text.slice(from, to));
  // (a fold may write more units than it reads: room for this key and for the rest of the text)
  if (k + key.length + left > w.keys.length) {
    const grown = new Uint16Array(2 * (k + key.length + left));
    grown.set(w.keys.subarray(0, k));
    w.keys = grown;
  }
  for (let i = 0; i < key.length; i++) w.keys[k + i] = key.charCodeAt(i);
  return k + key.length;
}

/** The units of the last text `readWords` read (`words.raw` is its array). */
const rawUnits = new UnitBuffer(1024);

/**
 * Reads the first `limit` words of `text` (at most) into `words`; returns how many: `splitSpaces(text, limit).length`.
 * The text's units are copied into `words.raw` at once and read from there: `charCodeAt` on a piece of a page (a
 * slice of it) cost some two fifths of the reading.
 */
export function readWords(text: string, limit: number): number {
  const w = words;
  const len = text.length;
  if (limit > w.rawFrom.length) for (const f of ['rawFrom', 'rawTo', 'keyFrom', 'keyTo'] as const) w[f] = new Int32Array(limit);
  if (len + 1 > w.keys.length) w.keys = new Uint16Array(2 * len + 1);
  if (limit <= 0) return 0;
  // (raw[len] is a space: the last word ends there)
  const raw = rawUnits.load(text);
  w.raw = raw;
  const { rawFrom, rawTo, keyFrom, keyTo } = w;
  let keys = w.keys;
  let count = 0;
  let from = 0;
  let k = 0;
  keyFrom[0] = 0;
  // whether the word holds a unit that makes it keyed the plain way
  let plain = false;
  for (let q = 0; ; q++) {
    const c = raw[q]!;
    if (!isRegexSpace(c)) {
      let m = memo[c]!;
      if (m === 0) memo[c] = m = unitKey(c);
      if (m === PLAIN) plain = true;
      else if (m !== DROP) keys[k++] = m & 0xffff;
      continue;
    }
    rawFrom[count] = from;
    rawTo[count] = q;
    if (plain) {
      k = plainInto(w, text, from, q, keyFrom[count]!, len - q);
      keys = w.keys;
    }
    keyTo[count] = k;
    count++;
    if (q >= len || count >= limit) return count;
    // (a run of spaces is one break)
    let end = q + 1;
    while (end < len && isRegexSpace(raw[end]!)) end++;
    from = end;
    q = end - 1;
    keyFrom[count] = k;
    plain = false;
  }
}
