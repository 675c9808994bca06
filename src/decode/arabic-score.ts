import { commonBigrams, commonWords } from './arabic-data.js';

/** How much of a long text the score reads: enough to decide, bounded time. */
const sampleChars = 2048;

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

const LETTER = 1;
const HARAKA = 2;
const LATIN = 4;
const JUNK = 8;
/** Character class bits for every UTF-16 code unit, so the scoring loop does one lookup a character. */
const classes = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    t[c] = (isArabicLetter(c) ? LETTER : 0) | (isHaraka(c) ? HARAKA : 0) | (isLatinLetter(c) ? LATIN : 0) | (isJunk(c) ? JUNK : 0);
  }
  return t;
})();

/** Letter pairs of U+0621–U+064A as a table indexed by (first - 0x620) * 64 + (second - 0x620). */
const bigramTable = (() => {
  const t = new Uint8Array(64 * 64);
  for (const pair of commonBigrams) t[(pair.charCodeAt(0) - 0x620) * 64 + (pair.charCodeAt(1) - 0x620)] = 1;
  return t;
})();

function isBigram(a: number, b: number): boolean {
  return a >= 0x620 && a < 0x660 && b >= 0x620 && b < 0x660 && bigramTable[(a - 0x620) * 64 + (b - 0x620)] === 1;
}

/** Words of up to five letters of U+0621–U+064A as numbers: six bits a letter, so a lookup needs no string. */
const maxKeyLetters = 5;
const commonKeys: ReadonlySet<number> = new Set(
  [...commonWords].filter((w) => w.length <= maxKeyLetters && /^[\u0621-\u064A]+$/.test(w)).map((w) => [...w].reduce((k, ch) => k * 64 + (ch.charCodeAt(0) - 0x620), 0)),
);

const ALEF = 0x0627;
const LAM = 0x0644;
/** و ب ف ك: a conjunction or preposition written onto the article (وال بال فال كال). */
function isProclitic(c: number): boolean {
  return c === 0x0648 || c === 0x0628 || c === 0x0641 || c === 0x0643;
}

/**
 * How Arabic a text looks: frequent words, the article ال, frequent letter pairs, minus what a wrong decoding
 * leaves (U+FFFD, controls, box drawing, harakat that start a word, Latin letters glued to Arabic ones, ة or ى
 * inside a word). Higher is more Arabic; compare scores of decodings of the same bytes. One pass without
 * allocation over the first 2,048 characters.
 */
export function scoreArabic(text: string): number {
  const end = Math.min(text.length, sampleChars);
  let score = 0;
  // the current word: length, key, first three letters, previous letter, its pair and misplacement points
  let len = 0;
  let key = 0;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let last = 0;
  let inner = 0;
  let prev = 0;
  let prevCode = 0x20;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    const cls = classes[c]!;
    const letter = (cls & LETTER) !== 0;
    if (letter) {
      if (len > 0) {
        if (isBigram(last, c)) inner += 0.5;
        // U+0629 TEH MARBUTA and U+0649 ALEF MAKSURA end a word
        if (last === 0x0629 || last === 0x0649) inner -= 2;
      }
      if (len === 0) c0 = c;
      else if (len === 1) c1 = c;
      else if (len === 2) c2 = c;
      key = len < maxKeyLetters && c <= 0x064a ? key * 64 + (c - 0x620) : -1;
      last = c;
      len++;
    } else if (len > 0 && (cls & HARAKA) === 0 && c !== 0x0640) {
      if (len <= maxKeyLetters && key > 0 && commonKeys.has(key)) score += 3;
      else {
        const article = (c0 === ALEF && c1 === LAM) || (c0 === LAM && c1 === LAM) || (isProclitic(c0) && c1 === ALEF && c2 === LAM);
        score += inner + (len >= 4 && article ? 2 : 0);
      }
      len = 0;
      key = 0;
      inner = 0;
    }
    if (cls !== 0 && cls !== LETTER) {
      if (cls & JUNK) score -= 4;
      else if (cls & HARAKA && (prev & LETTER) === 0 && prevCode !== 0x0651) score -= 2;
      else if (cls & LATIN && prev & LETTER) score -= 2;
    } else if (letter && prev & LATIN) score -= 2;
    prev = cls;
    prevCode = c;
  }
  return score;
}
