import { ARABIC_INDIC_ZERO, PERSIAN_ZERO, arabicPunctuation, letterFolds, quoteFolds } from '../text/arabic-folds.js';
import { isWhiteSpace } from '../text/white-space.js';
import { littleEndian, UnitBuffer } from './lines/line-units.js';

/** Folds a matching key makes beyond the shared spelling folds (src/text): dashes become a hyphen. */
const dashFolds: ReadonlyArray<readonly [number, string]> = [
  [0x2013, '-'], // EN DASH
  [0x2014, '-'], // EM DASH
  [0x2212, '-'], // MINUS SIGN
];

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO);
  return c;
}

const MARK = -1;
/** Per UTF-16 code unit: -1 drop, 0 keep, else the code to write. Built once. */
const table = new Int32Array(0x10000);
for (let c = 0x064b; c <= 0x065f; c++) table[c] = MARK; // harakat
for (const c of [0x0640, 0x0670, 0x061c, 0xfeff, 0x00ad]) table[c] = MARK; // tatweel, superscript alef, ALM, BOM, SHY
for (let c = 0x0610; c <= 0x061a; c++) table[c] = MARK;
for (let c = 0x06d6; c <= 0x06ed; c++) table[c] = MARK;
for (let c = 0x200b; c <= 0x200f; c++) table[c] = MARK; // ZWSP, ZWNJ, ZWJ, LRM, RLM
for (let c = 0x202a; c <= 0x202e; c++) table[c] = MARK;
for (let c = 0x2060; c <= 0x2069; c++) table[c] = MARK;
// the spelling folds every stage shares (src/text), then the key's own
for (const [from, to] of letterFolds) table[from] = to;
for (const [from, to] of [...arabicPunctuation, ...quoteFolds, ...dashFolds]) table[from] = to.charCodeAt(0);
for (let c = 0; c < 10; c++) {
  table[ARABIC_INDIC_ZERO + c] = 0x30 + c;
  table[PERSIAN_ZERO + c] = 0x30 + c;
}
/** A space in the table (only while it is built). */
const SPACE = -2;
for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c)) table[c] = SPACE;

/** In `unitCode`: the unit is a space (written as U+0020, once per run, between kept units). */
const SPACE_BIT = 1 << 16;
/** In `unitCode`: the unit is written as an ASCII capital (the key is lowercased). */
const UPPER_BIT = 1 << 17;
/**
 * What the key's loop reads per code unit, in one number: -1 for a mark (dropped, or a dash for a tatweel standing
 * alone), else the unit written (bits 0-15) with SPACE_BIT and UPPER_BIT. No branch on the kind of a unit but the
 * rare mark: a space is written and the key's length moves on only after a kept unit.
 */
const unitCode = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const m = table[c]!;
  const out = m === 0 ? c : m;
  if (m === MARK) unitCode[c] = -1;
  else if (m === SPACE) unitCode[c] = SPACE_BIT | 0x20;
  else unitCode[c] = out | (out >= 0x41 && out <= 0x5a ? UPPER_BIT : 0);
}

let buffer = new Uint16Array(256);
/**
 * The same memory as bytes. On a little-endian machine (all Node targets but s390x) the key is read back from it as
 * UTF-16LE: several times cheaper than `String.fromCharCode.apply` over a typed array, which was a tenth of the
 * segmenter's time. The code units come back as they are, lone surrogates included.
 */
let bytes = Buffer.from(buffer.buffer);
/**
 * What `toString('utf16le', start, end)` calls once it has checked its arguments and looked the encoding up
 * (`Buffer.prototype.ucs2Slice`, in Node since its first releases, though undocumented): the checks cost about as
 * much as the read for a line's key. `toString` stands in where a runtime lacks it.
 */
const ucs2Slice = (Buffer.prototype as unknown as { ucs2Slice?: (this: Buffer, start: number, end: number) => string }).ucs2Slice;

const isSpace = isWhiteSpace;

/**
 * A key of 1 to 8 code units (`u`'s first `n`), made by `String.fromCharCode` with its arguments written out: about
 * a fifth of the cost of reading the buffer back (a call into C++ each time), and most keys are words.
 */
export function shortString(u: Uint16Array, n: number): string {
  const f = String.fromCharCode;
  switch (n) {
    case 1: return f(u[0]!);
    case 2: return f(u[0]!, u[1]!);
    case 3: return f(u[0]!, u[1]!, u[2]!);
    case 4: return f(u[0]!, u[1]!, u[2]!, u[3]!);
    case 5: return f(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!);
    case 6: return f(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!);
    case 7: return f(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!);
    default: return f(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!);
  }
}

/** The first `n` code units of `units` as a string, a slice at a time (one `apply` over a huge line overflows the stack). */
function fromCodeUnits(units: Uint16Array, n: number): string {
  if (n === 0) return '';
  if (n <= 8) return shortString(units, n);
  if (littleEndian && units.buffer === bytes.buffer) return ucs2Slice !== undefined ? ucs2Slice.call(bytes, 0, 2 * n) : bytes.toString('utf16le', 0, 2 * n);
  const step = 8192;
  if (n <= step) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += step) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + step)) as unknown as number[]);
  return out;
}

/** The code units of the text being folded (fold.ts's own: a caller's loaded line stays as it was). */
const textUnits = new UnitBuffer(256);

/**
 * A matching key for rules: the same line under every normalisation profile. Diacritics, tatweel and invisible
 * marks go (a tatweel standing alone between spaces is a dash: "جدة ـ فلان"), alef forms, alef maksura and teh
 * marbuta fold, Arabic-Indic digits and Arabic punctuation become ASCII, spaces collapse. One pass, no regex.
 * A text the key leaves as it is (half the words asked about) is returned itself, not built again.
 */
export function foldKey(s: string): string {
  return foldLoaded(s, textUnits.load(s));
}

/**
 * `foldKey(s)` for a text whose code units `units` holds at 0..length-1 (a line its measures loaded already,
 * line-units.ts): they are read from the array, not by charCodeAt, which costs more on a slice of a page.
 */
export function foldLoaded(s: string, units: Uint16Array): string {
  const r = foldUnits(units, 0, s.length);
  return (r & SAME) !== 0 ? s : keyOf(r);
}

/**
 * `foldKey(s.slice(from, to))` for a text whose code units `units` holds (a word of a loaded line): folded in
 * place, and sliced out only when the key is the word itself.
 */
export function foldRange(s: string, units: Uint16Array, from: number, to: number): string {
  const r = foldUnits(units, from, to);
  return (r & SAME) !== 0 ? s.slice(from, to) : keyOf(r);
}

/** In what `foldUnits` returns: the key is the text itself (bit 29; the key's length, below, is shorter than 2^29). */
const SAME = 1 << 29;
/** In what `foldUnits` returns: an ASCII capital was written (the key is lowercased). */
const UPPER = 1 << 30;

/** The key of a fold `foldUnits` returned `r` for, from the buffer it wrote. */
function keyOf(r: number): string {
  const key = fromCodeUnits(buffer, r & (SAME - 1));
  return (r & UPPER) !== 0 ? key.toLowerCase() : key;
}

/**
 * Folds units[from, to) into `buffer` (the range is the whole text: a tatweel at its edge stands alone). Returns
 * the key's length, with SAME when the key is the text itself and UPPER when it needs lowercasing.
 */
function foldUnits(units: Uint16Array, from: number, to: number): number {
  const len = to - from;
  if (len > buffer.length) {
    buffer = new Uint16Array(len * 2);
    bytes = Buffer.from(buffer.buffer);
  }
  // (a local: the module's binding is read once, not at every unit)
  const buf = buffer;
  let n = 0;
  // 1 when the last unit written is a kept one (not a space): a space after it is written and counted
  let afterKept = 0;
  // the written units XOR the units read, ORed: 0 while every unit was written as itself
  let diff = 0;
  // every unit code ORed (UPPER_BIT: an ASCII capital was written)
  let flags = 0;
  for (let i = from; i < to; i++) {
    const c = units[i]!;
    let m = unitCode[c]!;
    if (m < 0) {
      const alone = c === 0x0640 && (i === from || isSpace(units[i - 1]!)) && (i + 1 >= to || isSpace(units[i + 1]!) || units[i + 1] === 0x0640);
      // (a dropped unit leaves the key shorter than the text: it is not the text)
      if (!alone || (i > from && units[i - 1] === 0x0640)) continue;
      m = 0x2d; // '-'
    }
    const kept = ((m >>> 16) & 1) ^ 1;
    const out = m & 0xffff;
    // a space is written in place but counted only after a kept unit: a run of spaces leaves one, a leading one none
    buf[n] = out;
    n += afterKept | kept;
    afterKept = kept;
    diff |= out ^ c;
    flags |= m;
  }
  // (a space at the end is dropped)
  if (afterKept === 0 && n > 0) n--;
  const upper = (flags & UPPER_BIT) !== 0;
  // the same length and every unit written as itself: the key is the text
  if (n === len && diff === 0 && !upper) return n | SAME;
  return upper ? n | UPPER : n;
}

/** Arabic-Indic and Persian digits -> ASCII, nothing else (keeps string offsets). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, foldChar);
}
