import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdays, weekdaySource, weekdayTreeSource } from '../src/segment/dates/months.js';
import { phrasesSource, phraseTreeSource } from '../src/segment/fuzzy-phrases.js';
import { weekdayBeforeRe } from '../src/segment/dates/patterns.js';

// phraseTreeSource writes the alternation of phrasesSource as a tree of shared openings. It must match exactly the
// texts the alternation matches, alone and inside a larger expression (it is used with `test` only).

/** Letters that fold together (alef forms, yeh / alef maksura, teh marbuta / heh), others, a mark, a tatweel. */
const units = ['ا', 'أ', 'إ', 'آ', 'ل', 'ث', 'ن', 'ي', 'ى', 'ة', 'ه', 'ح', 'د', 'ب', 'س', ' ', '\u00A0', '-', ':', '\u064E', '\u0640', 'x', '1'];
const word = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...units), { minLength: 0, maxLength: max }).map((a) => a.join(''));

describe('phraseTreeSource', () => {
  it('matches the same texts as the alternation (random phrase lists, random texts)', () => {
    fc.assert(
      fc.property(fc.array(word(6), { minLength: 1, maxLength: 12 }), fc.array(word(40), { minLength: 1, maxLength: 8 }), fc.boolean(), (phrases, texts, marks) => {
        const list = new RegExp(phrasesSource(phrases, marks), 'u');
        const tree = new RegExp(phraseTreeSource(phrases, marks), 'u');
        // texts built from the phrases themselves, with noise around them, and free texts
        for (const t of [...texts, ...phrases.map((p, k) => `${texts[k % texts.length]}${p}${texts[(k + 1) % texts.length]}`)]) {
          expect(tree.test(t)).toBe(list.test(t));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches the same weekday names inside an anchored expression', () => {
    const list = new RegExp(`^(?:يوم\\s+)?(?:${weekdaySource})`, 'u');
    const tree = new RegExp(`^(?:يوم\\s+)?(?:${weekdayTreeSource})`, 'u');
    const texts = [
      ...weekdays.flatMap((w) => [w, `يوم ${w}`, `يوم  ${w} 3 مايو`, `${w.slice(0, -1)}`, `في ${w}`, `ال${w}`]),
      'الأحد',
      'الاحد',
      'الأَحد',
      'الـخميس',
      'الخمي',
      'يوم',
      '',
      'الثلاثاء الماضي',
    ];
    for (const t of texts) expect(tree.test(t), t).toBe(list.test(t));
  });

  it('gives the same span as the alternation in an expression anchored at the end (weekdayBeforeRe)', () => {
    const tail = (src: string): RegExp => new RegExp(`(?:(?<![\\u0621-\\u064A])\\u064A\\u0648\\u0645\\s+)?(?:${src})\\s*(?:[\\u060C,]\\s*)?$`, 'u');
    const list = tail(phrasesSource(weekdays));
    expect(weekdayBeforeRe.source).toBe(tail(weekdayTreeSource).source);
    const pieces = fc.constantFrom(...weekdays, 'يوم', 'اليوم', '،', ',', ' ', '  ', 'في', 'ال', 'الثلاث', '\u064E', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 0, maxLength: 8 }), (a) => {
        const t = a.join('');
        const want = list.exec(t);
        const got = weekdayBeforeRe.exec(t);
        expect(got ? [got.index, got[0]] : null).toEqual(want ? [want.index, want[0]] : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('shares openings and keeps the end of a phrase that opens a longer one', () => {
    expect(phraseTreeSource(['ab', 'abc', 'ad', 'x'], false)).toBe('a(?:b(?:c)?|d)|x');
    // the empty phrase matches anywhere, as in the alternation
    expect(new RegExp(phraseTreeSource(['q', ''], false), 'u').test('zzz')).toBe(true);
    expect(new RegExp(phraseTreeSource(['q'], false), 'u').test('zzz')).toBe(false);
    // half the length of the weekday alternation: the names share `ال`
    expect(weekdayTreeSource.length).toBeLessThan(weekdaySource.length / 2);
  });
});
