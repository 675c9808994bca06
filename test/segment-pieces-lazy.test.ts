import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadVerbs } from '../src/segment/data/lead-verbs.js';
import { splitHeadline } from '../src/segment/layouts/headline-split.js';
import { sentenceEnd } from '../src/segment/layouts/pieces.js';
import { splitHeadlineReference } from './helpers/split-headline-reference.js';

// Two shortcuts of the collapsed-page cut: the headline split counts a long piece's words (up to the 150 of the
// head) only when it goes on past that piece, and the cuts after sentences are read from where the search goes on
// (`test` and lastIndex, no match array). Each must give what the plain form gave.

const words = ['وزير', 'الزراعة', 'يفتتح', 'معرض', 'التمور', 'في', 'من', 'قال', 'الذي', '2026', '،', ':', 'x', '..', '!', '؟', ...leadVerbs.slice(0, 10)];
const piece = fc
  .tuple(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 180 }), fc.constantFrom('', '.', ':', '،', '؟', '"', '3'))
  .map(([w, end]) => `${w.join(' ')}${end}`.trim());
const pieces = fc.array(piece, { minLength: 0, maxLength: 12 }).map((texts) => texts.map((text, i) => ({ line: 1 + (i >> 1), text })));

/** Pieces of function words alone (no headline in them, none ending a sentence), then a headline glued to its lead. */
const headed = 'وزير الزراعة يفتتح معرض التمور السنوي افتتح وزير الزراعة صباح اليوم معرض التمور السنوي في قاعة المدينة بحضور عدد من المزارعين والتجار';
const fillerFirst = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([sizes, last]) => [...sizes.map((n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'في' : 'من')).join(' ')), headed, ...(last ? ['قال الوزير.'] : [])])
  .map((texts) => texts.filter((t) => t !== '').map((text) => ({ line: 1, text })));

/** Every match's end, by `exec` (the plain form). */
function endsByExec(t: string): number[] {
  const out: number[] = [];
  sentenceEnd.lastIndex = 0;
  for (let m = sentenceEnd.exec(t); m; m = sentenceEnd.exec(t)) {
    expect(m[0].length).toBeGreaterThan(0);
    expect(m[0].endsWith(':')).toBe(false);
    out.push(m.index + m[0].length);
  }
  return out;
}

function endsByTest(t: string): number[] {
  const out: number[] = [];
  sentenceEnd.lastIndex = 0;
  while (sentenceEnd.test(t)) out.push(sentenceEnd.lastIndex);
  return out;
}

describe('collapsed-page cut shortcuts', () => {
  it('splits the headline as the plain form does (generated pieces, long and short)', () => {
    fc.assert(
      fc.property(pieces, (ps) => {
        expect(splitHeadline(ps.map((p) => ({ ...p })))).toEqual(splitHeadlineReference(ps.map((p) => ({ ...p }))));
      }),
      { numRuns: 1500 },
    );
  });

  it('stops at the 150 words of the head as the plain form does', () => {
    let cut = 0;
    let whole = 0;
    fc.assert(
      fc.property(fillerFirst, (ps) => {
        const got = splitHeadline(ps.map((p) => ({ ...p })));
        if (got.length > ps.length) cut++;
        else whole++;
        expect(got).toEqual(splitHeadlineReference(ps.map((p) => ({ ...p }))));
      }),
      { numRuns: 1500 },
    );
    // (both ends of the rule are reached: a headline cut within the head, and none past it)
    expect(cut).toBeGreaterThan(100);
    expect(whole).toBeGreaterThan(100);
  });

  it('finds the sentence ends by test as exec finds them', () => {
    const parts = ['كتب', 'أ', 'د', ' ', '  ', '\u00A0', '\n', '.', '..', '...', '!', '?', '؟', '…', '!!', '"', '”', '»', ')', ']', ':', 'x', '3'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 80 }), (p) => {
        const t = p.join('');
        expect(endsByTest(t), JSON.stringify(t)).toEqual(endsByExec(t));
      }),
      { numRuns: 3000 },
    );
    expect(endsByTest('قال الوزير. ثم أ. ب! نعم… لا؟ "هكذا." x')).toEqual(endsByExec('قال الوزير. ثم أ. ب! نعم… لا؟ "هكذا." x'));
  });
});
