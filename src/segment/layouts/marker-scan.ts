import { headerChrome, inlineMarkers, leadingChrome, stampLabels, tailMarkers } from '../boilerplate/inline.js';
import { chromeLines, cutoffLines } from '../boilerplate/phrases.js';
import { phraseSource, phrasesSource } from '../fuzzy-phrases.js';
import { isSentenceStop } from '../lines/end-code.js';
import { loadUnits } from '../lines/line-units.js';
import { markerTables, type MarkerTables } from './marker-tables.js';
import { findPlaces, found, unitKinds } from './page-places.js';
import { stateAt, type PrefixAutomaton } from './prefix-automaton.js';

// The chrome phrases a collapsed page is cut around, found in one pass over the text. The phrases make one
// alternation of some 140 branches, and a regex engine tries every branch at every position of the text: that
// scan was a sixth of a one-line page's segmentation. So the text is scanned here first, a code unit at a time,
// for the places where a phrase can begin at all (not inside a word, and the first units there as some phrase
// begins: ./phrase-prefix.ts, read as an automaton: ./prefix-automaton.ts), and only there an expression runs,
// anchored (sticky), of the phrases that may begin there (./marker-tables.ts). It finds exactly the matches the
// global expression finds: a match can only start at such a place, and at each place the anchored expression does
// what the global one does there. The scan reads every unit of the page once (./page-places.ts); it also notes
// whether the page holds a Latin letter or a bar (for the cuts around links, runs of Latin words and bars),
// searches of their own otherwise, a figure near its top (for the stamp: ./stamp.ts), and where the units are that
// may end a sentence (for the cuts after sentences: ./sentence-ends.ts).

/** Chrome phrases of two words or more (one word may be prose: `شارك`, `إعلان`). */
export const markerPhrases: readonly string[] = [
  ...tailMarkers.map(([p]) => p), ...inlineMarkers.map(([p]) => p), ...leadingChrome, ...stampLabels, ...headerChrome,
  ...chromeLines.map(([p]) => p), ...cutoffLines,
].filter((p) => p.trim().includes(' ') || p.includes(':'));
/** The branches of `phrasesSource(markerPhrases, false)`, in its order (longest phrase first). */
export const markerBranches: readonly string[] = [...new Set(markerPhrases)].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, false));
// a label may carry a count with its unit (`مدة القراءة: 7 دقائق`, `المشاهدات: 1520`)
const around = (alternation: string): string => `(?<![\\p{L}\\p{N}\\p{M}])(?:${alternation})(?:\\s*:\\s*[0-9\\u0660-\\u0669]+(?:\\s+[\\u0621-\\u064A]+)?)?(?![\\p{L}\\p{N}])`;
/** The phrases, searched through the text (the reference the scan below must equal). */
export const markers = new RegExp(around(phrasesSource(markerPhrases, false)), 'giu');

// (the table's bits, read once here from ./page-places.ts, whose loop reads them as its own constants)
const { WORD, START, LATIN, BAR, FIGURE, STOP } = unitKinds;
let tables: (MarkerTables & { unit: Uint8Array }) | null = null;

function makeTables(): NonNullable<typeof tables> {
  const t = markerTables(markerBranches, (list) => new RegExp(around(list.join('|')), 'iuy'));
  const unit = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const bar = c === 0x7c || c === 0x2022;
    const figure = (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
    const stop = isSentenceStop(c);
    const kinds = (latin ? LATIN : 0) | (bar ? BAR : 0) | (figure ? FIGURE : 0) | (stop ? STOP : 0);
    unit[c] = (t.inWord[c] === 1 ? WORD : 0) | (t.starts[c] === 1 ? START : 0) | kinds;
  }
  return { ...t, unit };
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
  /** The text's code units (and a space after them), until the next text is loaded (../lines/line-units.ts). */
  units: Uint16Array;
  /** The places of the units `[.!?؟…]` in the text, in order: the first `stopCount` (scratch, until the next scan). */
  stops: Int32Array;
  stopCount: number;
}

/** Every match of `markers` in `t`, in order, as the global expression finds them. */
export function markerMatches(t: string): RegExpExecArray[] {
  return scanPage(t).markers;
}

/**
 * Keeps, of the first `count` places, those where the automaton lives through its first two units (a unit past the
 * text's end is free), in order, with the state reached; returns how many. Most places die there. One step after
 * another at one place waits on the read before it; here the places are independent, and no branch is taken.
 */
function twoSteps(a: PrefixAutomaton, u: Uint16Array, n: number, count: number): number {
  const { cls, next, classes } = a;
  const at = found.places;
  const state = found.states;
  let kept = 0;
  for (let q = 0; q < count; q++) {
    const i = at[q]!;
    const one = next[classes + cls[u[i]!]!]!;
    // (u[n] is a space, put there by loadUnits: read, then let go)
    const two = next[one * classes + cls[u[i + 1]!]!]!;
    const s = i + 1 < n ? two : one;
    at[kept] = i;
    state[kept] = s;
    kept += s !== 0 ? 1 : 0;
  }
  return kept;
}

/**
 * Scans a collapsed page once for the chrome phrases, and notes a Latin letter, a bar, and a figure in the first
 * `headLength` units (where a stamp is looked for: ./stamp.ts).
 */
export function scanPage(t: string, headLength = 0): PageScan {
  tables ??= makeTables();
  const { unit, prefix } = tables;
  const n = t.length;
  // (the units from a typed array: ../lines/line-units.ts; nothing below loads another text into it)
  const u = loadUnits(t);
  findPlaces(u, n, unit, headLength);
  const count = prefix === null ? found.count : twoSteps(prefix, u, n, found.count);
  const { places, states } = found;
  const out: RegExpExecArray[] = [];
  // the global search goes on where a match ended (one further on after an empty match); whether a phrase may
  // begin at a place depends only on the units from the one before it, not on the matches before it
  let from = 0;
  for (let q = 0; q < count; q++) {
    const i = places[q]!;
    if (i < from) continue;
    const state = prefix === null ? -1 : stateAt(prefix, u, n, i, states[q]!, 2);
    if (state === 0) continue;
    const re = tables.expressionAt(state);
    re.lastIndex = i;
    const m = re.exec(t);
    if (m) {
      out.push(m);
      from = i + Math.max(m[0].length, 1);
    }
  }
  const { seen, headSeen } = found;
  return {
    markers: out, latin: (seen & LATIN) !== 0, bar: (seen & BAR) !== 0, headFigure: (headSeen & FIGURE) !== 0,
    units: u, stops: found.stops, stopCount: found.stopCount,
  };
}
