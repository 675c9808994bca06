import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryNames, placeNames } from '../src/segment/data/places.js';
import { isPlaceKey } from '../src/segment/dateline.js';
import { foldKey } from '../src/segment/fold.js';

// isPlaceKey (dateline.ts) cleans a name only when it needs it and reads its first field with a loop; the reference
// is the expression-based version it replaced. Both must answer alike on names made of known places, other words and
// the marks the cleaning and the field split look at.

const places = new Set([...placeNames, ...countryNames].map(foldKey));
function isPlaceKeyReference(folded: string): boolean {
  const key = folded.replace(/["'()]/gu, '').replace(/[,:]+$/u, '').trim();
  if (places.has(key)) return true;
  const first = key.split(/[,،]\s*|\s+/u)[0] ?? '';
  return places.has(first) && key.split(' ').length <= 3;
}

const known = [...placeNames, ...countryNames].map(foldKey);
const words = ['المحتله', 'الجديده', 'سوريا', 'مدينه', 'فلان', 'abc', 'x'];
// quotes, brackets, commas (ASCII and Arabic), colons, and the spaces `\s` and `trim` know (NBSP, EN QUAD, IDEOGRAPHIC
// SPACE, LINE SEPARATOR, ZWNBSP, TAB, LF) and one they do not (ZWSP)
const marks = ['"', "'", '(', ')', ',', '،', ':', ' ', '  ', '\u00a0', '\u2000', '\u3000', '\u2028', '\ufeff', '\t', '\n', '\u200b'];
const piece = fc.oneof(fc.constantFrom(...known), fc.constantFrom(...words), fc.constantFrom(...marks));
const name = fc.array(piece, { minLength: 0, maxLength: 8 }).map((p) => p.join(''));
const spaced = fc.array(fc.oneof(fc.constantFrom(...known), fc.constantFrom(...words)), { minLength: 1, maxLength: 5 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', '، ', ', ', ',', ':', ' : '), { minLength: ws.length, maxLength: ws.length }).map((seps) => ws.map((w, i) => w + (i < ws.length - 1 ? seps[i] : '')).join('')),
);

describe('isPlaceKey', () => {
  it('answers as the expression-based version on names of places, words and marks', () => {
    let yes = 0;
    fc.assert(
      fc.property(fc.oneof(name, spaced), (s) => {
        const want = isPlaceKeyReference(s);
        if (want) yes++;
        expect(isPlaceKey(s)).toBe(want);
      }),
      { numRuns: 20000 },
    );
    // (both answers are reached)
    expect(yes).toBeGreaterThan(1000);
  });

  it('reads hand-written names', () => {
    for (const s of ['دمشق', 'دمشق، سوريا', '"دمشق"', '(دمشق):', 'دمشق ,', ' دمشق ', 'دمشق المحتله الجديده مدينه', 'دمشق\u00a0سوريا', '', ',', 'فلان دمشق'])
      expect(isPlaceKey(foldKey(s)), s).toBe(isPlaceKeyReference(foldKey(s)));
    expect(isPlaceKey(foldKey('دمشق، سوريا'))).toBe(true);
    expect(isPlaceKey(foldKey('فلان الفلاني'))).toBe(false);
  });
});
