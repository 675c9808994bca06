import { digitsMap, opNames, ops, type OpName } from './ops.js';
import type { Resolved } from './switches.js';
import { arabicLetterRanges, arabicMarkClasses, composingMarks, nfcSafeRanges } from './unicode.js';

// What the engine does with a code point (one byte per BMP code point in `Table.kind`).
export const K_COPY = 0; // unchanged, no role in a context rule
export const K_MAP = 1; // replaced by `repl`
export const K_DELETE = 2; // removed
export const K_SPACE = 3; // U+0020 under `spaces`: collapse and trim
export const K_LF = 4; // line feed: collapse blank lines, end a line for trimming
export const K_CR = 5; // carriage return under `newlines`
export const K_TATWEEL = 6; // U+0640 under `tatweel`: removed unless it stands alone between spaces
export const K_FYEH = 7; // U+06CC FARSI YEH under `farsi-letters`: yeh in a word, alef maksura at its end
export const K_SEP = 8; // U+066B/U+066C decimal and thousands separators under `punctuation`
export const K_MARK = 9; // an Arabic combining mark under `nfc`: ordered canonically as it is written
export const K_COMPOSER = 10; // U+0653..U+0655 under `nfc`: may compose with the letter before
export const K_UNSAFE = 11; // a character outside the NFC-safe ranges: the chunk goes through full NFC
export const K_LETTER = 12; // an Arabic letter under `elongation`
export const K_SIMPLE = 14; // replaced by one code point below U+0800 with no role, credited to one op: `simpleTo`

// What the run copier (copy-run.ts) does with a code point below U+0800 (`Table.fast`).
export const F_COPY = 0; // unchanged, no role
export const F_LETTER = 1; // unchanged unless it makes a third copy in a row (`elongation`)
export const F_SPACE = 2; // a space: unchanged after a character that is neither a space nor a line end
export const F_LF = 3; // a line end: likewise
export const F_SWAP = 4; // K_SIMPLE whose replacement is as long in UTF-8: written over its place after the copy
export const F_SHORT = 5; // K_SIMPLE whose replacement is shorter (one byte for two)
export const F_DROP = 6; // removed, credited to one op
export const F_MARK = 7; // K_MARK: written as it is when the next character is no mark (one mark needs no ordering)
export const F_TOSPACE = 8; // replaced by a space (no-break space), credited to one op; then a space's rule
export const F_STOP = 9; // anything else: the engine's own loop takes it

/** Index of the count slot for invalid UTF-8 (after the op slots). */
export const INVALID_SLOT = opNames.length;

/** A profile compiled for the engine. */
export interface Table {
  readonly kind: Uint8Array;
  readonly repl: ReadonlyMap<number, readonly number[]>;
  /** Op slots credited when a code point is mapped or removed. */
  readonly credit: ReadonlyMap<number, readonly number[]>;
  readonly on: Readonly<Record<OpName, boolean>>;
  /** Marks' canonical combining classes (0 for everything else). */
  readonly ccc: Uint8Array;
  readonly letter: Uint8Array;
  /** U+06CC FARSI YEH inside a word and at its end, after the later ops, with their credits. */
  readonly yeh: { mid: readonly number[]; end: readonly number[]; midCredit: readonly number[]; endCredit: readonly number[] };
  readonly composerDeletes: boolean;
  /** For K_SIMPLE: the replacement; for K_SIMPLE and single-op K_DELETE: the op slot credited. */
  readonly simpleTo: Uint16Array;
  readonly simpleSlot: Int8Array;
  /** F_* for each code point below U+0800, derived from the fields above. */
  readonly fast: Uint8Array;
}

export const slot = (name: OpName): number => opNames.indexOf(name);

function rangesTable(ranges: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const [from, to] of ranges) t.fill(1, from, to + 1);
  return t;
}

const letterTable = rangesTable(arabicLetterRanges);
const nfcSafeTable = rangesTable(nfcSafeRanges);
const cccTable = new Uint8Array(0x10000);
for (const [from, to, ccc] of arabicMarkClasses) {
  cccTable.fill(ccc, from, to + 1);
  nfcSafeTable.fill(0, from, to + 1);
}
for (let cp = 0xd800; cp <= 0xdfff; cp++) nfcSafeTable[cp] = 1; // never decoded from valid UTF-8

/** Canonical combining class of an Arabic mark; 0 for anything else. */
export function markClass(cp: number): number {
  return cp < 0x10000 ? cccTable[cp]! : 0;
}

/** True when the character is a starter NFC never changes or merges. */
export function isNfcSafe(cp: number): boolean {
  return cp < 0x10000 ? nfcSafeTable[cp] === 1 : cp >= 0x1f000 && cp <= 0x1faff;
}

type Mapper = ReadonlyMap<number, string>;

/** Runs one character through the enabled maps, in op order, until nothing changes. */
function composeMaps(cp: number, maps: ReadonlyArray<readonly [number, Mapper]>): { text: string; credit: number[] } {
  let cps = [cp];
  const credit: number[] = [];
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const [s, map] of maps) {
      if (!cps.some((c) => map.has(c))) continue;
      cps = cps.flatMap((c) => {
        const r = map.get(c);
        return r === undefined ? [c] : Array.from(r, (x) => x.codePointAt(0)!);
      });
      changed = true;
      if (!credit.includes(s)) credit.push(s);
    }
    if (!changed) break;
  }
  return { text: String.fromCodePoint(...cps), credit };
}

function mappers(r: Resolved, persian: boolean): Array<readonly [number, Mapper]> {
  const out: Array<readonly [number, Mapper]> = [];
  for (const name of opNames) {
    if (!r.ops.has(name) || (name === 'farsi-letters' && persian)) continue;
    const map = name === 'digits' ? digitsMap(r.digits) : ops[name].map;
    if (map.size > 0) out.push([slot(name), map]);
  }
  return out;
}

/** Compiles resolved ops into the engine's lookup table. `persian` skips `farsi-letters` (Persian or Urdu text). */
export function compile(r: Resolved, persian: boolean): Table {
  const on = Object.fromEntries(opNames.map((n) => [n, r.ops.has(n)])) as Record<OpName, boolean>;
  if (persian) on['farsi-letters'] = false;
  const maps = mappers(r, persian);
  const keys = new Set<number>();
  for (const name of opNames) if (on[name]) for (const k of (name === 'digits' ? digitsMap(r.digits) : ops[name].map).keys()) keys.add(k);
  const kind = new Uint8Array(0x10000);
  const repl = new Map<number, number[]>();
  const credit = new Map<number, number[]>();
  for (const cp of keys) {
    const m = composeMaps(cp, maps);
    if (m.credit.length === 0) continue;
    kind[cp] = m.text === '' ? K_DELETE : K_MAP;
    repl.set(cp, Array.from(m.text, (c) => c.codePointAt(0)!));
    credit.set(cp, m.credit);
  }
  assignRoles(kind, on);
  const simpleTo = new Uint16Array(0x10000);
  const simpleSlot = new Int8Array(0x10000).fill(-1);
  for (const [cp, r] of repl) {
    const c = credit.get(cp)!;
    if (c.length !== 1) continue;
    simpleSlot[cp] = c[0]!;
    const to = r[0];
    if (r.length === 1 && to !== undefined && to < 0x800 && (kind[to] === K_COPY || kind[to] === K_LETTER) && kind[cp] === K_MAP) {
      kind[cp] = K_SIMPLE;
      simpleTo[cp] = to;
    }
  }
  const yehOf = (cp: number): { cps: number[]; credit: number[] } => {
    const m = composeMaps(cp, maps);
    return { cps: Array.from(m.text, (c) => c.codePointAt(0)!), credit: [slot('farsi-letters'), ...m.credit] };
  };
  const mid = yehOf(0x064a); // ARABIC LETTER YEH
  const end = yehOf(0x0649); // ARABIC LETTER ALEF MAKSURA
  return {
    kind,
    repl,
    credit,
    on,
    ccc: cccTable,
    letter: letterTable,
    yeh: { mid: mid.cps, end: end.cps, midCredit: mid.credit, endCredit: end.credit },
    composerDeletes: composingMarks.some((cp) => repl.get(cp)?.length === 0),
    simpleTo,
    simpleSlot,
    fast: fastKinds(kind, simpleTo, simpleSlot, repl),
  };
}

/** The run copier's view of the code points below U+0800 (see F_*). */
function fastKinds(kind: Uint8Array, simpleTo: Uint16Array, simpleSlot: Int8Array, repl: ReadonlyMap<number, readonly number[]>): Uint8Array {
  const fast = new Uint8Array(0x800).fill(F_STOP);
  const bytes = (cp: number): number => (cp < 0x80 ? 1 : 2);
  for (let cp = 0; cp < 0x800; cp++) {
    const k = kind[cp]!;
    if (k === K_COPY) fast[cp] = F_COPY;
    else if (k === K_LETTER) fast[cp] = F_LETTER;
    else if (k === K_SPACE) fast[cp] = F_SPACE;
    else if (k === K_LF) fast[cp] = F_LF;
    else if (k === K_DELETE && simpleSlot[cp]! >= 0) fast[cp] = F_DROP;
    else if (k === K_MARK && cp >= 0x80) fast[cp] = F_MARK;
    else if (k === K_MAP && simpleSlot[cp]! >= 0 && kind[0x20] === K_SPACE && repl.get(cp)?.length === 1 && repl.get(cp)![0] === 0x20) fast[cp] = F_TOSPACE;
    else if (k === K_SIMPLE) {
      const d = bytes(cp) - bytes(simpleTo[cp]!);
      if (d === 0) fast[cp] = F_SWAP;
      else if (d === 1) fast[cp] = F_SHORT;
    }
  }
  return fast;
}

/** Gives the unmapped code points their context roles. */
function assignRoles(kind: Uint8Array, on: Readonly<Record<OpName, boolean>>): void {
  const set = (cp: number, k: number): void => {
    if (kind[cp] === K_COPY) kind[cp] = k;
  };
  if (on.newlines || on.spaces) set(0x0a, K_LF);
  if (on.newlines) set(0x0d, K_CR);
  if (on.spaces) set(0x20, K_SPACE);
  if (on.tatweel) set(0x0640, K_TATWEEL);
  if (on['farsi-letters']) set(0x06cc, K_FYEH);
  if (on.punctuation) {
    set(0x066b, K_SEP); // ARABIC DECIMAL SEPARATOR
    set(0x066c, K_SEP); // ARABIC THOUSANDS SEPARATOR
  }
  if (on.nfc) {
    for (const cp of composingMarks) if (kind[cp] === K_COPY || kind[cp] === K_DELETE) kind[cp] = K_COMPOSER;
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cccTable[cp] !== 0) set(cp, K_MARK);
      else if (nfcSafeTable[cp] === 0) set(cp, K_UNSAFE);
    }
  }
  if (on.elongation) for (let cp = 0; cp < 0x10000; cp++) if (letterTable[cp] === 1) set(cp, K_LETTER);
}

/**
 * The same table with `nfc` off, derived without compiling again: the roles `nfc` gave (marks, composing marks,
 * characters outside the NFC-safe set) go back to what they were (copied, or removed when an op removes them).
 */
export function withoutNfc(t: Table): Table {
  const kind = t.kind.slice();
  for (let cp = 0; cp < kind.length; cp++) {
    const k = kind[cp];
    if (k === K_MARK || k === K_UNSAFE) kind[cp] = K_COPY;
    else if (k === K_COMPOSER) kind[cp] = t.repl.get(cp)?.length === 0 ? K_DELETE : K_COPY;
  }
  const on = Object.fromEntries(opNames.map((n) => [n, n !== 'nfc' && t.on[n]])) as Record<OpName, boolean>;
  // the same fields in the same order as `compile` writes them, so V8 gives both tables one shape and the engine's
  // property accesses stay monomorphic
  return {
    kind,
    repl: t.repl,
    credit: t.credit,
    on,
    ccc: t.ccc,
    letter: t.letter,
    yeh: t.yeh,
    composerDeletes: t.composerDeletes,
    simpleTo: t.simpleTo,
    simpleSlot: t.simpleSlot,
    fast: fastKinds(kind, t.simpleTo, t.simpleSlot, t.repl),
  };
}
