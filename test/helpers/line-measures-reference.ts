// The line measures as they were before they were made cheaper (src/segment/lines/scan-line.ts, info.ts, classify.ts,
// caption.ts …), kept word for word as the reference the cheaper code is checked against (test/segment-line-*.test.ts).
import { functionWords } from '../../src/segment/data/function-words.js';
import { foldKey } from '../../src/segment/fold.js';
import { unitHash, WordTable } from '../../src/segment/lines/word-table.js';
import { scanLine, type LineScan } from '../../src/segment/lines/scan-line.js';

/** What the scan gave: the first word sliced out (scanLine gives where it stands). */
export type LineScanReference = Omit<LineScan, 'firstStart' | 'firstEnd'> & { first: string };

/** scanLine's measures of `line` (its units loaded), with the first word sliced out as the reference gives it. */
export function scanMeasures(line: string): LineScanReference {
  const { firstStart, firstEnd, ...rest } = scanLine(line);
  return { ...rest, first: line.slice(firstStart, firstEnd) };
}

const fnRaw = new WordTable([...functionWords, ...functionWords.map(foldKey)]);

const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const LATIN = 3;
const ARABIC = 4;
const HYPHEN = 5;
const unitKind = new Uint8Array(0x10000);
for (let c = 0; c <= 0x20; c++) unitKind[c] = SPACE;
unitKind[0xa0] = SPACE; // NO-BREAK SPACE
for (let c = 0x30; c <= 0x39; c++) unitKind[c] = DIGIT;
for (let c = 0x0660; c <= 0x0669; c++) unitKind[c] = DIGIT; // ARABIC-INDIC DIGIT ZERO..NINE
for (let c = 0x41; c <= 0x5a; c++) unitKind[c] = LATIN;
for (let c = 0x61; c <= 0x7a; c++) unitKind[c] = LATIN;
for (let c = 0x0621; c <= 0x064a; c++) unitKind[c] = ARABIC; // ARABIC LETTER HAMZA..YEH
unitKind[0x2d] = HYPHEN;
/** 1 for a space (kind SPACE), else 0. */
const spaceUnit = unitKind.map((k) => (k === SPACE ? 1 : 0));
/**
 * What a unit of each kind adds to the three counts packed in one number (figures in bits 0-9, Latin letters in
 * 10-19, Arabic letters from 20; at most 400 units are counted, so none overflows into the next): one addition per
 * unit, instead of an increment in memory that waits on the one before it.
 */
const packedCount = Int32Array.from([0, 0, 1, 1 << 10, 1 << 20, 0]);
/** What a kind other than a figure does to a run of digits: a space or a hyphen keeps it (-1), anything else ends it (0). */
const runKeep = Int32Array.from([0, -1, 0, 0, 0, -1]);


/**
 * One pass over a line: words (counted up to 61: no feature tells more apart), and in its first 400 characters the
 * figures, Latin and Arabic letters, a phone-like run of digits, and the function words among its first 20 words.
 * Up to the 21st word each word is looked at; from there on only counted, with table reads and no branch per kind
 * (most of a paragraph's units are there).
 */
export function scanLineReference(text: string): LineScanReference {
  let words = 0;
  let run = 0;
  let phone = false;
  let fn = 0;
  let start = -1;
  let first = '';
  // figures, Latin and Arabic letters in the first 400 units, packed (see packedCount)
  let packed = 0;
  const n = text.length;
  const headEnd = Math.min(n, 400);
  let hash = 0;
  let i = 0;
  for (; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const kind = unitKind[c]!;
    if (kind !== SPACE) {
      if (start < 0) {
        if (words === 20) break;
        start = i;
        words++;
        hash = 0;
      }
      hash = unitHash(hash, c);
      if (i < headEnd) {
        packed += packedCount[kind]!;
        if (kind === DIGIT) {
          if (++run >= 7) phone = true;
        } else run &= runKeep[kind]!;
      }
    } else if (start >= 0) {
      if (i <= headEnd) {
        if (words === 1) first = text.slice(start, i);
        if (fnRaw.hasRange(text, start, i, hash)) fn++;
      }
      start = -1;
    }
  }
  // from the 21st word (the unit before it was a space): counted within the first 400 units, then only the words
  let space = 1;
  for (; i < headEnd && words <= 61; i++) {
    const c = text.charCodeAt(i);
    const s = spaceUnit[c]!;
    words += space & (s ^ 1);
    space = s;
    const kind = unitKind[c]!;
    packed += packedCount[kind]!;
    if (kind === DIGIT) {
      if (++run >= 7) phone = true;
    } else run &= runKeep[kind]!;
  }
  for (; i <= n && words <= 61; i++) {
    const s = i < n ? spaceUnit[text.charCodeAt(i)]! : 1;
    words += space & (s ^ 1);
    space = s;
  }
  return { words, digits: packed & 0x3ff, latin: (packed >>> 10) & 0x3ff, arabic: packed >>> 20, phone, fn, seen: Math.min(words, 20), first };
}
