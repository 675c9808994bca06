// The facts the headline cut asks of single words, each read from a few code units instead of a regular expression
// or a string call per word (the cut asks them of some 30 words on every collapsed page). Each says in its doc
// comment the expression it stands for; test/segment-headline-words.test.ts checks each against it.

// و ARABIC LETTER WAW, ب ARABIC LETTER BEH, ف ARABIC LETTER FEH, ا ARABIC LETTER ALEF, ل ARABIC LETTER LAM
const WAW = 0x0648;
const BEH = 0x0628;
const FEH = 0x0641;
const ALEF = 0x0627;
const LAM = 0x0644;
// ي ARABIC LETTER YEH, ت ARABIC LETTER TEH, ن ARABIC LETTER NOON, ه ARABIC LETTER HEH, م ARABIC LETTER MEEM
const YEH = 0x064a;
const TEH = 0x062a;
const NOON = 0x0646;
const HEH = 0x0647;
const MEEM = 0x0645;

/**
 * The code unit at i, or -1 outside the word. The tests below read before a word's start and past its end (a short
 * word has no second letter); a read out of bounds would make V8 throw away the optimised code of the headline cut
 * each time a new place of it meets one (seven times on a run over the bulk corpus, some 17 ms of compiling each).
 */
const at = (w: string, i: number): number => (i >= 0 && i < w.length ? w.charCodeAt(i) : -1);

/** `[\u0621-\u064A]`: a letter of the basic Arabic block (-1, outside the word, is none). */
export const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/** The length of the first of `وال بال فال لل ال و ف ب` the word opens with, or 0. */
function prefixLength(w: string): number {
  const c0 = at(w, 0);
  const c1 = at(w, 1);
  const conjunction = c0 === WAW || c0 === BEH || c0 === FEH;
  if (conjunction && c1 === ALEF && at(w, 2) === LAM) return 3;
  if ((c0 === LAM || c0 === ALEF) && c1 === LAM) return 2;
  return conjunction ? 1 : 0;
}

/** Whether the word ends in `ات`, `ين`, `ون` or `ها`. */
function longEnding(w: string): boolean {
  const x = at(w, w.length - 2);
  const y = at(w, w.length - 1);
  return (x === ALEF && y === TEH) || (y === NOON && (x === YEH || x === WAW)) || (x === HEH && y === ALEF);
}

/**
 * Where a word's stem starts: past the first prefix of `وال بال فال لل ال و ف ب` that fits, then past one tense
 * letter (`ي`, `ت`, `ا`) before three letters (`است` is never reached: its `ا` is one).
 */
export function stemStart(w: string): number {
  let a = prefixLength(w);
  const tense = at(w, a);
  if ((tense === YEH || tense === TEH || tense === ALEF) && isLetter(at(w, a + 1)) && isLetter(at(w, a + 2)) && isLetter(at(w, a + 3))) a++;
  return a;
}

/** Where the stem starting at `a` ends: before the ending that starts first (a two-letter one before `ه` or `ت`). */
export function stemEnd(w: string, a: number): number {
  const b = w.length;
  if (b - a >= 2 && longEnding(w)) return b - 2;
  if (b - a >= 1) {
    const last = at(w, b - 1);
    if (last === HEH || last === TEH) return b - 1;
  }
  return b;
}

/**
 * A word without its article, conjunction and tense prefix: close enough to compare `يكتشف` and `اكتشف`. It does
 * what `w.replace(/^(?:وال|بال|فال|لل|ال|و|ف|ب)/u, '').replace(/^(?:[يتا]|است)(?=[\u0621-\u064A]{3})/u, '')
 * .replace(/(?:ات|ين|ون|ه|ها|ت)$/u, '')` did (test/segment-headline-stem.test.ts compares both).
 */
export function stem(w: string): string {
  const a = stemStart(w);
  const b = stemEnd(w, a);
  return a === 0 && b === w.length ? w : w.slice(a, b);
}

/** `/^[،,:؛]/u`: the word opens with a comma, a colon or a semicolon (it goes on a clause). */
export function opensClause(w: string): boolean {
  const c = at(w, 0);
  // ، ARABIC COMMA, ؛ ARABIC SEMICOLON
  return c === 0x060c || c === 0x2c || c === 0x3a || c === 0x061b;
}

/** `/^[وف][\u0621-\u064A]{3,}/u`: a conjunction glued to a word of three letters or more. */
export function conjunctionOpens(w: string): boolean {
  const c = at(w, 0);
  return (c === WAW || c === FEH) && isLetter(at(w, 1)) && isLetter(at(w, 2)) && isLetter(at(w, 3));
}

/** `w.startsWith('ال')`. */
export function articleOpens(w: string): boolean {
  return at(w, 0) === ALEF && at(w, 1) === LAM;
}

/** Whether the three units before `end` are letters (and there are three). */
const lettersBefore = (w: string, end: number): boolean => end >= 3 && isLetter(at(w, end - 1)) && isLetter(at(w, end - 2)) && isLetter(at(w, end - 3));

/** `/[\u0621-\u064A]{3,}(?:ها|هم|هما|هن)$/u`: a pronoun glued to a word of three letters or more. */
export function pronounEnds(w: string): boolean {
  const n = w.length;
  const x = at(w, n - 2);
  const y = at(w, n - 1);
  if (x === HEH && (y === ALEF || y === MEEM || y === NOON)) return lettersBefore(w, n - 2);
  return y === ALEF && x === MEEM && at(w, n - 3) === HEH && lettersBefore(w, n - 3);
}

/** `/(?:\.\.|[!؟?])["'”»]?$/u`: the word ends a sentence the way a headline does (`..`, `!`, `؟`), a quote after. */
export function headlineStop(w: string): boolean {
  let n = w.length;
  const q = at(w, n - 1);
  // ” RIGHT DOUBLE QUOTATION MARK, » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  if (q === 0x22 || q === 0x27 || q === 0x201d || q === 0xbb) n--;
  const c = at(w, n - 1);
  // ؟ ARABIC QUESTION MARK
  return c === 0x21 || c === 0x061f || c === 0x3f || (c === 0x2e && at(w, n - 2) === 0x2e);
}

/** A headline's label for its media: `(فيديو)`, `(صور)`. */
const mediaTag = /^[(（](?:فيديو|فيديوهات|صور|صوره|شاهد|انفوجراف|بالصور|بالفيديو)[)）]$/u;

/** `mediaTag.test(w)`, asked only of a word that opens with a bracket (`(` or FULLWIDTH LEFT PARENTHESIS). */
export function mediaTagged(w: string): boolean {
  const c = at(w, 0);
  return (c === 0x28 || c === 0xff08) && mediaTag.test(w);
}
