import { headerChrome, inlineMarkers, leadingChrome, stampLabels, tailMarkers } from '../boilerplate/inline.js';
import { chromeLines, cutoffLines } from '../boilerplate/phrases.js';
import { phraseSource, phrasesSource } from '../fuzzy-phrases.js';
import { littleEndian, loadUnits } from '../lines/line-units.js';
import { markerTables, type MarkerTables } from './marker-tables.js';
import { stateAt, type PrefixAutomaton } from './prefix-automaton.js';

// The chrome phrases a collapsed page is cut around, found in one pass over the text. The phrases make one
// alternation of some 140 branches, and a regex engine tries every branch at every position of the text: that
// scan was a sixth of a one-line page's segmentation. So the text is scanned here first, a code unit at a time,
// for the places where a phrase can begin at all (not inside a word, and the first units there as some phrase
// begins: ./phrase-prefix.ts, read as an automaton: ./prefix-automaton.ts), and only there an expression runs,
// anchored (sticky), of the phrases that may begin there (./marker-tables.ts). It finds exactly the matches the
// global expression finds: a match can only start at such a place, and at each place the anchored expression does
// what the global one does there. The scan reads every unit of the page once; it also notes whether the page holds
// a Latin letter or a bar (for the cuts around links, runs of Latin words and bars), searches of their own
// otherwise, and a figure near its top (for the stamp: ./stamp.ts).

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

/** Per code unit, in the scan's table: a unit of a word (after which no phrase begins), ... */
const WORD = 1;
/** ... one some phrase may begin with (bit 1: the scan counts a place by shifting it down), ... */
const START = 2;
/** ... a Latin letter (`[A-Za-z]`), ... */
const LATIN = 4;
/** ... a bar (`|` or U+2022 BULLET), ... */
const BAR = 8;
/** ... or a figure (`[0-9\u0660-\u0669]`). */
const FIGURE = 16;

// (the bits are this module's own constants: read from another module's bindings, they doubled the loop's cost)
let tables: (MarkerTables & { unit: Uint8Array }) | null = null;

function makeTables(): NonNullable<typeof tables> {
  const t = markerTables(markerBranches, (list) => new RegExp(around(list.join('|')), 'iuy'));
  const unit = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const bar = c === 0x7c || c === 0x2022;
    const figure = (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
    unit[c] = (t.inWord[c] === 1 ? WORD : 0) | (t.starts[c] === 1 ? START : 0) | (latin ? LATIN : 0) | (bar ? BAR : 0) | (figure ? FIGURE : 0);
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
}

/** Every match of `markers` in `t`, in order, as the global expression finds them. */
export function markerMatches(t: string): RegExpExecArray[] {
  return scanPage(t).markers;
}

/** The places a phrase may begin at, and the automaton's state at each (scratch: an array made per page cost more). */
let places = new Int32Array(4096);
let states = new Uint16Array(4096);
/** The table bits of every unit of the last text `findPlaces` read, ORed, and of its first `headLength` units. */
let seen = 0;
let headSeen = 0;

/** The table bits of the units the last `placesIn` read, ORed. */
let rangeBits = 0;

/** `u`'s units two at a time (a view of its buffer, made again when the buffer grows). */
let pairs: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
/** Where in a pair of `pairs` the first unit is: its low half on a little-endian machine. */
const firstShift = littleEndian ? 0 : 16;

/**
 * Writes in `places` from `count` on the places in `u[from..to)` where a phrase may begin, as far as the unit there
 * and the one before can tell, and returns the count after them. (A function of its own: compiled while the scan
 * runs, the loop's code must not hold the rare steps after a match, never taken before it was compiled, which sent
 * it back to the interpreter at every match. Called for the head and the rest of a page: a test in the loop for
 * where the head ends cost some tenth of the scan.) The units are read two at a time, one 32-bit read for both: a
 * quarter of the loop's cost went.
 */
function placesIn(u: Uint16Array, unit: Uint8Array, from: number, to: number, count: number): number {
  const at = places;
  if (pairs.buffer !== u.buffer) pairs = new Uint32Array(u.buffer, 0, u.buffer.byteLength >>> 2);
  const two = pairs;
  const shift = firstShift;
  let bits = 0;
  // START while the unit before i is outside a word (or i is the start), else 0: a phrase may begin at i when the
  // unit there has the START bit too. Such a place is written down whether or not it is one, and counted only when
  // it is: no branch (one place in nine is one, at no place a branch could guess).
  let after = from === 0 ? START : (~unit[u[from - 1]!]! & WORD) * START;
  let i = from;
  // (a pair starts at an even unit)
  if ((i & 1) === 1 && i < to) {
    const k = unit[u[i]!]!;
    bits |= k;
    at[count] = i;
    count += (k & after) >>> 1;
    after = (~k & WORD) * START;
    i++;
  }
  for (; i + 1 < to; i += 2) {
    const x = two[i >>> 1]!;
    const k0 = unit[(x >>> shift) & 0xffff]!;
    const k1 = unit[(x >>> (16 - shift)) & 0xffff]!;
    bits |= k0 | k1;
    at[count] = i;
    count += (k0 & after) >>> 1;
    at[count] = i + 1;
    // (k0 << 1 puts k0's WORD bit where START is: the second unit's START counts when the first is outside a word)
    count += (k1 & ~(k0 << 1) & START) >>> 1;
    after = (~k1 & WORD) * START;
  }
  if (i < to) {
    const k = unit[u[i]!]!;
    bits |= k;
    at[count] = i;
    count += (k & after) >>> 1;
  }
  rangeBits = bits;
  return count;
}

/** The places of the first n units of `u` where a phrase may begin (see placesIn), and the bits `seen`, `headSeen`. */
function findPlaces(u: Uint16Array, n: number, unit: Uint8Array, headLength: number): number {
  if (n > places.length) {
    places = new Int32Array(2 * n);
    states = new Uint16Array(2 * n);
  }
  const head = Math.min(headLength, n);
  const count = placesIn(u, unit, 0, head, 0);
  headSeen = rangeBits;
  const all = placesIn(u, unit, head, n, count);
  seen = headSeen | rangeBits;
  return all;
}

/**
 * Keeps, of the first `count` places, those where the automaton lives through its first two units (a unit past the
 * text's end is free), in order, with the state reached; returns how many. Most places die there. One step after
 * another at one place waits on the read before it; here the places are independent, and no branch is taken.
 */
function twoSteps(a: PrefixAutomaton, u: Uint16Array, n: number, count: number): number {
  const { cls, next, classes } = a;
  const at = places;
  const state = states;
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
  const found = findPlaces(u, n, unit, headLength);
  const count = prefix === null ? found : twoSteps(prefix, u, n, found);
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
  return { markers: out, latin: (seen & LATIN) !== 0, bar: (seen & BAR) !== 0, headFigure: (headSeen & FIGURE) !== 0 };
}
