import { headerChrome, inlineMarkers, leadingChrome, stampLabels, tailMarkers } from '../boilerplate/inline.js';
import { chromeLines, cutoffLines } from '../boilerplate/phrases.js';
import { phraseSource, phrasesSource } from '../fuzzy-phrases.js';
import { mayBegin, prefixFilter, type PrefixFilter } from './phrase-prefix.js';

// The chrome phrases a collapsed page is cut around, found in one pass over the text. The phrases make one
// alternation of some 140 branches, and a regex engine tries every branch at every position of the text: that
// scan was a sixth of a one-line page's segmentation. So the text is scanned here first, a code unit at a time,
// for the places where a phrase can begin at all (not inside a word, and the first units there as some phrase
// begins: ./phrase-prefix.ts), and the expression runs only there, anchored (sticky). It finds exactly the matches the global expression finds: a match can only start
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

let tables: { inWord: Uint8Array; prefix: PrefixFilter | null } | null = null;

/** Every match of `markers` in `t`, in order, as the global expression finds them. */
export function markerMatches(t: string): RegExpExecArray[] {
  if (tables === null) {
    const units = allUnits();
    // (the look-behind's class: no phrase starts right after a letter, a digit or a mark)
    const sources = [...new Set(markerPhrases.map((p) => phraseSource(p, false)))];
    tables = { inWord: unitTable('[\\p{L}\\p{N}\\p{M}]', 'u', units), prefix: prefixFilter(sources, 'iu', depth, units) };
  }
  const { inWord, prefix } = tables;
  const out: RegExpExecArray[] = [];
  const n = t.length;
  // i is a place right after a unit outside a word (or the start): the places a phrase may begin
  for (let i = 0; i < n; ) {
    // (without the filter, every such place is tried)
    if (prefix === null || mayBegin(prefix, t, i)) {
      markersAt.lastIndex = i;
      const m = markersAt.exec(t);
      if (m) {
        out.push(m);
        // the global search goes on where the match ended (one further on after an empty match); the place
        // there is one to try only when the unit before it is outside a word, else the next such place is
        i += Math.max(m[0].length, 1);
        if (i < n && inWord[t.charCodeAt(i - 1)] === 1) i = wordEnd(inWord, t, i) + 1;
        continue;
      }
    }
    // the next place to try is past the next unit outside a word, and the run of word units before it
    i = wordEnd(inWord, t, i) + 1;
  }
  return out;
}

/** The first place from i on that holds a unit outside a word (or the text's end). */
function wordEnd(inWord: Uint8Array, t: string, i: number): number {
  while (i < t.length && inWord[t.charCodeAt(i)] === 1) i++;
  return i;
}
