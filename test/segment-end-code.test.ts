import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLines } from '../src/segment/index.js';
import { ARABIC_COMMA, COLON, COMMA, endCode, FULL_STOP, isAskCode, isSentenceStop, isStopCode } from '../src/segment/lines/end-code.js';
import { lineSequence } from '../src/segment/lines/sequence.js';
import { lineArb } from './helpers/line-gen.js';

// The features and the hard rules ask about a line's last character (`LineInfo.end`) by its code (lines/end-code.ts)
// where they compared strings: the answers must be the same for every last character a line can have (one code
// unit, or none), and a line's `end` must be one of those.

describe('end codes', () => {
  it('answer as the string comparisons for every code unit and for no character', () => {
    const ends = [''];
    for (let c = 0; c <= 0xffff; c++) ends.push(String.fromCharCode(c));
    for (const end of ends) {
      const e = endCode(end);
      // (the string comparisons the features made before)
      expect(isStopCode(e), end).toBe(end === '.' || end === '\u2026');
      expect(isAskCode(e), end).toBe(end === '!' || end === '?' || end === '\u061f');
      expect(isSentenceStop(e), end).toBe(/^[.!?\u061f\u2026]$/u.test(end));
      expect(e === FULL_STOP, end).toBe(end === '.');
      expect(e === COLON, end).toBe(end === ':');
      expect(e === ARABIC_COMMA || e === COMMA, end).toBe(end === '\u060C' || end === ','); // ARABIC COMMA
    }
  });

  it('cover every last character a line of a generated text has: one code unit, or none', () => {
    let asked = 0;
    fc.assert(
      fc.property(fc.array(lineArb(60), { minLength: 1, maxLength: 12 }), (lines) => {
        const plan = planLines(lines.join('\n'));
        if (plan === null) return;
        for (const i of lineSequence(plan.units, plan.work, plan.kind !== 'one-line').infos) {
          asked++;
          expect(i.end.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
    expect(asked).toBeGreaterThan(300);
  });
});
