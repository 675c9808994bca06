import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseSource } from '../src/segment/fuzzy-phrases.js';
import { markerMatches, markerPhrases } from '../src/segment/layouts/marker-scan.js';
import { itemAt, itemsAt, mayBegin, prefixFilter } from '../src/segment/layouts/phrase-prefix.js';
import { allUnits, globalMatches } from './helpers/marker-reference.js';

// The prefix filter follows each source through its repeats (`[\s\u00A0]+`, `\s*`) and optional items instead of
// freeing every unit after the first one. It may only say no where no phrase can match: for any text a source
// matches at 0, each of the match's first units must be one an item of its place matches (or the place is free).

/** One-character items over a small alphabet, and the units each matches (under the i and u flags). */
const itemUnits: Record<string, string[]> = {
  a: ['a', 'A'], b: ['b', 'B'], '[ab]': ['a', 'b', 'B'], ':': [':'], '\\s': [' ', '\u00A0', '\t'],
  '[\\s\\u00A0]': [' ', '\u00A0'], 'ل': ['ل'], '[اأ]': ['ا', 'أ'],
};
const item = fc.constantFrom(...Object.keys(itemUnits));
const quantifier = fc.constantFrom('', '', '+', '*', '?');

/** A source (its first item required, as the filter asks) and a text it matches at 0, built item by item. */
const sourceAndText = fc
  .tuple(item, fc.array(fc.tuple(item, quantifier, fc.nat({ max: 3 }), fc.nat({ max: 5 })), { maxLength: 8 }), fc.nat({ max: 5 }))
  .map(([first, rest, pick]) => {
    let source = first;
    let text = itemUnits[first]![pick % itemUnits[first]!.length]!;
    for (const [it, q, count, which] of rest) {
      source += it + q;
      const n = q === '' ? 1 : q === '+' ? 1 + count : q === '*' ? count : count % 2;
      for (let k = 0; k < n; k++) text += itemUnits[it]![(which + k) % itemUnits[it]!.length]!;
    }
    return { source, text };
  });

describe('prefix items through repeats', () => {
  it('covers every unit of every match: each is one an item of its place matches, or the place is free', () => {
    fc.assert(
      fc.property(sourceAndText, fc.constantFrom('', 'x', ' ', 'ab'), ({ source, text }, tail) => {
        const t = text + tail;
        const m = new RegExp(source, 'iuy').exec(t);
        expect(m, source).not.toBeNull();
        const rows = itemsAt(source, 8);
        for (let k = 0; k < Math.min(8, m![0].length); k++) {
          const set = rows[k]!;
          if (set === null) break;
          expect(set.some((i) => new RegExp(`^(?:${i})$`, 'iu').test(t[k]!)), `${source} ${JSON.stringify(t)} ${k}`).toBe(true);
        }
        // (once free, free to the end)
        const firstFree = rows.indexOf(null);
        if (firstFree >= 0) expect(rows.slice(firstFree).every((r) => r === null)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a source without repeats as itemAt does, one item a place', () => {
    for (const src of ['ت[اآأإ]ر', 'ab', '\\/\\/x', 'a(?:b|c)', 'a\u{1F600}b']) {
      const rows = itemsAt(src, 6);
      rows.forEach((set, k) => expect(set === null ? '' : set.join('|'), `${src} ${k}`).toBe(itemAt(src, k)));
    }
  });

  it('lets the next word in after a run of spaces (hand-written)', () => {
    expect(itemsAt('ت[اآأإ]ر[\\s\\u00A0]+[اآأإ]ل', 7)).toEqual([
      ['ت'], ['[اآأإ]'], ['ر'], ['[\\s\\u00A0]'], ['[اآأإ]', '[\\s\\u00A0]'], ['ل', '[اآأإ]', '[\\s\\u00A0]'], null,
    ]);
    expect(itemsAt('نشر\\s*:', 6)).toEqual([['ن'], ['ش'], ['ر'], ['\\s', ':'], null, null]);
    expect(itemsAt('ab?c', 5)).toEqual([['a'], ['b', 'c'], null, null, null]);
  });

  it('turns a place away where the words after a first word differ, and keeps the scan equal to the global search', () => {
    const sources = [...new Set(markerPhrases.map((p) => phraseSource(p, false)))];
    const filter = prefixFilter(sources, 'iu', 8, allUnits())!;
    const first = markerPhrases.find((p) => p.startsWith('قد '));
    if (first !== undefined) {
      expect(mayBegin(filter, first, 0)).toBe(true);
      expect(mayBegin(filter, 'قد لا يكون', 0)).toBe(false);
    }
    for (const p of markerPhrases) {
      for (const t of [p, p.replace(/ /gu, '  '), p.replace(/ /gu, '\u00A0 '), `قال ${p.replace(/ /gu, ' \t')} ثم`]) {
        expect(markerMatches(t).map((m) => [m.index, m[0]]), t).toEqual(globalMatches(t));
      }
    }
  });
});
