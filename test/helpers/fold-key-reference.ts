// foldKey as it was before its loop read one packed code per unit (src/segment/fold.ts), kept as the reference the
// cheaper loop is checked against (test/segment-fold-key.test.ts).
import { ARABIC_INDIC_ZERO, PERSIAN_ZERO, arabicPunctuation, letterFolds, quoteFolds } from '../../src/text/arabic-folds.js';
import { isWhiteSpace } from '../../src/text/white-space.js';

/** Folds a matching key makes beyond the shared spelling folds (src/text): dashes become a hyphen. */
const dashFolds: ReadonlyArray<readonly [number, string]> = [
  [0x2013, '-'], // EN DASH
  [0x2014, '-'], // EM DASH
  [0x2212, '-'], // MINUS SIGN
];


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
/** A space in the table: the key's loop asks one table per unit, not a space test and then the table. */
const SPACE = -2;
for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c)) table[c] = SPACE;

let buffer = new Uint16Array(256);
/**
 * The same memory as bytes. On a little-endian machine (all Node targets but s390x) the key is read back from it as
 * UTF-16LE: several times cheaper than `String.fromCharCode.apply` over a typed array, which was a tenth of the
 * segmenter's time. The code units come back as they are, lone surrogates included.
 */
let bytes = Buffer.from(buffer.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const isSpace = isWhiteSpace;

/**
 * A key of up to 8 code units, made by `String.fromCharCode` with its arguments written out: about a fifth of the
 * cost of reading the buffer back (a call into C++ each time), and most keys are words.
 */
function shortString(u: Uint16Array, n: number): string {
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
  if (littleEndian && units.buffer === bytes.buffer) return bytes.toString('utf16le', 0, 2 * n);
  const step = 8192;
  if (n <= step) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += step) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + step)) as unknown as number[]);
  return out;
}

/**
 * A matching key for rules: the same line under every normalisation profile. Diacritics, tatweel and invisible
 * marks go (a tatweel standing alone between spaces is a dash: "جدة ـ فلان"), alef forms, alef maksura and teh
 * marbuta fold, Arabic-Indic digits and Arabic punctuation become ASCII, spaces collapse. One pass, no regex.
 * A text the key leaves as it is (half the words asked about) is returned itself, not built again.
 */
export function foldKeyReference(s: string): string {
  if (s.length > buffer.length) {
    buffer = new Uint16Array(s.length * 2);
    bytes = Buffer.from(buffer.buffer);
  }
  // (a local: the module's binding is read once, not at every unit)
  const buf = buffer;
  let n = 0;
  let pendingSpace = false;
  let upper = false;
  // every unit so far written as itself, where it stood
  let same = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let m = table[c]!;
    if (m === SPACE) {
      // (a space stays only when it is U+0020, alone, after a kept unit)
      if (c !== 0x20 || pendingSpace || n === 0) same = false;
      pendingSpace = n > 0;
      continue;
    }
    if (m === MARK) {
      same = false;
      const alone = c === 0x0640 && (i === 0 || isSpace(s.charCodeAt(i - 1))) && (i + 1 >= s.length || isSpace(s.charCodeAt(i + 1)) || s.charCodeAt(i + 1) === 0x0640);
      if (!alone || (i > 0 && s.charCodeAt(i - 1) === 0x0640)) continue;
      m = 0x2d; // '-'
    }
    if (pendingSpace) {
      buf[n++] = 0x20;
      pendingSpace = false;
    }
    const out = m === 0 ? c : m;
    if (out >= 0x41 && out <= 0x5a) upper = true;
    if (out !== c) same = false;
    buf[n++] = out;
  }
  // (a space at the end is dropped)
  if (same && !pendingSpace && !upper) return s;
  const key = fromCodeUnits(buf, n);
  return upper ? key.toLowerCase() : key;
}
