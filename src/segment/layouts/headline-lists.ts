import { functionWords } from '../data/function-words.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { foldKey } from '../fold.js';
import { articleOpens } from './headline-words.js';

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

/** A word shaped like a finite verb (past or present, third person), with no article. */
export function verbShaped(w: string): boolean {
  return !fnWords.has(w) && verbForm(w);
}

/** `verbShaped` for a word known to be no function word. */
export function verbForm(w: string): boolean {
  if (w.length < 3 || w.length > 8 || articleOpens(w)) return false;
  return /^(?:[اأ]?[\u0621-\u064A]{3}|ا[\u0621-\u064A]{4}|است[\u0621-\u064A]{3}|ت[\u0621-\u064A]{3,4})(?:ت|وا|ا)?$|^[يت][\u0621-\u064A]{3,5}(?:ون|ان)?$/u.test(w);
}
