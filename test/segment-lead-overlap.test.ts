import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLines } from '../src/segment/index.js';
import { overlap } from '../src/segment/lines/lead-overlap.js';
import { lineSequence } from '../src/segment/lines/sequence.js';
import { overlapReference } from './helpers/lead-overlap-reference.js';
import { lineArb } from './helpers/line-gen.js';

// The share of a head line's words its lead repeats (lines/lead-overlap.ts) reads each line's content words once, by
// place and hash, where main 0fa6dd6 sliced them out and searched the lead's keys for each
// (test/helpers/lead-overlap-reference.ts): the share must be the same number for every line of generated texts
// (head lines, leads of fewer and more than 25 words and 200 characters, texts with no prose).

const words = [
  'الحكومة', 'حكومة', 'والحكومة', 'حكومات', 'وزير', 'الوزير', 'بالوزير', 'وزيرين', 'مشروعات', 'مشروع', 'كتابه', 'كتابها',
  'في', 'من', 'على', 'إن', 'قال', 'وقال', 'الجديدة', 'جديد', '«قرار»', 'قرار،', '2024', '٢٠٢٤', 'abc', 'حكمت', 'حكمة',
];
const wordRun = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...words), { minLength: min, maxLength: max }).map((w) => w.join(' '));
/** A line of a text: a headline or other head matter, a lead (closed by a stop, or long), or noise. */
const lineOfText = fc.oneof(
  { weight: 3, arbitrary: wordRun(1, 12) },
  { weight: 3, arbitrary: wordRun(6, 14).map((s) => `${s}.`) },
  { weight: 2, arbitrary: wordRun(15, 60) },
  { weight: 2, arbitrary: lineArb(120) },
);
const textArb = fc.array(fc.tuple(lineOfText, fc.boolean()), { minLength: 1, maxLength: 14 }).map((lines) => lines.map(([l, blank]) => (blank ? `${l}\n` : l)).join('\n'));

/** Every line's share, as the cheaper measure and the reference give it. */
function shares(text: string): { got: number[]; want: number[] } | null {
  const plan = planLines(text);
  if (plan === null) return null;
  const { ctx } = lineSequence(plan.units, plan.work, plan.kind !== 'one-line');
  // (asked afresh, from the last line up: no share is read from what lineSequence kept)
  ctx.overlaps = [];
  ctx.words = [];
  const got: number[] = [];
  const want: number[] = [];
  for (let k = ctx.infos.length - 1; k >= 0; k--) {
    got.push(overlap(ctx, k));
    want.push(overlapReference(ctx.infos, ctx.texts, k));
  }
  return { got, want };
}

describe('overlap with the lead', () => {
  it('is the share main measured, for every line of generated texts', () => {
    let shared = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        const s = shares(text);
        if (s === null) return;
        expect(s.got).toEqual(s.want);
        shared += s.want.filter((x) => x > 0).length;
      }),
      { numRuns: 1500 },
    );
    // (the texts share words: most runs measure shares above 0)
    expect(shared).toBeGreaterThan(500);
  });

  it('measures written texts by hand', () => {
    const lead = 'قالت الحكومة الجديدة إن مشروع القرار الذي أعلنته أمس سيبدأ في العام المقبل بعد موافقة البرلمان عليه.';
    // حكوم, جديد, مشروع, قرار of four content words (وزير is not in the lead)
    const s = shares(`الحكومة الجديدة تعلن مشروع القرار\n\n${lead}\nوأضاف الوزير أن الخطة كاملة وواضحة وستنفذ على مراحل متتابعة في كل المدن.`);
    expect(s!.got).toEqual(s!.want);
    // the headline: حكوم, جديد, تعلن, مشروع, قرار: four of five in the lead
    expect(s!.got[2]).toBeCloseTo(4 / 5, 10);
    // a text of head lines only has no lead: 0
    const none = shares('خبر عاجل\nالحكومة الجديدة\nمشروع القرار');
    expect(none!.got).toEqual([0, 0, 0]);
  });
});
