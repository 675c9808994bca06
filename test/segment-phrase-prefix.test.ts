import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseSource } from '../src/segment/fuzzy-phrases.js';
import { markerMatches, markerPhrases } from '../src/segment/layouts/marker-scan.js';
import { itemAt, mayBegin, prefixFilter } from '../src/segment/layouts/phrase-prefix.js';
import { allUnits, globalMatches, phraseText } from './helpers/marker-reference.js';

// The prefix filter may only say no where no phrase can match: checked against each phrase's own anchored
// expression, and through the chrome scan against the global expression, on texts full of near misses (a phrase
// cut short or with one unit changed: what the filter's first units must tell apart).

const units = allUnits();
const sources = [...new Set(markerPhrases.map((p) => phraseSource(p, false)))];
const anchored = sources.map((s) => new RegExp(s, 'iuy'));
const filter = prefixFilter(sources, 'iu', 6, units)!;

/** Whether some phrase's own expression matches at i (the reference). */
function someMatches(t: string, i: number): boolean {
  return anchored.some((re) => {
    re.lastIndex = i;
    return re.test(t);
  });
}

const text = phraseText(40);

describe('phrase prefix filter', () => {
  it('reads the items a source requires at each unit, and frees the units past a repeat', () => {
    expect([0, 1, 2, 3].map((k) => itemAt('ت[اآأإ]ر[\\s\\u00A0]+[اآأإ]ل', k))).toEqual(['ت', '[اآأإ]', 'ر', '[\\s\\u00A0]']);
    expect(itemAt('ت[اآأإ]ر[\\s\\u00A0]+[اآأإ]ل', 4)).toBe('');
    expect(itemAt('نشر\\s*:', 3)).toBe('');
    expect(itemAt('\\/\\/[\\s\\u00A0]+', 1)).toBe('\\/');
    expect(itemAt('ab', 2)).toBe('');
    expect(itemAt('a\u{1F600}b', 1)).toBe('');
    expect(itemAt('a(?:b|c)', 1)).toBe('');
  });

  it('never says no where a phrase matches (every place of generated texts)', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) if (someMatches(t, i)) expect(mayBegin(filter, t, i), `${i} ${t}`).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps the chrome scan equal to the global expression on near misses', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(markerMatches(t).map((m) => [m.index, m[0]])).toEqual(globalMatches(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('says yes at each phrase and its spellings, and no for ordinary words', () => {
    for (const p of markerPhrases) {
      for (const t of [p, p.toUpperCase(), p.replace(/ا/gu, 'أ'), p.replace(/ي/gu, 'ى'), p.replace(/ /gu, '\u00A0')]) {
        if (someMatches(t, 0)) expect(mayBegin(filter, t, 0), t).toBe(true);
      }
      expect(mayBegin(filter, p, 0), p).toBe(true);
    }
    for (const w of ['الدكتور', 'العربية', 'الاقتصاد', 'مدينة', 'تونس', 'شركة']) expect(mayBegin(filter, w, 0), w).toBe(false);
  });

  it('lets a surrogate pass after the first unit (a class may match a whole astral character)', () => {
    const f = prefixFilter(['a[^b]c'], 'u', 4, units)!;
    const t = 'a\u{1F600}c';
    expect(new RegExp('a[^b]c', 'uy').test(t)).toBe(true);
    expect(mayBegin(f, t, 0)).toBe(true);
    expect(mayBegin(f, 'abc', 0)).toBe(false);
    expect(mayBegin(f, '\u{1F600}ac', 0)).toBe(false);
  });

  it('gives up (null) when a source does not open with one plain item', () => {
    expect(prefixFilter(['(?:a|b)c'], 'iu', 4, units)).toBeNull();
    expect(prefixFilter(['a*b'], 'iu', 4, units)).toBeNull();
    expect(prefixFilter(['ab', 'cd'], 'iu', 4, units)).not.toBeNull();
  });
});
