import { describe, expect, it } from 'vitest';
import { isAskEnd, isStopEnd } from '../src/segment/lines/shapes.js';

// A line's end is told a stop or a question by comparing it with each mark (lines/shapes.ts), where it was looked up
// in a `Set` of them: the answer must be the lookup's for every character a line can end on.

const stopEnds = new Set(['.', '…']);
const askEnds = new Set(['!', '?', '؟']);

describe('line end shapes', () => {
  it('answers as the sets did for every code unit, the empty end and a pair of units', () => {
    const ends = ['', '..', '\uD83D\uDE00', '?!'];
    for (let c = 0; c < 0x10000; c++) ends.push(String.fromCharCode(c));
    for (const e of ends) {
      expect(isStopEnd(e), e).toBe(stopEnds.has(e));
      expect(isAskEnd(e), e).toBe(askEnds.has(e));
    }
  });

});
