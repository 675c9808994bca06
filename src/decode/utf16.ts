/**
 * UTF-16 without a BOM. Arabic text in UTF-16 has a plain pattern: the high byte of every code unit is 0x06
 * (Arabic block U+0600–U+06FF) or 0x00 (ASCII spaces, digits, newlines), so one byte in two is 0x06 or 0x00
 * (0xFB–0xFE in text pasted as presentation forms).
 * Run before the binary test, which would take those NULs for a binary file.
 */

const sampleSize = 8192;
/** High bytes of Arabic letters: the Arabic block, and presentation forms (U+FB50–U+FEFC). */
const arabicHighs = new Set([0x06, 0xfb, 0xfc, 0xfd, 0xfe]);
/** High bytes that Arabic text also holds: General Punctuation, box drawing, Arabic Supplement, Extended-A. */
const otherHighs = new Set([0x20, 0x25, 0x07, 0x08]);

export interface Utf16Guess {
  name: 'utf-16le' | 'utf-16be';
  /** Share of sampled code units whose high byte fits the pattern. */
  confidence: number;
}

/** Not a C0 control, or one that text holds: TAB, LF, VT, FF, CR, SUB (DOS end of file), ESC. */
function isTextUnit(u: number): boolean {
  return u >= 0x20 || (u >= 0x09 && u <= 0x0d) || u === 0x1a || u === 0x1b;
}

/** The share of code units that fit the pattern when the high byte sits at `hi` (1: little-endian, 0: big-endian). */
function patternShare(bytes: Uint8Array, units: number, hi: 0 | 1): { strict: number; loose: number; text: number } {
  let strict = 0;
  let loose = 0;
  let text = 0;
  for (let k = 0; k < units; k++) {
    const h = bytes[2 * k + hi]!;
    const l = bytes[2 * k + 1 - hi]!;
    if (h === 0x00 || arabicHighs.has(h)) strict++;
    else if (otherHighs.has(h)) loose++;
    if (isTextUnit((h << 8) | l)) text++;
  }
  return { strict: strict / units, loose: (strict + loose) / units, text: text / units };
}

/** UTF-16LE or UTF-16BE when the bytes have the pattern of (mostly Arabic or ASCII) UTF-16 text, else null. */
export function sniffUtf16(bytes: Uint8Array): Utf16Guess | null {
  if (bytes.length < 2) return null;
  const head = bytes.subarray(0, sampleSize);
  // cheap exit for the common case: no NUL and no 0x06 at the start means no UTF-16 Arabic or ASCII
  if (head.indexOf(0) < 0 && bytes[0] !== 0x06 && bytes[1] !== 0x06) return null;
  const units = head.length >> 1;
  let best: Utf16Guess | null = null;
  for (const [name, hi] of [
    ['utf-16le', 1],
    ['utf-16be', 0],
  ] as const) {
    const s = patternShare(head, units, hi);
    if (s.strict >= 0.6 && s.loose >= 0.95 && s.text >= 0.95 && (!best || s.loose > best.confidence)) {
      best = { name, confidence: Math.min(0.99, Math.round(s.loose * 100) / 100) };
    }
  }
  return best;
}
