import { functionWords, sentenceOpeners } from '../data/function-words.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { foldKey } from '../fold.js';
import type { LineInfo } from './info.js';
import { WordTable } from './word-table.js';

// What a line's first word says (lineInfo, info.ts): a function word, a particle, و/ف with a verb (a sentence
// going on), a byline label. The word is looked up where it stands in the folded first word, without slicing it
// out, and و/ف's rest is read in place the same way.

/** Verbs of reported speech that open a sentence after و/ف (`وقال`, `وأضاف`). */
const speech = ['قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اشار', 'اشارت', 'اوضح', 'اوضحت', 'تابع', 'تابعت', 'لفت', 'لفتت', 'بين', 'بينت', 'شدد', 'شددت', 'راي', 'رات', 'اعتبر', 'اعتبرت', 'جاء', 'جاءت', 'يقول', 'تقول', 'يضيف', 'تضيف', 'كشف', 'كشفت', 'ذكر', 'ذكرت'];
const bylineLabels = ['كتب', 'كتبت', 'بقلم', 'بواسطة', 'اعداد', 'تقرير', 'حوار', 'متابعة', 'by', 'تحرير', 'ترجمة'];
/** The lists a first word is looked up in, as bits of one number per word: one lookup for the word, one for what follows و/ف. */
const FUNCTION = 1;
const OPENER = 2;
const VERB = 4;
const SPEECH = 8;
const BYLINE = 16;
const listBits = new Map<string, number>();
for (const [list, bit] of [[functionWords.map(foldKey), FUNCTION], [sentenceOpeners.map(foldKey), OPENER], [leadVerbs.map(foldKey), VERB], [speech, SPEECH], [bylineLabels, BYLINE]] as const) {
  for (const w of list) listBits.set(w, (listBits.get(w) ?? 0) | bit);
}
/** The listed words (a range of a word is found in place) and each one's bits, in the same order. */
const listed = new WordTable(listBits.keys());
const bitsByWord = Int32Array.from(listBits.values());

/** The bits of s[from, to): 0 for a word in no list. */
function bitsOf(s: string, from: number, to: number): number {
  const k = listed.find(s, from, to);
  return k < 0 ? 0 : bitsByWord[k]!;
}

const WAW = 0x0648; // ARABIC LETTER WAW
const FEH = 0x0641; // ARABIC LETTER FEH
const ALEF = 0x0627; // ARABIC LETTER ALEF
const LAM = 0x0644; // ARABIC LETTER LAM
/** Sets the first-word measures of `info` from `info.first` (`wc`: the line's words, for the byline label). */
export function firstWord(info: LineInfo, wc: number): void {
  const word = info.first;
  let end = word.length;
  // (a label's colon or dash after the word: COLON, HYPHEN-MINUS, EN DASH)
  while (end > 0 && labelEnd(word.charCodeAt(end - 1))) end--;
  const bits = bitsOf(word, 0, end);
  const isFunction = (bits & FUNCTION) !== 0;
  info.firstIsFunction = isFunction;
  info.firstIsOpener = (bits & OPENER) !== 0;
  const c0 = end > 0 ? word.charCodeAt(0) : -1;
  // و or ف run into the word: what follows it, looked up in place
  const joined = c0 === WAW || c0 === FEH;
  const restBits = joined ? bitsOf(word, 1, end) : 0;
  info.firstIsConjoined = joined && lettersOnly(word, 1, end, 3) && !isFunction;
  info.firstIsVerb = (bits & VERB) !== 0 || (info.firstIsConjoined && (restBits & VERB) !== 0);
  info.continues = joined && ((restBits & (VERB | SPEECH)) !== 0 || definiteAfter(word, end) || opensAfter(word, end));
  info.bylineLabel = (bits & BYLINE) !== 0 && wc <= 8;
}

const labelEnd = (c: number): boolean => c === 0x3a || c === 0x2d || c === 0x2013;

/** `/^[\u0621-\u064A]{min,}$/u.test(s.slice(from, to))`: at least `min` units, all Arabic letters HAMZA..YEH. */
function lettersOnly(s: string, from: number, to: number, min: number): boolean {
  if (to - from < min) return false;
  for (let i = from; i < to; i++) if (!isLetter(s.charCodeAt(i))) return false;
  return true;
}

const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/** `/^[وف]ال[\u0621-\u064A]{2,}/u.test(s.slice(0, end))` for a word opening with و/ف: a definite noun after it. */
function definiteAfter(s: string, end: number): boolean {
  return end >= 5 && s.charCodeAt(1) === ALEF && s.charCodeAt(2) === LAM && isLetter(s.charCodeAt(3)) && isLetter(s.charCodeAt(4));
}

/**
 * `/^[وف](?:قد|لم|لن|لا|كان|كانت|يذكر|يشار|تجدر|س[يتن])/u.test(s.slice(0, end))` for a word opening with و/ف: a
 * particle, an auxiliary or a future prefix after it (`وقد`, `فلم`, `وكان`, `ويذكر`, `وسي…`), by its first letter.
 */
function opensAfter(s: string, end: number): boolean {
  const c1 = s.charCodeAt(1);
  const c2 = end > 2 ? s.charCodeAt(2) : -1;
  switch (c1) {
    case 0x0642: // QAF: قد
      return c2 === 0x062f;
    case 0x0644: // LAM: لم, لن, لا
      return c2 === 0x0645 || c2 === 0x0646 || c2 === ALEF;
    case 0x0633: // SEEN: سي, ست, سن
      return c2 === 0x064a || c2 === 0x062a || c2 === 0x0646;
    case 0x0643: // KAF: كان (كانت with it)
      return end > 3 && s.startsWith('كان', 1);
    case 0x064a: // YEH: يذكر, يشار
      return end > 4 && (s.startsWith('يذكر', 1) || s.startsWith('يشار', 1));
    case 0x062a: // TEH: تجدر
      return end > 4 && s.startsWith('تجدر', 1);
    default:
      return false;
  }
}
