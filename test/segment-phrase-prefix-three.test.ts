import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseSource } from '../src/segment/fuzzy-phrases.js';
import { markerPhrases } from '../src/segment/layouts/marker-scan.js';
import { mayBegin, prefixFilter, type PrefixFilter } from '../src/segment/layouts/phrase-prefix.js';
import { allUnits, phraseText } from './helpers/marker-reference.js';

// The filter's table of three classes in a row is a screen before its per-unit check: it must turn away only
// places the check turns away. Checked against the same filter without the table, at every place of texts full
// of phrases and near misses (cut short, one unit changed), ending anywhere (the last two places have no three).

const units = allUnits();
const sources = [...new Set(markerPhrases.map((p) => phraseSource(p, false)))];
const filter = prefixFilter(sources, 'iu', 6, units)!;
const plain: PrefixFilter = { ...filter, three: null };

function sameEverywhere(t: string): number {
  let yes = 0;
  for (let i = 0; i < t.length; i++) {
    const want = mayBegin(plain, t, i);
    if (want) yes++;
    expect(mayBegin(filter, t, i), `${i} ${t}`).toBe(want);
  }
  return yes;
}

describe('phrase prefix filter: the table of three classes', () => {
  it('is built for the chrome phrases (their classes are few)', () => {
    expect(filter.three).not.toBeNull();
    expect(filter.three!.length).toBe(filter.starts.length ** 3);
  });

  it('says what the per-unit check says, at every place (short texts, and pages of some 1,500 units)', () => {
    let yes = 0;
    fc.assert(fc.property(phraseText(12), (t) => void (yes += sameEverywhere(t))), { numRuns: 1500 });
    fc.assert(fc.property(phraseText(150), (t) => void (yes += sameEverywhere(t))), { numRuns: 60 });
    expect(yes).toBeGreaterThan(1000);
  });

  it('turns away a place only the check turns away (hand-written)', () => {
    for (const t of ['المصدر: وكالة', 'المصد', 'الم', 'ال', 'ا', 'اقرأ أيضا', 'الدكتور', 'Facebook X', 'شركة']) sameEverywhere(t);
    expect(mayBegin(filter, 'المصدر: وكالة', 0)).toBe(true);
    expect(mayBegin(filter, 'الدكتور', 0)).toBe(false);
  });
});
