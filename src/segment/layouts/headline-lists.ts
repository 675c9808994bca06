import { functionWords } from '../data/function-words.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { foldKey } from '../fold.js';
import { articleOpens, articleOpensIn, unitsString } from './headline-words.js';

// The word lists the headline cut asks about (function words, known lead verbs, relative pronouns), and a verb's
// shape: each word of a page's head is looked up once, in one map, and most are turned away before it.

const fnWords = new Set(functionWords.map(foldKey));
const verbs = new Set(leadVerbs.map(foldKey));
const relatives = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'مما', 'حيث', 'بينما'].map(foldKey));
/** What a word is among the lists above, a bit each: one look-up per word instead of one per list and use. */
export const FUNCTION = 1;
export const VERB = 2;
export const RELATIVE = 4;
const kindOf = new Map<string, number>();
for (const [words, bit] of [[fnWords, FUNCTION], [verbs, VERB], [relatives, RELATIVE]] as const) for (const w of words) kindOf.set(w, (kindOf.get(w) ?? 0) | bit);
/** (a longer word is in no list: no look-up) */
const longestListed = Math.max(...[...kindOf.keys()].map((w) => w.length));
/** The low bytes of a word's first and last code units, 1 where a listed word has them: most words are turned away unhashed. */
const listedEnds = new Uint8Array(0x10000);
const endsKey = (w: string): number => ((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(w.length - 1) & 0xff);
for (const w of kindOf.keys()) listedEnds[endsKey(w)] = 1;

/** The lists a (folded) word is in: FUNCTION, VERB, RELATIVE bits, 0 for none. */
export function listedKind(w: string): number {
  // (an empty word, of punctuation alone, has no ends to look at)
  if (w.length === 0) return kindOf.get(w) ?? 0;
  if (w.length > longestListed || listedEnds[endsKey(w)] === 0) return 0;
  return kindOf.get(w) ?? 0;
}

// The listed words again, by a hash of their code units (open addressing, a table four times their number), so a
// word kept as code units (the headline cut's) is looked up with no string made for it.
const listed = [...kindOf];
const listedUnits = new Uint16Array(listed.reduce((n, [w]) => n + w.length, 0));
const listedFrom = new Int32Array(listed.length + 1);
const slotMask = (1 << Math.ceil(Math.log2(4 * listed.length))) - 1;
/** Per slot, 1 + the number of the listed word there, or 0 for none. */
const listedSlots = new Int32Array(slotMask + 1);

function unitsHash(u: Uint16Array, a: number, b: number): number {
  let h = 0;
  for (let q = a; q < b; q++) h = (Math.imul(h, 31) + u[q]!) | 0;
  return h;
}

listed.forEach(([w], k) => {
  const a = listedFrom[k]!;
  for (let i = 0; i < w.length; i++) listedUnits[a + i] = w.charCodeAt(i);
  listedFrom[k + 1] = a + w.length;
  let at = unitsHash(listedUnits, a, a + w.length) & slotMask;
  while (listedSlots[at] !== 0) at = (at + 1) & slotMask;
  listedSlots[at] = k + 1;
});

/** Whether listed word k is the word `u[a..b)`. */
function isListed(k: number, u: Uint16Array, a: number, b: number): boolean {
  const from = listedFrom[k]!;
  if (listedFrom[k + 1]! - from !== b - a) return false;
  for (let i = 0; i < b - a; i++) if (listedUnits[from + i] !== u[a + i]) return false;
  return true;
}

/** `listedKind` of the word `u[a..b)`. */
export function listedKindIn(u: Uint16Array, a: number, b: number): number {
  const n = b - a;
  if (n === 0) return kindOf.get('') ?? 0;
  if (n > longestListed || listedEnds[((u[a]! & 0xff) << 8) | (u[b - 1]! & 0xff)] === 0) return 0;
  for (let at = unitsHash(u, a, b) & slotMask; ; at = (at + 1) & slotMask) {
    const k = listedSlots[at]! - 1;
    if (k < 0) return 0;
    if (isListed(k, u, a, b)) return listed[k]![1];
  }
}

/** A word shaped like a finite verb (past or present, third person), with no article. */
export function verbShaped(w: string): boolean {
  return !fnWords.has(w) && verbForm(w);
}

/** The shape of a finite verb (third person, past or present): `verbForm` tests a folded word against it. */
const verbShape = /^(?:[اأ]?[\u0621-\u064A]{3}|ا[\u0621-\u064A]{4}|است[\u0621-\u064A]{3}|ت[\u0621-\u064A]{3,4})(?:ت|وا|ا)?$|^[يت][\u0621-\u064A]{3,5}(?:ون|ان)?$/u;

/** `verbShaped` for a word known to be no function word. */
export function verbForm(w: string): boolean {
  if (w.length < 3 || w.length > 8 || articleOpens(w)) return false;
  return verbShape.test(w);
}

/** `verbForm` of the word `u[a..b)`. */
export function verbFormIn(u: Uint16Array, a: number, b: number): boolean {
  if (b - a < 3 || b - a > 8 || articleOpensIn(u, a, b)) return false;
  return verbShape.test(unitsString(u, a, b));
}
