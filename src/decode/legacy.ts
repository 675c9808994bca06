import iconv from 'iconv-lite';
import { scoreArabic } from './arabic-score.js';
import { countStrandedInitials, presentationForms } from './presentation.js';

/** Single-byte Arabic pages, most common first (the order breaks ties). */
export const legacyCandidates = ['windows-1256', 'iso-8859-6', 'cp720', 'cp864'] as const;
export type LegacyName = (typeof legacyCandidates)[number];

/** Bytes scored per candidate: enough to decide, bounded time on a large file. */
const sampleBytes = 32 * 1024;
/** A small prior per candidate so that a tie (little text) goes to the more common page. */
const prior: Record<LegacyName, number> = { 'windows-1256': 1, 'iso-8859-6': 0.5, cp720: 0.25, cp864: 0 };

export interface LegacyGuess {
  name: LegacyName;
  /** 0.5–0.99, from the margin over the runner-up. */
  confidence: number;
}

function score(bytes: Uint8Array, name: LegacyName): number {
  let text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  let penalty = 0;
  // cp864 text is glyph forms (ﺍﻟﻌﺮﺑﻴﺔ); fold them to letters to score words (NFKC, UAX #15)
  if (presentationForms.test(text)) {
    penalty = 3 * countStrandedInitials(text);
    text = text.normalize('NFKC');
  }
  return scoreArabic(text) + prior[name] - penalty;
}

/** The single-byte Arabic page under which `bytes` read most like Arabic. */
export function pickLegacy(bytes: Uint8Array): LegacyGuess {
  const sample = bytes.subarray(0, sampleBytes);
  const scored = legacyCandidates.map((name) => ({ name, score: score(sample, name) })).sort((a, b) => b.score - a.score);
  const [best, second] = [scored[0]!, scored[1]!];
  const margin = best.score <= 0 ? 0 : (best.score - Math.max(second.score, 0)) / best.score;
  return { name: best.name, confidence: Math.round((0.5 + 0.49 * Math.min(1, margin)) * 100) / 100 };
}
