import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords, prepositions } from '../src/segment/data/function-words.js';
import { foldKey } from '../src/segment/fold.js';
import { WordEnds } from '../src/segment/lines/word-ends.js';
import { lineArb } from './helpers/line-gen.js';

// The screen put before a word lookup (lines/word-ends.ts) may let through what is no word of the set, but must
// never turn a word of the set away: checked for every word of the lists it screens (as written and folded), for
// ranges of longer strings, and for generated strings (turned away means not in the set).

const lists = { functionWords, prepositions };
const units = (s: string): Uint16Array => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

describe('WordEnds', () => {
  it('lets every word of the lists through, alone and inside a longer string', () => {
    for (const [name, list] of Object.entries(lists)) {
      const words = list.map(foldKey);
      const ends = new WordEnds(words);
      for (const w of words) {
        expect(ends.mayHold(w, 0, w.length), `${name}: ${w}`).toBe(true);
        const s = `قال ${w} أمس`;
        expect(ends.mayHold(s, 4, 4 + w.length), `${name}: ${w}`).toBe(true);
        expect(ends.mayHoldUnits(units(s), 4, 4 + w.length), `${name}: ${w}`).toBe(true);
      }
    }
  });

  it('turns away only what is none of the words, for generated strings and ranges', () => {
    const words = [...functionWords, ...prepositions].map(foldKey);
    const set = new Set(words);
    const ends = new WordEnds(words);
    let turnedAway = 0;
    fc.assert(
      fc.property(fc.oneof(lineArb(12), fc.constantFrom(...words), fc.constantFrom(...words).map((w) => `و${w}`)), (line) => {
        for (const s of [line, foldKey(line)]) {
          for (let from = 0; from <= s.length; from++) {
            for (let to = from; to <= s.length && to - from <= 12; to++) {
              // (the same answer asked of the string and of its loaded units)
              expect(ends.mayHoldUnits(units(s), from, to)).toBe(ends.mayHold(s, from, to));
              if (ends.mayHold(s, from, to)) continue;
              turnedAway++;
              expect(set.has(s.slice(from, to)), s.slice(from, to)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it('screens by hand: the empty word, a long word, a set that holds the empty word', () => {
    const ends = new WordEnds(['في', 'من']);
    expect(ends.mayHold('', 0, 0)).toBe(false);
    expect(ends.mayHold('في', 0, 2)).toBe(true);
    // the same first and last units, another length
    expect(ends.mayHold('فاي', 0, 3)).toBe(false);
    expect(ends.mayHold('x'.repeat(40), 0, 40)).toBe(false);
    expect(new WordEnds(['', 'a']).mayHold('', 0, 0)).toBe(true);
    expect(() => new WordEnds(['x'.repeat(31)])).toThrow();
  });
});
