import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../src/segment/layouts/marker-scan.js';
import { sentenceEnd } from '../src/segment/layouts/pieces.js';
import { addSentenceEndsAt } from '../src/segment/layouts/sentence-ends.js';

// The cuts after sentences are read from the places of `[.!?؟…]` the page scan writes down, not searched for by
// the expression: they must be the ends of the expression's matches, on texts full of what its look-behind,
// look-ahead and runs turn on (one-letter abbreviations, `..`, runs of marks, closing quotes, every kind of space).

/** The ends of the expression's matches, searched the ordinary way (the reference). */
function reference(t: string): number[] {
  const out: number[] = [];
  sentenceEnd.lastIndex = 0;
  while (sentenceEnd.test(t)) out.push(sentenceEnd.lastIndex);
  return out;
}

function fromScan(t: string, head: number): number[] {
  const scan = scanPage(t, head);
  const cuts = new Set<number>();
  addSentenceEndsAt(cuts, scan.units, t.length, scan.stops, scan.stopCount);
  return [...cuts];
}

const atoms = fc.constantFrom(
  '.', '.', '..', '...', '!', '?', '؟', '…', '!!', '?!', '"', "'", '\u201D', '»', ')', ']', '(', '«', ' ', ' ', '  ', '\u00A0',
  '\t', '\n', '\u2003', '\uFEFF', 'د', 'أ', 'ي', '\u064A', '\u0621', '\u0620', '\u064B', 'ال', 'قال', 'الوزير', 'x', 'A',
  '1', '٣', ':', '،', '-', '\u0640', '\u200F', '\uD83D\uDE00', '\uD83D', '|',
);
const text = (maxLength: number): fc.Arbitrary<string> => fc.array(atoms, { maxLength }).map((a) => a.join(''));

describe('sentence ends from the page scan', () => {
  it('are the ends of the expression\'s matches (short texts and page-sized ones, any head length)', () => {
    let some = 0;
    const check = (t: string, head: number): void => {
      const want = reference(t);
      if (want.length > 0) some++;
      expect(fromScan(t, head), JSON.stringify(t)).toEqual(want);
    };
    fc.assert(fc.property(text(12), fc.nat({ max: 14 }), check), { numRuns: 6000 });
    fc.assert(fc.property(text(900), fc.nat({ max: 1200 }), check), { numRuns: 200 });
    expect(some).toBeGreaterThan(400);
  });

  it('cuts after a sentence and its closing marks, not after an abbreviation or two stops (hand-written)', () => {
    const cases: Array<[string, number[]]> = [
      ['قال الوزير. ثم غادر.', [11]],
      ['قال د. محمد إن', []],
      ['د. محمد', []],
      ['بدأ الاجتماع.. وانتهى', []],
      ['هل انتهى؟! نعم', [10]],
      ['قال: «انتهى». ثم', [13]],
      ['انتهى…\u00A0ثم', [6]],
      ['انتهى.', []],
      ['انتهى."', []],
      ['انتهى." ثم', [7]],
      ['.ا ب', []],
      [' ب. ج', []],
      ['x. y', [2]],
    ];
    for (const [t, want] of cases) {
      expect(fromScan(t, 700), t).toEqual(want);
      expect(reference(t), t).toEqual(want);
    }
  });
});
