import { functionWords } from '../../src/segment/data/function-words.js';
import { foldKey } from '../../src/segment/fold.js';
import type { LineInfo } from '../../src/segment/lines/info.js';
import { isProse } from '../../src/segment/lines/shapes.js';
import { WordTable } from '../../src/segment/lines/word-table.js';

// The overlap of a head line with its lead as main 0fa6dd6 measured it (lines/features.ts `overlap`, lines/info.ts
// `contentOf` and `leadKey`, lines/content-words.ts): the line's content words as strings, each searched for in the
// lead's keys cut to their first 25 fields. The reference the cheaper measure (lines/lead-overlap.ts) is checked
// against.

const fnKeyWords = new WordTable(functionWords.map(foldKey));

/** The share of line k's content words found in the next two prose lines, as main 0fa6dd6 worked it out. */
export function overlapReference(infos: readonly LineInfo[], texts: readonly string[], k: number): number {
  const leadKey = (j: number): string => firstFieldsReference(infos[j]!.key || foldKey(texts[j]!.length > 200 ? texts[j]!.slice(0, 200) : texts[j]!), 25);
  const own = contentWordsReference(infos[k]!.key || leadKey(k), 25);
  let n = 0;
  if (own.length > 0) {
    let first = -1;
    let second = -1;
    for (let j = k + 1; j < Math.min(infos.length, k + 8) && second < 0; j++) {
      if (!isProse(infos[j])) continue;
      if (first < 0) first = j;
      else second = j;
    }
    const keys: string[] = [];
    for (const j of [first, second]) if (j >= 0) keys.push(leadKey(j));
    n = countSharedReference(own, keys);
  }
  return own.length > 0 ? n / own.length : 0;
}

/**
 * The content words of a folded text: without a leading article or conjunction and common suffixes, 3+ letters.
 * Its first `limit` fields between single spaces (`key.split(' ', limit)`) are read in place: a word is sliced out
 * once, affixes off, and only when it is kept.
 */
export function contentWordsReference(key: string, limit: number): string[] {
  const out: string[] = [];
  let fields = 0;
  for (let from = 0; from <= key.length && fields < limit; fields++) {
    let to = key.indexOf(' ', from);
    if (to < 0) to = key.length;
    const len = to - from;
    if (len >= 3 && !fnKeyWords.hasRange(key, from, to)) {
      const w = stripAffixes(key, from, to);
      if (w !== '') out.push(w);
    }
    from = to + 1;
  }
  return out;
}

/**
 * How many of `own` (each time it stands) are among the content words of `keys`, every field of each key read as
 * `contentWordsReference` reads it (a caller that reads only the first fields cuts the key first: `firstFields`):
 * `own.filter((w) => lead.has(w)).length` for the set `lead` of those words, without gathering it. A content word is
 * a stretch of its key, so a word of `own` found nowhere in a key (most of them: one search each) is none of its
 * content words; where it is found, the field around it says whether it is one.
 */
export function countSharedReference(own: readonly string[], keys: readonly string[]): number {
  let n = 0;
  // (a content word has 3 letters or more)
  for (const w of own) if (w.length >= 3 && keys.some((key) => isContentWordOf(w, key))) n++;
  return n;
}

/** Whether `w` (a content word: no space in it) is one of `contentWordsReference` of every field of `key`. */
function isContentWordOf(w: string, key: string): boolean {
  for (let p = key.indexOf(w); p >= 0; p = key.indexOf(w, p + 1)) {
    // the field around p
    const from = key.lastIndexOf(' ', p - 1) + 1;
    let to = key.indexOf(' ', p);
    if (to < 0) to = key.length;
    if (to - from < 3 || fnKeyWords.hasRange(key, from, to)) continue;
    if (strippedStart(key, from, to) === p && strippedEnd(key, p, to) === p + w.length) return true;
  }
  return false;
}

/** The first `limit` fields of `key` between single spaces (`key.split(' ', limit).join(' ')`, without the arrays). */
export function firstFieldsReference(key: string, limit: number): string {
  let at = -1;
  for (let k = 0; k < limit; k++) {
    at = key.indexOf(' ', at + 1);
    if (at < 0) return key;
  }
  return key.slice(0, at);
}

// what `stripAffixes` strips, in the order it tries them (the first that fits): prefixes وال بال فال كال لل ال و ب ل,
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

/** The length of the first prefix of وال بال فال كال لل ال و ب ل that s[a, b) opens with (0 for none). */
function prefixLength(s: string, a: number, b: number): number {
  const c = s.charCodeAt(a);
  const article = b - a >= 3 && s.charCodeAt(a + 1) === ALEF && s.charCodeAt(a + 2) === LAM;
  if (c === WAW || c === BEH) return article ? 3 : b - a >= 1 ? 1 : 0;
  if (c === FEH || c === KAF) return article ? 3 : 0;
  if (c === LAM) return b - a >= 2 && s.charCodeAt(a + 1) === LAM ? 2 : b - a >= 1 ? 1 : 0;
  if (c === ALEF) return b - a >= 2 && s.charCodeAt(a + 1) === LAM ? 2 : 0;
  return 0;
}

/** The length of the first suffix of ات ين ون ها ه that s[a, b) ends with (0 for none). */
function suffixLength(s: string, a: number, b: number): number {
  if (b - a < 1) return 0;
  const last = s.charCodeAt(b - 1);
  const before = b - a >= 2 ? s.charCodeAt(b - 2) : -1;
  if (last === TEH) return before === ALEF ? 2 : 0;
  if (last === NOON) return before === YEH || before === WAW ? 2 : 0;
  if (last === ALEF) return before === HEH ? 2 : 0;
  return last === HEH ? 1 : 0;
}

/**
 * The folded word s[from, to) without punctuation, its article or conjunction, and a plural or pronoun ending
 * (the first prefix and the first suffix of the lists that fit), or '' when fewer than 3 units are left.
 */
function stripAffixes(s: string, from: number, to: number): string {
  const a = strippedStart(s, from, to);
  const b = strippedEnd(s, a, to);
  return b - a >= 3 ? s.slice(a, b) : '';
}

/** Where `stripAffixes` makes the word s[from, to) start: past punctuation, then past the first prefix that fits. */
function strippedStart(s: string, from: number, to: number): number {
  let a = from;
  let b = to;
  while (a < b && !isWordChar(s.charCodeAt(a))) a++;
  while (b > a && !isWordChar(s.charCodeAt(b - 1))) b--;
  return a + prefixLength(s, a, b);
}

/** Where `stripAffixes` makes the word end, once it starts at `a` (`strippedStart`): before punctuation and the first suffix that fits. */
function strippedEnd(s: string, a: number, to: number): number {
  let b = to;
  while (b > a && !isWordChar(s.charCodeAt(b - 1))) b--;
  return b - suffixLength(s, a, b);
}

function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0660 && c <= 0x0669);
}
