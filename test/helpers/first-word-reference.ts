// lineInfo's first-word measures as they were before they were looked up in place (src/segment/lines/info.ts, main
// 0fa6dd6: one map of bits, the word and و/ف's rest sliced out, and two expressions), kept word for word as the
// reference lines/first-word.ts is checked against (test/segment-first-word-in-place.test.ts).
import { functionWords, sentenceOpeners } from '../../src/segment/data/function-words.js';
import { leadVerbs } from '../../src/segment/data/lead-verbs.js';
import { foldKey } from '../../src/segment/fold.js';

const speech = ['قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اشار', 'اشارت', 'اوضح', 'اوضحت', 'تابع', 'تابعت', 'لفت', 'لفتت', 'بين', 'بينت', 'شدد', 'شددت', 'راي', 'رات', 'اعتبر', 'اعتبرت', 'جاء', 'جاءت', 'يقول', 'تقول', 'يضيف', 'تضيف', 'كشف', 'كشفت', 'ذكر', 'ذكرت'];
const bylineLabels = ['كتب', 'كتبت', 'بقلم', 'بواسطة', 'اعداد', 'تقرير', 'حوار', 'متابعة', 'by', 'تحرير', 'ترجمة'];
const FUNCTION = 1;
const OPENER = 2;
const VERB = 4;
const SPEECH = 8;
const BYLINE = 16;
const wordBits = new Map<string, number>();
for (const [list, bit] of [[functionWords.map(foldKey), FUNCTION], [sentenceOpeners.map(foldKey), OPENER], [leadVerbs.map(foldKey), VERB], [speech, SPEECH], [bylineLabels, BYLINE]] as const) {
  for (const w of list) wordBits.set(w, (wordBits.get(w) ?? 0) | bit);
}

export interface FirstWordMeasures {
  firstIsFunction: boolean;
  firstIsOpener: boolean;
  firstIsConjoined: boolean;
  firstIsVerb: boolean;
  continues: boolean;
  bylineLabel: boolean;
}

/** The first-word measures of a line whose folded first word is `word` and which has `wc` words. */
export function firstWordReference(word: string, wc: number): FirstWordMeasures {
  let end = word.length;
  while (end > 0 && labelEnd(word.charCodeAt(end - 1))) end--;
  const first = end === word.length ? word : word.slice(0, end);
  const bits = wordBits.get(first) ?? 0;
  const isFunction = (bits & FUNCTION) !== 0;
  const c0 = first.charCodeAt(0);
  const joined = c0 === 0x0648 || c0 === 0x0641;
  const rest = joined ? first.slice(1) : '';
  const restBits = joined ? (wordBits.get(rest) ?? 0) : 0;
  const firstIsConjoined = joined && lettersOnly(rest, 3) && !isFunction;
  return {
    firstIsFunction: isFunction,
    firstIsOpener: (bits & OPENER) !== 0,
    firstIsConjoined,
    firstIsVerb: (bits & VERB) !== 0 || (firstIsConjoined && (restBits & VERB) !== 0),
    continues: joined && ((restBits & (VERB | SPEECH)) !== 0 || /^[وف]ال[\u0621-\u064A]{2,}/u.test(first) || /^[وف](?:قد|لم|لن|لا|كان|كانت|يذكر|يشار|تجدر|س[يتن])/u.test(first)),
    bylineLabel: (bits & BYLINE) !== 0 && wc <= 8,
  };
}

const labelEnd = (c: number): boolean => c === 0x3a || c === 0x2d || c === 0x2013;

function lettersOnly(s: string, min: number): boolean {
  if (s.length < min) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return true;
}
