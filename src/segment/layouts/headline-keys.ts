import { foldKey, shortString } from '../fold.js';

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
