import { headerChrome, inlineMarkers, leadingChrome, stampLabels, tailMarkers } from '../boilerplate/inline.js';
import { chromeLines, cutoffLines } from '../boilerplate/phrases.js';
import { phraseSource, phrasesSource } from '../fuzzy-phrases.js';

// The chrome phrases a collapsed page is cut around, found in one pass over the text. The phrases make one
// alternation of some 140 branches, and a regex engine tries every branch at every position of the text: that
// scan was a sixth of a one-line page's segmentation. So the text is scanned here first, a code unit at a time,
// for the places where a phrase can begin at all (its first letter, not inside a word), and the expression runs
// only there, anchored (sticky). It finds exactly the matches the global expression finds: a match can only start
// at such a place, and at each place the anchored expression does what the global one does there.

/** Chrome phrases of two words or more (one word may be prose: `شارك`, `إعلان`). */
export const markerPhrases: readonly string[] = [
  ...tailMarkers.map(([p]) => p), ...inlineMarkers.map(([p]) => p), ...leadingChrome, ...stampLabels, ...headerChrome,
  ...chromeLines.map(([p]) => p), ...cutoffLines,
].filter((p) => p.trim().includes(' ') || p.includes(':'));
// a label may carry a count with its unit (`مدة القراءة: 7 دقائق`, `المشاهدات: 1520`)
const source = `(?<![\\p{L}\\p{N}\\p{M}])(?:${phrasesSource(markerPhrases, false)})(?:\\s*:\\s*[0-9\\u0660-\\u0669]+(?:\\s+[\\u0621-\\u064A]+)?)?(?![\\p{L}\\p{N}])`;
/** The phrases, searched through the text (the reference the scan below must equal). */
export const markers = new RegExp(source, 'giu');
const markersAt = new RegExp(source, 'iuy');

/** One character of a regex source: a class without quantifier, an escape, or a plain character. */
const oneChar = /^(?:\[(?:[^\]\\]|\\.)*\]|\\.|[^\\[\](){}*+?|^$.])$/u;

/** Every code unit of the Basic Multilingual Plane in order, surrogates replaced by a space (a string of 65,536). */
function allUnits(): string {
  let out = '';
  for (let from = 0; from < 0x10000; from += 0x1000) {
    const chunk: number[] = [];
    for (let c = from; c < from + 0x1000; c++) chunk.push(c >= 0xd800 && c <= 0xdfff ? 0x20 : c);
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/**
 * Per code unit, 1 where the one-character expression `one` matches it alone (found a run at a time). Surrogates
 * stay 0: they are half of a character, which a code unit alone cannot tell (the scan tries the expression there).
 */
function unitTable(one: string, flags: string, units: string): Uint8Array {
  const out = new Uint8Array(0x10000);
  for (const m of units.matchAll(new RegExp(`(?:${one})+`, `g${flags}`))) out.fill(1, m.index, m.index + m[0].length);
  out.fill(0, 0xd800, 0xe000);
  return out;
}

/**
 * The units a phrase may begin with (under the expression's flags), or null when a phrase's source does not open
 * with one character (then every place is tried). Every phrase opens with a character of the Basic Plane.
 */
function phraseStarts(units: string): Uint8Array | null {
  const firsts = new Set<string>();
  for (const p of markerPhrases) {
    const cp = [...p.normalize('NFC')][0] ?? '';
    const first = phraseSource(cp, false);
    if (cp === '' || cp.length > 1 || !oneChar.test(first) || !phraseSource(p, false).startsWith(first)) return null;
    firsts.add(first);
  }
  return unitTable([...firsts].join('|'), 'iu', units);
}

/** Sets `mask` in `out` for every code unit the one-character expression `one` matches alone (as `unitTable`, surrogates left out). */
function markUnits(out: Uint32Array, one: string, mask: number, units: string): void {
  for (const m of units.matchAll(new RegExp(`(?:${one})+`, 'giu'))) {
    for (let c = m.index; c < m.index + m[0].length; c++) if (c < 0xd800 || c > 0xdfff) out[c]! |= mask;
  }
}

/** The first one-character item of a regex source, and the quantifier after it ('' for none). */
const leadItem = /^(\[(?:[^\]\\]|\\.)*\]|\\.|[^\\[\](){}*+?|^$.])([*+?{]?)/u;

/**
 * Per code unit, a bit for each group of phrases (grouped by the item their source opens with) that can start
 * with it, and a bit for each group with a phrase whose second code unit it can be. A place is tried only when one
 * group has both bits, for the unit there and the one after it: most words that open with a phrase's first letter
 * (an alef, a meem) go on with a letter no phrase of that group goes on with. A phrase whose second item is not a
 * plain one-character item (optional, a group) lets any unit pass after its first. Null when a phrase's source does
 * not open with one plain item, or there are more than 32 groups.
 */
function pairTables(units: string): { first: Uint32Array; second: Uint32Array } | null {
  const groups = new Map<string, string[]>();
  for (const p of markerPhrases) {
    const src = phraseSource(p, false);
    const a = leadItem.exec(src);
    if (!a || a[2] !== '') return null;
    const b = leadItem.exec(src.slice(a[1]!.length));
    // ('' stands for any unit)
    const second = b && (b[2] === '' || b[2] === '+') ? b[1]! : '';
    groups.set(a[1]!, [...(groups.get(a[1]!) ?? []), second]);
  }
  if (groups.size > 32) return null;
  const first = new Uint32Array(0x10000);
  const second = new Uint32Array(0x10000);
  let bit = 0;
  for (const [item, seconds] of groups) {
    const mask = (1 << bit++) >>> 0;
    markUnits(first, item, mask, units);
    if (seconds.includes('')) for (let c = 0; c < 0x10000; c++) second[c]! |= mask;
    else markUnits(second, seconds.join('|'), mask, units);
  }
  // a surrogate is half of a character, which a code unit alone cannot tell: after a first unit, it always passes
  second.fill(0xffffffff, 0xd800, 0xe000);
  return { first, second };
}

let tables: { starts: Uint8Array | null; inWord: Uint8Array; pairs: { first: Uint32Array; second: Uint32Array } | null } | null = null;

/** Every match of `markers` in `t`, in order, as the global expression finds them. */
export function markerMatches(t: string): RegExpExecArray[] {
  if (tables === null) {
    const units = allUnits();
    // (the look-behind's class: no phrase starts right after a letter, a digit or a mark)
    const starts = phraseStarts(units);
    // (the pairs only narrow the places the first letters allow: without those, every place is tried)
    tables = { starts, inWord: unitTable('[\\p{L}\\p{N}\\p{M}]', 'u', units), pairs: starts === null ? null : pairTables(units) };
  }
  const { starts, inWord, pairs } = tables;
  const out: RegExpExecArray[] = [];
  // (each code unit is read once: the one before a place is the one the loop read last)
  let before = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const prev = before;
    before = c;
    if (starts !== null && (starts[c] === 0 || (i > 0 && inWord[prev] === 1))) continue;
    // (at the last unit no pair is there to look at: the expression decides)
    if (pairs !== null && i + 1 < t.length && (pairs.first[c]! & pairs.second[t.charCodeAt(i + 1)]!) === 0) continue;
    markersAt.lastIndex = i;
    const m = markersAt.exec(t);
    if (!m) continue;
    out.push(m);
    // the global search goes on where the match ended (one further on after an empty match)
    i += Math.max(m[0].length, 1) - 1;
    before = t.charCodeAt(i);
  }
  return out;
}
