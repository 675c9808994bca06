import { commonBigrams, commonWords, definitePrefixes } from './arabic-data.js';

/** How much of a long text the score reads: enough to decide, bounded time. */
const sampleChars = 32 * 1024;

/** U+0621 ARABIC LETTER HAMZA … U+064A ARABIC LETTER YEH, without U+0640 ARABIC TATWEEL; U+0671–U+06D3 extended letters. */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || (c >= 0x0671 && c <= 0x06d3);
}

/** U+064B ARABIC FATHATAN … U+0652 ARABIC SUKUN: harakat follow a letter, never start a word. */
function isHaraka(c: number): boolean {
  return c >= 0x064b && c <= 0x0652;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Characters no Arabic article holds: U+FFFD, C0/C1 controls, box drawing and block elements, private use. */
function isJunk(c: number): boolean {
  return (
    c === 0xfffd ||
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x2500 && c <= 0x25ff) ||
    (c >= 0xe000 && c <= 0xf8ff)
  );
}

function scoreWord(word: string): number {
  if (commonWords.has(word)) return 3;
  let s = 0;
  if (word.length >= 4 && definitePrefixes.some((p) => word.startsWith(p))) s += 2;
  for (let i = 0; i + 1 < word.length; i++) if (commonBigrams.has(word.slice(i, i + 2))) s += 0.5;
  // U+0629 TEH MARBUTA and U+0649 ALEF MAKSURA end a word
  for (let i = 0; i + 1 < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x0629 || c === 0x0649) s -= 2;
  }
  return s;
}

/**
 * How Arabic a text looks: frequent words, the article ال, frequent letter pairs, minus what a wrong decoding
 * leaves (U+FFFD, controls, box drawing, harakat that start a word, Latin letters glued to Arabic ones).
 * Higher is more Arabic; compare scores of decodings of the same bytes.
 */
export function scoreArabic(text: string): number {
  const end = Math.min(text.length, sampleChars);
  let score = 0;
  let wordStart = -1;
  let prev = 0x20;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    const letter = isArabicLetter(c);
    if (letter && wordStart < 0) wordStart = i;
    if (!letter && !isHaraka(c) && c !== 0x0640 && wordStart >= 0) {
      score += scoreWord(text.slice(wordStart, i).replace(/[\u064B-\u0652\u0640]/g, ''));
      wordStart = -1;
    }
    if (isJunk(c)) score -= 4;
    else if (isHaraka(c) && !isArabicLetter(prev) && prev !== 0x0651) score -= 2;
    else if ((letter && isLatinLetter(prev)) || (isLatinLetter(c) && isArabicLetter(prev))) score -= 2;
    prev = c;
  }
  return score;
}
