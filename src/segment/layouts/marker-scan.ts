import { headerChrome, inlineMarkers, leadingChrome, stampLabels, tailMarkers } from '../boilerplate/inline.js';
import { chromeLines, cutoffLines } from '../boilerplate/phrases.js';
import { phraseSource, phrasesSource } from '../fuzzy-phrases.js';
import { mayBegin, prefixFilter, type PrefixFilter } from './phrase-prefix.js';

// The chrome phrases a collapsed page is cut around, found in one pass over the text. The phrases make one
// alternation of some 140 branches, and a regex engine tries every branch at every position of the text: that
// scan was a sixth of a one-line page's segmentation. So the text is scanned here first, a code unit at a time,
// for the places where a phrase can begin at all (not inside a word, and the first units there as some phrase
// begins: ./phrase-prefix.ts), and the expression runs only there, anchored (sticky). It finds exactly the matches
// the global expression finds: a match can only start at such a place, and at each place the anchored expression
// does what the global one does there. The scan reads every unit of the page once; it also notes whether the page
// holds a Latin letter or a bar (for the cuts around links, runs of Latin words and bars), searches of their own
// otherwise.

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

/** How many code units from a place the filter looks at before the expression is tried there. */
const depth = 6;

/** Per code unit, in the scan's table: a unit of a word (after which no phrase begins), ... */
const WORD = 1;
/** ... one some phrase may begin with, ... */
const START = 2;
/** ... a Latin letter (`[A-Za-z]`), ... */
const LATIN = 4;
/** ... a bar (`|` or U+2022 BULLET), ... */
const BAR = 8;
/** ... or a figure (`[0-9\u0660-\u0669]`). */
const FIGURE = 16;

let tables: { unit: Uint8Array; prefix: PrefixFilter | null } | null = null;

function makeTables(): NonNullable<typeof tables> {
  const units = allUnits();
  // (the look-behind's class: no phrase starts right after a letter, a digit or a mark)
  const sources = [...new Set(markerPhrases.map((p) => phraseSource(p, false)))];
  const inWord = unitTable('[\\p{L}\\p{N}\\p{M}]', 'u', units);
  const prefix = prefixFilter(sources, 'iu', depth, units);
  const unit = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // (without the filter, any unit may begin one)
    const start = prefix === null || prefix.starts[prefix.cls[c]!] === 1;
    const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const bar = c === 0x7c || c === 0x2022;
    const figure = (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
    unit[c] = (inWord[c] === 1 ? WORD : 0) | (start ? START : 0) | (latin ? LATIN : 0) | (bar ? BAR : 0) | (figure ? FIGURE : 0);
  }
  return { unit, prefix };
}

/** What one scan of a collapsed page finds. */
export interface PageScan {
  /** Every match of `markers`, in order, as the global expression finds them. */
  markers: RegExpExecArray[];
  /** Whether the page holds a Latin letter: `/[A-Za-z]/u.test(t)`. */
  latin: boolean;
  /** Whether the page holds a bar: `t.includes('|') || t.includes('\u2022')`. */
  bar: boolean;
  /** Whether the first `headLength` units hold a figure: `/[0-9\u0660-\u0669]/u.test(t.slice(0, headLength))`. */
  headFigure: boolean;
}

/** Every match of `markers` in `t`, in order, as the global expression finds them. */
export function markerMatches(t: string): RegExpExecArray[] {
  return scanPage(t).markers;
}

/**
 * Scans a collapsed page once for the chrome phrases, and notes a Latin letter, a bar, and a figure in the first
 * `headLength` units (where a stamp is looked for: ./stamp.ts).
 */
export function scanPage(t: string, headLength = 0): PageScan {
  tables ??= makeTables();
  const { unit, prefix } = tables;
  const out: RegExpExecArray[] = [];
  const n = t.length;
  // the table bits of every unit read
  let seen = 0;
  // the bits of the units before headLength
  let head = 0;
  // START while the unit before i is outside a word (or i is the start), else 0: a phrase may begin at i when the
  // unit there has the START bit too. (One test a unit, passed at about one place in nine: a loop that skipped
  // each word to its end took a branch at every word's end, which cost more.)
  let after = START;
  for (let i = 0; i < n; i++) {
    const k = unit[t.charCodeAt(i)]!;
    // (a test at each unit, which the processor guesses right at all but one)
    if (i === headLength) head = seen;
    seen |= k;
    if ((k & after) !== 0 && (prefix === null || mayBegin(prefix, t, i))) {
      markersAt.lastIndex = i;
      const m = markersAt.exec(t);
      if (m) {
        out.push(m);
        for (let j = i + 1; j < i + m[0].length; j++) {
          if (j === headLength) head = seen;
          seen |= unit[t.charCodeAt(j)]!;
        }
        // the global search goes on where the match ended (one further on after an empty match)
        const next = i + Math.max(m[0].length, 1);
        after = (~unit[t.charCodeAt(next - 1)]! & WORD) * START;
        i = next - 1;
        continue;
      }
    }
    // (worked out, not branched on: START for a unit outside a word, 0 for one inside)
    after = (~k & WORD) * START;
  }
  if (headLength >= n) head = seen;
  return { markers: out, latin: (seen & LATIN) !== 0, bar: (seen & BAR) !== 0, headFigure: (head & FIGURE) !== 0 };
}
