import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { functionWords, sentenceOpeners } from '../src/segment/data/function-words.js';
import { leadVerbs } from '../src/segment/data/lead-verbs.js';
import { foldKey } from '../src/segment/fold.js';
import { lineInfo, type LineInfo } from '../src/segment/lines/info.js';
import type { Work } from '../src/segment/work.js';
import { lineArb } from './helpers/line-gen.js';

// The first-word measures look the word up once in one map of bits (lines/info.ts), where they asked five sets:
// the answers must be the sets' answers, for first words from every list, with و/ف before them and a label's
// colon or dash after them.

const fnWords = new Set(functionWords.map(foldKey));
const openers = new Set(sentenceOpeners.map(foldKey));
const verbs = new Set(leadVerbs.map(foldKey));
const speech = new Set(['قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اشار', 'اشارت', 'اوضح', 'اوضحت', 'تابع', 'تابعت', 'لفت', 'لفتت', 'بين', 'بينت', 'شدد', 'شددت', 'راي', 'رات', 'اعتبر', 'اعتبرت', 'جاء', 'جاءت', 'يقول', 'تقول', 'يضيف', 'تضيف', 'كشف', 'كشفت', 'ذكر', 'ذكرت']);
const bylineLabels = new Set(['كتب', 'كتبت', 'بقلم', 'بواسطة', 'اعداد', 'تقرير', 'حوار', 'متابعة', 'by', 'تحرير', 'ترجمة']);

/** The first-word measures as the sets gave them (info.ts before the map of bits). */
function expected(info: LineInfo): Partial<LineInfo> {
  let end = info.first.length;
  while (end > 0 && [0x3a, 0x2d, 0x2013].includes(info.first.charCodeAt(end - 1))) end--;
  const first = info.first.slice(0, end);
  const isFunction = fnWords.has(first);
  const joined = /^[وف]/u.test(first);
  const rest = joined ? first.slice(1) : '';
  const conjoined = joined && /^[\u0621-\u064A]{3,}$/u.test(rest) && !isFunction;
  return {
    firstIsFunction: isFunction,
    firstIsOpener: openers.has(first),
    firstIsConjoined: conjoined,
    firstIsVerb: verbs.has(first) || (conjoined && verbs.has(rest)),
    continues: joined && (verbs.has(rest) || speech.has(rest) || /^[وف]ال[\u0621-\u064A]{2,}/u.test(first) || /^[وف](?:قد|لم|لن|لا|كان|كانت|يذكر|يشار|تجدر|س[يتن])/u.test(first)),
    bylineLabel: bylineLabels.has(first) && info.wc <= 8,
  };
}

const work = { rules: compileRules(), template: undefined } as unknown as Work;
const listed = [...functionWords, ...sentenceOpeners, ...leadVerbs, ...speech, ...bylineLabels, 'by', 'والحكومة', 'وقد', 'فلن', 'ولم'];

describe('first-word measures', () => {
  it('answer as the five sets did', () => {
    const word = fc.tuple(fc.constantFrom('', '', 'و', 'ف'), fc.constantFrom(...listed), fc.constantFrom('', '', ':', '-', '\u2013', ' :'));
    fc.assert(
      fc.property(word, fc.nat(30), lineArb(20), ([pre, w, post], long, rest) => {
        const text = `${pre}${w}${post} ${rest}${' كلمة'.repeat(long)}`;
        const info = lineInfo({ line: 1, text }, work);
        expect(info, text).toMatchObject(expected(info));
      }),
      { numRuns: 4000 },
    );
    const info = lineInfo({ line: 1, text: 'وقال المتحدث إن الاجتماع انتهى' }, work);
    expect([info.continues, info.firstIsConjoined]).toEqual([true, true]);
    expect(lineInfo({ line: 1, text: 'كتب: فلان الفلاني' }, work).bylineLabel).toBe(true);
  });
});
