import { iconv } from './iconv.js';
import { scoreArabic } from './arabic-score.js';
import { foldPresentationForms, isEndForm, isInitialForm, joinsNext, presentationForms } from './presentation.js';

/** Single-byte Arabic pages, most common first (the order breaks ties). */
export const legacyCandidates = ['windows-1256', 'iso-8859-6', 'cp720', 'cp864'] as const;
export type LegacyName = (typeof legacyCandidates)[number];

/** Bytes scored per candidate: enough to decide, bounded time on a large file. */
const sampleBytes = 1024;
/** A small prior per candidate so that a tie (little text) goes to the more common page. */
const prior: Record<LegacyName, number> = { 'windows-1256': 1, 'iso-8859-6': 0.5, cp720: 0.25, cp864: 0 };
/** Candidates whose share of Arabic characters among the high bytes trails the best by more than this are not scored. */
const shareSlack = 0.25;
/** Nor those with more than this share of junk (undefined bytes, box drawing) over the cleanest candidate. */
const junkSlack = 0.03;

/** Arabic letters, harakat, punctuation and presentation forms: what the high bytes of Arabic text decode to. */
function isArabicChar(c: number): boolean {
  return (c >= 0x060c && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfefc);
}

/** Undefined in the page (U+FFFD), a C1 control, or box drawing: never in an Arabic article. */
function isJunkChar(c: number): boolean {
  return c === 0xfffd || (c >= 0x80 && c <= 0x9f) || (c >= 0x2500 && c <= 0x25ff);
}

const ARABIC = 1;
const JUNK = 2;
/** Per page, what each byte 0x80–0xFF decodes to: an Arabic character, junk, or something else (built on first use). */
let byteKindTables: Record<LegacyName, Uint8Array> | null = null;
function byteKinds(): Record<LegacyName, Uint8Array> {
  byteKindTables ??= Object.fromEntries(
    legacyCandidates.map((name) => {
      const t = new Uint8Array(256);
      for (let b = 0x80; b <= 0xff; b++) {
        const c = iconv().decode(Buffer.from([b]), name).charCodeAt(0);
        t[b] = isArabicChar(c) ? ARABIC : isJunkChar(c) ? JUNK : 0;
      }
      return [name, t];
    }),
  ) as Record<LegacyName, Uint8Array>;
  return byteKindTables;
}

export interface LegacyGuess {
  name: LegacyName;
  /** 0.5–0.99, from the margin over the runner-up. */
  confidence: number;
}

/** cp864 bytes by the glyph they hold: 1 initial form, 2 end form, 4 any letter or form (joins); built on first use. */
let cp864Table: Uint8Array | null = null;
function cp864Kinds(): Uint8Array {
  if (cp864Table === null) {
    const t = new Uint8Array(256);
    for (let b = 0; b < 256; b++) {
      const c = iconv().decode(Buffer.from([b]), 'cp864').charCodeAt(0);
      t[b] = (isInitialForm(c) ? 1 : 0) | (isEndForm(c) ? 2 : 0) | (joinsNext(c) ? 4 : 0);
    }
    cp864Table = t;
  }
  return cp864Table;
}

/**
 * Shaping evidence for cp864, read off the bytes: word-final end forms (ﻥ ﻱ, for) minus three times initial forms
 * with no letter after them (against). Shaped cp864 text has many of the first and none of the second; windows-1256
 * or ISO-8859-6 bytes read as cp864 end most words on an initial form, since cp864 puts those where they have letters.
 */
function cp864Shaping(bytes: Uint8Array): number {
  let evidence = 0;
  const kinds = cp864Kinds();
  for (let i = 0; i < bytes.length; i++) {
    const k = kinds[bytes[i]!]!;
    if (k & 3 && !(i + 1 < bytes.length && kinds[bytes[i + 1]!]! & 4)) evidence += k & 1 ? -3 : 1;
  }
  return evidence;
}

function score(bytes: Uint8Array, name: LegacyName): number {
  let shaping = 0;
  if (name === 'cp864') {
    shaping = cp864Shaping(bytes);
    // more stranded initials than end forms: not shaped text, and not worth decoding
    if (shaping < 0) return -Infinity;
  }
  let text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  // cp864 text is glyph forms (ﺍﻟﻌﺮﺑﻴﺔ); fold them to letters to score words (NFKC, UAX #15)
  if (presentationForms.test(text)) text = foldPresentationForms(text);
  const base = scoreArabic(text) + prior[name];
  // shaping backs a reading that already reads as Arabic; it cannot make one out of nonsense
  return base + Math.min(shaping / 2, Math.max(base, 0));
}

/** How Arabic a decoded text reads (glyph forms folded to letters first), to compare it with another decoding. */
export function scoreDecoded(text: string): number {
  return scoreArabic(presentationForms.test(text) ? foldPresentationForms(text) : text);
}

/** Per page, the share of high bytes read as Arabic characters and as junk: a cheap first cut before scoring text. */
function byteShares(sample: Uint8Array): Array<{ arabic: number; junk: number }> {
  const counts = new Uint32Array(256);
  for (let i = 0; i < sample.length; i++) counts[sample[i]!]!++;
  let high = 0;
  for (let b = 0x80; b <= 0xff; b++) high += counts[b]!;
  return legacyCandidates.map((name) => {
    let arabic = 0;
    let junk = 0;
    const t = byteKinds()[name];
    for (let b = 0x80; b <= 0xff; b++) {
      if (t[b] === ARABIC) arabic += counts[b]!;
      else if (t[b] === JUNK) junk += counts[b]!;
    }
    return high === 0 ? { arabic: 1, junk: 0 } : { arabic: arabic / high, junk: junk / high };
  });
}

/** The single-byte Arabic page under which `bytes` read most like Arabic. */
export function pickLegacy(bytes: Uint8Array): LegacyGuess {
  const sample = bytes.subarray(0, sampleBytes);
  const shares = byteShares(sample);
  const topArabic = Math.max(...shares.map((x) => x.arabic));
  const leastJunk = Math.min(...shares.map((x) => x.junk));
  const hopeless = (x: { arabic: number; junk: number }): boolean => x.arabic < topArabic - shareSlack || x.junk > leastJunk + junkSlack;
  const scored = legacyCandidates
    .map((name, i) => ({ name, score: hopeless(shares[i]!) ? -Infinity : score(sample, name) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = [scored[0]!, scored[1]!];
  const margin = best.score <= 0 ? 0 : (best.score - Math.max(second.score, 0)) / best.score;
  return { name: best.name, confidence: Math.round((0.5 + 0.49 * Math.min(1, margin)) * 100) / 100 };
}
