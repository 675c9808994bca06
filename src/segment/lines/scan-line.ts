import { functionWords } from '../data/function-words.js';
import { foldKey } from '../fold.js';
import { loadUnits } from './line-units.js';
import { unitHash, WordTable } from './word-table.js';

// The one pass over a line that `lineInfo` (info.ts) starts with: how many words, figures, Latin and Arabic letters,
// whether a phone-like run of digits is there, and how many of the first words are function words.

/** The function words as written and as folded, to count them in a line's raw words without folding it. */
const fnRaw = new WordTable([...functionWords, ...functionWords.map(foldKey)]);

/**
 * What a code unit is to `scanLine`, in one number (one table read per unit instead of several): bits 0-28 what it
 * adds to the three counts packed in one sum (figures in bits 0-9, Latin letters in 10-19, Arabic letters from 20;
 * at most 400 units are counted, so none overflows into the next), bit 29 that it keeps a run of digits going (a
 * space or a hyphen; any other non-figure ends it), bit 30 that it is a space. A figure is the one kind that adds 1.
 */
const KEEP = 1 << 29;
const SPACE = 1 << 30;
const COUNTS = KEEP - 1;
const unitCode = new Int32Array(0x10000);
for (let c = 0; c <= 0x20; c++) unitCode[c] = SPACE | KEEP;
unitCode[0xa0] = SPACE | KEEP; // NO-BREAK SPACE
for (let c = 0x30; c <= 0x39; c++) unitCode[c] = 1;
for (let c = 0x0660; c <= 0x0669; c++) unitCode[c] = 1; // ARABIC-INDIC DIGIT ZERO..NINE
for (let c = 0x41; c <= 0x5a; c++) unitCode[c] = 1 << 10;
for (let c = 0x61; c <= 0x7a; c++) unitCode[c] = 1 << 10;
for (let c = 0x0621; c <= 0x064a; c++) unitCode[c] = 1 << 20; // ARABIC LETTER HAMZA..YEH
unitCode[0x2d] = KEEP; // HYPHEN-MINUS
/** 1 for a space, else 0 (the count of words past the first 400 units reads only this). */
const spaceUnit = Uint8Array.from(unitCode, (v) => v >>> 30);

/**
 * The run of digits after a unit of code `v`, without a branch: one longer after a figure, the same after a space
 * or hyphen, 0 after anything else.
 */
const nextRun = (run: number, v: number): number => {
  const digit = v & 1;
  return (run + digit) & -(digit | ((v >>> 29) & 1));
};

export interface LineScan {
  words: number;
  digits: number;
  latin: number;
  arabic: number;
  phone: boolean;
  fn: number;
  seen: number;
  /** Where the first word stands (text[firstStart, firstEnd)); an empty range when it ends past the 400th unit. */
  firstStart: number;
  firstEnd: number;
}

/** What `scanLine` returns: one object, filled again at each call (a line's measures are copied out at once). */
const scanned: LineScan = { words: 0, digits: 0, latin: 0, arabic: 0, phone: false, fn: 0, seen: 0, firstStart: 0, firstEnd: 0 };

/**
 * One pass over a line: words (counted up to 61: no feature tells more apart), and in its first 400 characters the
 * figures, Latin and Arabic letters, a phone-like run of digits, and the function words among its first 20 words.
 * Up to the 21st word each word is looked at; from there on only counted, with table reads and no branch per kind
 * (most of a paragraph's units are there). `units` is `loadUnits(text)`, when the caller has loaded it already.
 * The object returned is the same at every call: it holds this line's measures until the next.
 */
export function scanLine(text: string, units = loadUnits(text)): LineScan {
  let words = 0;
  let fn = 0;
  let firstStart = 0;
  let firstEnd = 0;
  // figures, Latin and Arabic letters in the first 400 units, packed (see unitCode)
  let packed = 0;
  const n = text.length;
  const headEnd = Math.min(n, 400);
  let i = 0;
  // (`units`: the line's units in a typed array, read instead of charCodeAt: line-units.ts; a space after the last)
  // the first 20 words, a word at a time: the spaces before it, then its units up to the space after it
  while (words < 20) {
    let c = units[i]!;
    let v = unitCode[c]!;
    while ((v & SPACE) !== 0 && i < n) v = unitCode[(c = units[++i]!)]!;
    if (i >= n) break;
    const start = i;
    words++;
    let hash = 0;
    do {
      hash = unitHash(hash, c);
      if (i < headEnd) packed += v & COUNTS;
      v = unitCode[(c = units[++i]!)]!;
    } while ((v & SPACE) === 0);
    if (i <= headEnd) {
      if (words === 1) {
        firstStart = start;
        firstEnd = i;
      }
      if (fnRaw.hasUnits(units, start, i, hash)) fn++;
    }
  }
  // from the 21st word (the unit before it was a space): counted within the first 400 units, then only the words
  let space = 1;
  for (; i < headEnd && words <= 61; i++) {
    const v = unitCode[units[i]!]!;
    const s = v >>> 30;
    words += space & (s ^ 1);
    space = s;
    packed += v & COUNTS;
  }
  for (; i < n && words <= 61; i++) {
    const s = spaceUnit[units[i]!]!;
    words += space & (s ^ 1);
    space = s;
  }
  const digits = packed & 0x3ff;
  const out = scanned;
  out.words = words;
  out.digits = digits;
  out.latin = (packed >>> 10) & 0x3ff;
  out.arabic = packed >>> 20;
  // (a run of 7 figures needs 7 figures: most lines have fewer, and are not read again)
  out.phone = digits >= 7 && phoneRun(units, headEnd);
  out.fn = fn;
  out.seen = Math.min(words, 20);
  out.firstStart = firstStart;
  out.firstEnd = firstEnd;
  return out;
}

/** Whether units[0, end) hold a run of 7 figures or more, with spaces and hyphens between them. */
function phoneRun(units: Uint16Array, end: number): boolean {
  let run = 0;
  for (let i = 0; i < end; i++) {
    run = nextRun(run, unitCode[units[i]!]!);
    if (run >= 7) return true;
  }
  return false;
}
