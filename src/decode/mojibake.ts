import { scoreArabic, isArabicLetter } from './arabic-score.js';
import { windows1252, windows1256, type Codepage } from './codepages.js';
import { scanUtf8 } from './utf8.js';

/**
 * Mojibake: UTF-8 bytes once read as a single-byte page and saved again, so `العربية` became `Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©`
 * (windows-1252) or `ط§ظ„ط¹ط±ط¨ظٹط©` (windows-1256). Undone the way ftfy does it: map each run of characters
 * back to the bytes they were read from and keep the run only if those bytes are valid UTF-8.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const codepages: readonly Codepage[] = [windows1252, windows1256];
/** Nested mojibake (read wrongly twice) happens; three layers is already rare. */
const maxPasses = 3;

/** Offsets where two misread Arabic UTF-8 characters follow each other (see Codepage.marker). */
export function findMarkers(text: string, cp: Codepage, limit = Infinity): number[] {
  const at: number[] = [];
  const re = cp.marker;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && at.length < limit; m = re.exec(text)) at.push(m.index);
  re.lastIndex = 0;
  return at;
}

interface Pass {
  text: string;
  runs: number;
  letters: number;
  /** Every character mapped back: the whole text was one misread UTF-8 byte string. */
  whole: boolean;
  /** Every repaired run was repaired beyond doubt (see isSure). */
  sure: boolean;
}

/**
 * A repaired stretch beyond doubt: at least two Arabic letters and no Latin letter, from bytes that were all valid
 * UTF-8. Real text in either page never maps back to that (a windows-1256 word would need a lead letter ط or ظ before
 * every second character), so such a stretch is repaired on its own evidence, whatever the rest of the text holds.
 */
function isSure(fixed: string): boolean {
  let arabic = 0;
  for (let k = 0; k < fixed.length; k++) {
    const c = fixed.charCodeAt(k);
    if (isArabicLetter(c)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return false;
  }
  return arabic >= 2;
}

interface RunRepair {
  text: string;
  /** Every repaired stretch of the run is sure (see isSure). */
  sure: boolean;
}

/** Repairs one run of characters from the page, or returns null to keep it as it is. */
function repairRun(run: string, cp: Codepage): RunRepair | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) bytes[i] = cp.byteOf[run.charCodeAt(i)]!;
  const scan = scanUtf8(bytes);
  if (scan.multi === 0) return null;
  if (scan.invalidAt.length === 0) {
    const text = strictUtf8.decode(bytes);
    return { text, sure: isSure(text) };
  }
  // a misread word next to a character that was really there (`Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©»`, `…ط§ظ„`): repair the valid stretches,
  // keep the other characters; only when the run is mostly valid, so a real word ending in `ط،` stays
  if (scan.multi < 2 || scan.invalidBytes * 4 > bytes.length) return null;
  let out = '';
  let pos = 0;
  let sure = true;
  const piece = (end: number): string => {
    const fixed = strictUtf8.decode(bytes.subarray(pos, end));
    if (fixed !== '' && !isSure(fixed)) sure = false;
    return fixed;
  };
  scan.invalidAt.forEach((at, k) => {
    out += piece(at) + run.slice(at, at + scan.invalidLength[k]!);
    pos = at + scan.invalidLength[k]!;
  });
  return { text: out + piece(bytes.length), sure };
}

function countLetters(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) if (isArabicLetter(text.charCodeAt(k))) n++;
  return n;
}

/** The common case in one step: the whole text maps back to bytes that are valid UTF-8. */
function undoWhole(text: string, cp: Codepage): Pass | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 ? c : cp.byteOf[c]!;
    if (b === 0 && c !== 0) return null;
    bytes[i] = b;
  }
  try {
    const fixed = strictUtf8.decode(bytes);
    return { text: fixed, runs: 1, letters: countLetters(fixed), whole: true, sure: true };
  } catch {
    return null;
  }
}

/**
 * Undoes one layer of misreading as `cp`, run by run (when some characters were really there, or are lost).
 * With `onlySure`, only the runs repaired beyond doubt are taken.
 */
function undoOnce(text: string, cp: Codepage, onlySure = false): Pass {
  const whole = onlySure ? null : undoWhole(text, cp);
  if (whole) return whole;
  const parts: string[] = [];
  let runs = 0;
  let letters = 0;
  let last = 0;
  let sure = true;
  let i = 0;
  while (i < text.length) {
    if (cp.byteOf[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && cp.byteOf[text.charCodeAt(j)] !== 0) j++;
    const fixed = j - i >= 2 ? repairRun(text.slice(i, j), cp) : null;
    if (fixed !== null && (fixed.sure || !onlySure)) {
      parts.push(text.slice(last, i), fixed.text);
      last = j;
      runs++;
      letters += countLetters(fixed.text);
      sure &&= fixed.sure;
    }
    i = j;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), runs, letters, whole: false, sure };
}

export interface MojibakeRepair {
  text: string;
  /** The pages the text was misread as, in the order it happened; empty when nothing was undone. */
  misreadAs: string[];
}

interface Repaired {
  text: string;
  misreadAs: string[];
  score: number;
}

/** One layer undone as `cp`, and the best way back under it, if it reads well enough to keep; else null. */
function tryLayer(text: string, cp: Codepage, depth: number, floor: number, onlySure: boolean): Repaired | null {
  const r = undoOnce(text, cp, onlySure);
  if (r.runs === 0 || r.letters < 2) return null;
  // a layer may look no better on its own (text misread twice: undoing the outer layer leaves `ط§ظ„`)
  const deeper = bestRepair(r.text, depth - 1);
  // sure stretches are mojibake beyond doubt and are kept on their own evidence, wherever they stand (past the part
  // of the text the score reads, next to a Latin word); a whole text that maps back to valid UTF-8 is too (real
  // Arabic or Latin words never do) and needs only to read no worse, which lets a two-word title through; any other
  // partial repair must read clearly better
  const good = r.sure || (r.whole ? deeper.score >= floor : deeper.score > floor + 2);
  return good ? { text: deeper.text, misreadAs: [...deeper.misreadAs, cp.name], score: deeper.score } : null;
}

/** The best-scoring way back: undo one layer as either page, then look for a layer under it, up to `depth`. */
function bestRepair(text: string, depth: number): Repaired {
  let best: Repaired = { text, misreadAs: [], score: scoreArabic(text) };
  if (depth === 0) return best;
  const floor = best.score;
  for (const cp of codepages) {
    if (findMarkers(text, cp, 1).length === 0) continue;
    // stretch by stretch: when the whole layer is not clearly better, the stretches repaired beyond doubt still are
    const r = tryLayer(text, cp, depth, floor, false) ?? tryLayer(text, cp, depth, floor, true);
    if (r && (best.misreadAs.length === 0 || r.score > best.score)) best = r;
  }
  return best;
}

/**
 * Undoes mojibake when the result is clearly better Arabic (it scores higher and gained Arabic letters).
 * Lossless by construction: every repaired run maps back to exactly the characters it came from.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const r = bestRepair(text, maxPasses);
  return { text: r.text, misreadAs: r.misreadAs };
}

/**
 * A lead character then U+FFFD: a tool that read UTF-8 as windows-1252 replaced the byte it has no character for
 * (`ف` is D9 81, and 0x81 is undefined), so that character is lost and the word cannot be repaired.
 */
const lostAfterLead = /[\u00d8\u00d9]\uFFFD/g;

/** Mojibake that is left in a text (could not be undone without loss): the page and the offsets, or null. */
export function leftoverMojibake(text: string): { page: string; at: number[] } | null {
  for (const cp of codepages) {
    const at = findMarkers(text, cp);
    if (at.length > 0) return { page: cp.name, at };
  }
  const lost = [...text.matchAll(lostAfterLead)].map((m) => m.index);
  return lost.length > 0 ? { page: windows1252.name, at: lost } : null;
}

/** Describes what was undone, for `encoding.repaired`: 'utf-8 read as windows-1252'. */
export function describeRepair(misreadAs: readonly string[]): string | null {
  return misreadAs.length === 0 ? null : `utf-8 read as ${misreadAs.join(', then as ')}`;
}
