import { littleEndian } from '../lines/line-units.js';

// The one pass over a collapsed page's units that the chrome-phrase scan (./marker-scan.ts) starts with: the places
// where a phrase may begin (as far as the unit there and the one before can tell), the places of the units that
// may end a sentence (for the cuts after sentences: ./sentence-ends.ts), and what kinds of unit the page and its
// head hold. Each unit's kinds are bits of one table (made by the scan's tables).

/** Per code unit, in the scan's table: a unit of a word (after which no phrase begins), ... */
const WORD = 1;
/** ... one some phrase may begin with (bit 1: the scan counts a place by shifting it down), ... */
const START = 2;
/** ... a Latin letter (`[A-Za-z]`), ... */
const LATIN = 4;
/** ... a bar (`|` or U+2022 BULLET), ... */
const BAR = 8;
/** ... a figure (`[0-9\u0660-\u0669]`), ... */
const FIGURE = 16;
/** ... or a unit a sentence may end with (`[.!?؟…]`: ./sentence-ends.ts). */
const STOP = 32;

// (the bits are this module's own constants, not exported: an exported binding, even read in its own module, is
// read afresh at each use, which doubled the loop's cost; other modules read them from `unitKinds`)
/** The bits, for the modules that make the table and read what the pass noted. */
export const unitKinds = { WORD, START, LATIN, BAR, FIGURE, STOP } as const;

/** What the last `findPlaces` found (scratch arrays, grown as needed: an array made per page cost more). */
export const found = {
  /** The places a phrase may begin at (the first `count`), and room for the automaton's state at each. */
  places: new Int32Array(4096),
  states: new Uint16Array(4096),
  count: 0,
  /** The places of the units a sentence may end with (STOP), in order: the first `stopCount`. */
  stops: new Int32Array(4096),
  stopCount: 0,
  /** The table bits of every unit of the text, ORed, and of its first `headLength` units. */
  seen: 0,
  headSeen: 0,
};

/** `found`'s arrays, which placesIn reads from bindings of the module's own (as it did before it moved here). */
let places = found.places;
let stops = found.stops;
/** The table bits of the units the last `placesIn` read, ORed, and the count of STOP places after them. */
let rangeBits = 0;
let stopCount = 0;

/** `u`'s units two at a time (a view of its buffer, made again when the buffer grows). */
let pairs: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
/** Where in a pair of `pairs` the first unit is: its low half on a little-endian machine. */
const firstShift = littleEndian ? 0 : 16;

/**
 * Writes in `found.places` from `count` on the places in `u[from..to)` where a phrase may begin, as far as the unit
 * there and the one before can tell, and returns the count after them; writes the places of STOP units in
 * `found.stops` from `stopCount` on. (A function of its own: compiled while the scan runs, the loop's code must not
 * hold the rare steps after a match, never taken before it was compiled, which sent it back to the interpreter at
 * every match. Called for the head and the rest of a page: a test in the loop for where the head ends cost some
 * tenth of the scan.) The units are read two at a time, one 32-bit read for both: a quarter of the loop's cost went.
 */
function placesIn(u: Uint16Array, unit: Uint8Array, from: number, to: number, count: number): number {
  const at = places;
  const stopAt = stops;
  if (pairs.buffer !== u.buffer) pairs = new Uint32Array(u.buffer, 0, u.buffer.byteLength >>> 2);
  const two = pairs;
  const shift = firstShift;
  let bits = 0;
  let ends = stopCount;
  // START while the unit before i is outside a word (or i is the start), else 0: a phrase may begin at i when the
  // unit there has the START bit too. Such a place is written down whether or not it is one, and counted only when
  // it is: no branch (one place in nine is one, at no place a branch could guess). A STOP place likewise.
  let after = from === 0 ? START : (~unit[u[from - 1]!]! & WORD) * START;
  let i = from;
  // (a pair starts at an even unit)
  if ((i & 1) === 1 && i < to) {
    const k = unit[u[i]!]!;
    bits |= k;
    at[count] = i;
    count += (k & after) >>> 1;
    stopAt[ends] = i;
    ends += (k >>> 5) & 1;
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
    // (a branch here, seldom taken: one pair in some thirty holds a STOP)
    if (((k0 | k1) & STOP) !== 0) {
      stopAt[ends] = i;
      ends += (k0 >>> 5) & 1;
      stopAt[ends] = i + 1;
      ends += (k1 >>> 5) & 1;
    }
  }
  if (i < to) {
    const k = unit[u[i]!]!;
    bits |= k;
    at[count] = i;
    count += (k & after) >>> 1;
    stopAt[ends] = i;
    ends += (k >>> 5) & 1;
  }
  rangeBits = bits;
  stopCount = ends;
  return count;
}

/** Finds the places of the first n units of `u` (see placesIn) and the bits of its first `headLength` and of all. */
export function findPlaces(u: Uint16Array, n: number, unit: Uint8Array, headLength: number): void {
  if (n > found.places.length) {
    found.places = places = new Int32Array(2 * n);
    found.states = new Uint16Array(2 * n);
    found.stops = stops = new Int32Array(2 * n);
  }
  const head = Math.min(headLength, n);
  stopCount = 0;
  const count = placesIn(u, unit, 0, head, 0);
  found.headSeen = rangeBits;
  found.count = placesIn(u, unit, head, n, count);
  found.seen = found.headSeen | rangeBits;
  found.stopCount = stopCount;
}
