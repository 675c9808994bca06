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

/** `[\u0621-\u064A]`: a letter of the basic Arabic block (-1, outside the word, is none). */
export const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

// Each test reads a word as code units `u[a..b)` (the headline cut keeps a page's words in typed arrays: no string
// per word); the string form of each, for tests and for `stem`, reads the word into a scratch array first. Each
// reads the word's units itself, each read guarded by the word's length (a unit outside the word is none
// of those it looks for): a reader called for every unit was most of the cost of the stems and of the cuts tried.
// A read out of bounds would make V8 throw away the optimised code of the headline cut each time a new place of it
// meets one (seven times on a run over the bulk corpus, some 17 ms of compiling each).

/** The length of the first of `وال بال فال لل ال و ف ب` the word `u[a..b)` opens with, or 0. */
function prefixLength(u: Uint16Array, a: number, b: number): number {
  const n = b - a;
  const c0 = n > 0 ? u[a]! : -1;
  const c1 = n > 1 ? u[a + 1]! : -1;
  const conjunction = c0 === WAW || c0 === BEH || c0 === FEH;
  if (conjunction && c1 === ALEF && n > 2 && u[a + 2] === LAM) return 3;
  if ((c0 === LAM || c0 === ALEF) && c1 === LAM) return 2;
  return conjunction ? 1 : 0;
}

/** Whether the word `u[a..b)`, of two units or more, ends in `ات`, `ين`, `ون` or `ها`. */
function longEnding(u: Uint16Array, b: number): boolean {
  const x = u[b - 2]!;
  const y = u[b - 1]!;
  return (x === ALEF && y === TEH) || (y === NOON && (x === YEH || x === WAW)) || (x === HEH && y === ALEF);
}

/** `stemStart` of the word `u[a..b)` (counted from a). */
export function stemStartIn(u: Uint16Array, a: number, b: number): number {
  let k = prefixLength(u, a, b);
  // (the tense letter needs three letters after it inside the word)
  if (k + 3 < b - a) {
    const tense = u[a + k]!;
    if ((tense === YEH || tense === TEH || tense === ALEF) && isLetter(u[a + k + 1]!) && isLetter(u[a + k + 2]!) && isLetter(u[a + k + 3]!)) k++;
  }
  return k;
}

/** `stemEnd` of the word `u[a..b)` for a stem starting at `from` (both counted from a). */
export function stemEndIn(u: Uint16Array, a: number, b: number, from: number): number {
  const n = b - a;
  // (from >= 0: the word has two units, or one)
  if (n - from >= 2 && longEnding(u, b)) return n - 2;
  if (n - from >= 1) {
    const last = u[b - 1]!;
    if (last === HEH || last === TEH) return n - 1;
  }
  return n;
}

/** `opensClause` of the word `u[a..b)`. */
export function opensClauseIn(u: Uint16Array, a: number, b: number): boolean {
  const c = b > a ? u[a]! : -1;
  // ، ARABIC COMMA, ؛ ARABIC SEMICOLON
  return c === 0x060c || c === 0x2c || c === 0x3a || c === 0x061b;
}

/** `conjunctionOpens` of the word `u[a..b)`. */
export function conjunctionOpensIn(u: Uint16Array, a: number, b: number): boolean {
  if (b - a < 4) return false;
  const c = u[a]!;
  return (c === WAW || c === FEH) && isLetter(u[a + 1]!) && isLetter(u[a + 2]!) && isLetter(u[a + 3]!);
}

/** `articleOpens` of the word `u[a..b)`. */
export function articleOpensIn(u: Uint16Array, a: number, b: number): boolean {
  return b - a >= 2 && u[a] === ALEF && u[a + 1] === LAM;
}

/** Whether the three units before `end` (an offset in u, at least a) are letters of the word (and there are three). */
const lettersBefore = (u: Uint16Array, a: number, end: number): boolean => end - a >= 3 && isLetter(u[end - 1]!) && isLetter(u[end - 2]!) && isLetter(u[end - 3]!);

/** `pronounEnds` of the word `u[a..b)`. */
export function pronounEndsIn(u: Uint16Array, a: number, b: number): boolean {
  if (b - a < 2) return false;
  const x = u[b - 2]!;
  const y = u[b - 1]!;
  if (x === HEH && (y === ALEF || y === MEEM || y === NOON)) return lettersBefore(u, a, b - 2);
  return y === ALEF && x === MEEM && b - a >= 3 && u[b - 3] === HEH && lettersBefore(u, a, b - 3);
}

/** `headlineStop` of the word `u[a..b)`. */
export function headlineStopIn(u: Uint16Array, a: number, b: number): boolean {
  let end = b;
  const q = end > a ? u[end - 1]! : -1;
  // ” RIGHT DOUBLE QUOTATION MARK, » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  if (q === 0x22 || q === 0x27 || q === 0x201d || q === 0xbb) end--;
  const c = end > a ? u[end - 1]! : -1;
  // ؟ ARABIC QUESTION MARK
  return c === 0x21 || c === 0x061f || c === 0x3f || (c === 0x2e && end - a >= 2 && u[end - 2] === 0x2e);
}

/** A headline's label for its media: `(فيديو)`, `(صور)`. */
const mediaTag = /^[(（](?:فيديو|فيديوهات|صور|صوره|شاهد|انفوجراف|بالصور|بالفيديو)[)）]$/u;

/** `mediaTagged` of the word `u[a..b)`. */
export function mediaTaggedIn(u: Uint16Array, a: number, b: number): boolean {
  const c = b > a ? u[a]! : -1;
  // (the tag is ten units at most: a longer word is none, and is not read into a string)
  return (c === 0x28 || c === 0xff08) && b - a <= 10 && mediaTag.test(unitsString(u, a, b));
}

/** The word `u[a..b)` as a string (a short one by `String.fromCharCode` with its arguments written out). */
export function unitsString(u: Uint16Array, a: number, b: number): string {
  const f = String.fromCharCode;
  switch (b - a) {
    case 0: return '';
    case 1: return f(u[a]!);
    case 2: return f(u[a]!, u[a + 1]!);
    case 3: return f(u[a]!, u[a + 1]!, u[a + 2]!);
    case 4: return f(u[a]!, u[a + 1]!, u[a + 2]!, u[a + 3]!);
    case 5: return f(u[a]!, u[a + 1]!, u[a + 2]!, u[a + 3]!, u[a + 4]!);
    case 6: return f(u[a]!, u[a + 1]!, u[a + 2]!, u[a + 3]!, u[a + 4]!, u[a + 5]!);
    default: {
      // (a slice at a time: one `apply` over a huge word overflows the stack)
      let out = '';
      for (let i = a; i < b; i += 4096) out += f.apply(null, u.subarray(i, Math.min(b, i + 4096)) as unknown as number[]);
      return out;
    }
  }
}

let one = new Uint16Array(64);
/** A word's code units in a scratch array (its first w.length), for the string forms below. */
function load(w: string): Uint16Array {
  if (w.length > one.length) one = new Uint16Array(2 * w.length);
  for (let i = 0; i < w.length; i++) one[i] = w.charCodeAt(i);
  return one;
}

/**
 * Where a word's stem starts: past the first prefix of `وال بال فال لل ال و ف ب` that fits, then past one tense
 * letter (`ي`, `ت`, `ا`) before three letters (`است` is never reached: its `ا` is one).
 */
export const stemStart = (w: string): number => stemStartIn(load(w), 0, w.length);
/** Where the stem starting at `a` ends: before the ending that starts first (a two-letter one before `ه` or `ت`). */
export const stemEnd = (w: string, a: number): number => stemEndIn(load(w), 0, w.length, a);

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
export const opensClause = (w: string): boolean => opensClauseIn(load(w), 0, w.length);
/** `/^[وف][\u0621-\u064A]{3,}/u`: a conjunction glued to a word of three letters or more. */
export const conjunctionOpens = (w: string): boolean => conjunctionOpensIn(load(w), 0, w.length);
/** `w.startsWith('ال')`. */
export const articleOpens = (w: string): boolean => articleOpensIn(load(w), 0, w.length);
/** `/[\u0621-\u064A]{3,}(?:ها|هم|هما|هن)$/u`: a pronoun glued to a word of three letters or more. */
export const pronounEnds = (w: string): boolean => pronounEndsIn(load(w), 0, w.length);
/** `/(?:\.\.|[!؟?])["'”»]?$/u`: the word ends a sentence the way a headline does (`..`, `!`, `؟`), a quote after. */
export const headlineStop = (w: string): boolean => headlineStopIn(load(w), 0, w.length);
/** `mediaTag.test(w)`, asked only of a word that opens with a bracket (`(` or FULLWIDTH LEFT PARENTHESIS). */
export const mediaTagged = (w: string): boolean => mediaTaggedIn(load(w), 0, w.length);
