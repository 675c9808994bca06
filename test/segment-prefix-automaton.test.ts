import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesSource } from '../src/segment/fuzzy-phrases.js';
import { markerBranches, markerMatches, markerPhrases } from '../src/segment/layouts/marker-scan.js';
import { mayBegin, prefixFilter } from '../src/segment/layouts/phrase-prefix.js';
import { phrasesLeft, prefixAutomaton, stateAt } from '../src/segment/layouts/prefix-automaton.js';
import { allUnits, globalMatches, phraseText } from './helpers/marker-reference.js';

// The chrome scan reads the prefix filter as an automaton, and at a place it lets through runs the expression of
// only the phrases its state leaves. The automaton must say yes exactly where the filter does (at every place,
// near the text's end too, and when resumed from a state part of the way), and its state must leave every phrase
// whose own expression matches there.

const sources = [...new Set(markerBranches)];
const filter = prefixFilter(sources, 'iu', 6, allUnits())!;
const automaton = prefixAutomaton(filter)!;
const anchored = sources.map((s) => new RegExp(s, 'iuy'));

function unitsOf(t: string): Uint16Array {
  const u = new Uint16Array(t.length + 1);
  for (let i = 0; i < t.length; i++) u[i] = t.charCodeAt(i);
  u[t.length] = 0x20;
  return u;
}

describe('prefix automaton', () => {
  it('is the alternation the global expression is made of, branch for branch', () => {
    expect(markerBranches.join('|')).toBe(phrasesSource(markerPhrases, false));
    expect(automaton).not.toBeNull();
  });

  it('says yes where the filter does, and leaves every phrase that matches there (generated texts)', () => {
    fc.assert(
      fc.property(phraseText(40), (t) => {
        const u = unitsOf(t);
        for (let i = 0; i < t.length; i++) {
          const s = stateAt(automaton, u, t.length, i);
          expect(s !== 0, `${i} ${JSON.stringify(t)}`).toBe(mayBegin(filter, t, i));
          if (s === 0) continue;
          const left = new Set(phrasesLeft(automaton, s));
          anchored.forEach((re, p) => {
            re.lastIndex = i;
            if (re.test(t)) expect(left.has(p), `${sources[p]} at ${i} ${JSON.stringify(t)}`).toBe(true);
          });
          // resumed after one or two units, it reaches the same state
          for (const k of [1, 2]) expect(stateAt(automaton, u, t.length, i, stateAt(automaton, u, Math.min(t.length, i + k), i), k)).toBe(s);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('keeps the scan equal to the global expression on texts that end inside a phrase', () => {
    for (const p of markerPhrases) {
      for (let cut = 1; cut <= Math.min(8, p.length); cut++) {
        for (const t of [p.slice(0, cut), `نص ${p.slice(0, cut)}`, `${p} ${p.slice(0, cut)}`, `(${p}) ${p}`]) {
          expect(markerMatches(t).map((m) => [m.index, m[0]]), t).toEqual(globalMatches(t));
        }
      }
    }
  });
});
