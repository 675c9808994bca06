import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerPhrases, scanPage } from '../src/segment/layouts/marker-scan.js';
import { findStamp, mayHoldStamp, stampWindow } from '../src/segment/layouts/stamp.js';
import { stampHint } from './helpers/stamp-hint-reference.js';

// The page scan notes whether the head of a collapsed page (the stamp's window) holds a figure, and the stamp hint
// skips its two figure groups when told the window holds none. The note must say what a search of the head says,
// and the hint told so must answer as the plain alternation, on texts with and without figures.

const figure = /[0-9\u0660-\u0669]/u;
const parts = [
  'الأحد', 'الجمعة', 'يوم', 'نشر', 'تحديث', 'Published', 'Updated', 'في', 'الخبر', ' ', '  ', '\u00A0', '،', ':', '/', '-',
  '.', '|', 'x', 'A', '\u200F', '\u{1F600}', '3', '14', '2015', '٣', '١٤', '10:30', '۴', '\uFF13', ...markerPhrases.slice(0, 8),
];
const text = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...parts), { maxLength }).map((p) => p.join(''));
/** A figure, or none, at a place around the window's end. */
const page = fc.tuple(text(40), fc.integer({ min: stampWindow - 40, max: stampWindow + 40 }), fc.constantFrom('', '7', '٧', '۷')).map(([t, at, f]) => {
  const pad = 'و'.repeat(Math.max(0, at - t.length));
  return `${t}${pad}${f}${t}`;
});

describe('a figure in the head of a page', () => {
  it('is noted by the scan as a search of the head finds it', () => {
    fc.assert(
      fc.property(fc.oneof(text(60), page), fc.integer({ min: 0, max: 800 }), (t, head) => {
        expect(scanPage(t, head).headFigure, `${head} ${t}`).toBe(figure.test(t.slice(0, head)));
      }),
      { numRuns: 2000 },
    );
    expect(scanPage('abc 7', stampWindow).headFigure).toBe(true);
    expect(scanPage(`${'و'.repeat(stampWindow)}7`, stampWindow).headFigure).toBe(false);
    expect(scanPage(`${'و'.repeat(stampWindow - 1)}7`, stampWindow).headFigure).toBe(true);
  });

  it('lets the hint skip its figure groups only where they cannot match', () => {
    fc.assert(
      fc.property(text(40), (t) => {
        const want = stampHint.test(t);
        expect(mayHoldStamp(t, figure.test(t)), t).toBe(want);
        if (!figure.test(t)) expect(mayHoldStamp(t, false), t).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the stamp found unchanged', () => {
    const samples = ['نشر في الجمعة 14 مارس 2015 10:30 الخبر', 'الجمعة 3 يناير 2016 ثم', 'Published 2015-07-21 x', 'الخبر في يوم ما'];
    for (const t of samples) expect(findStamp(t, figure.test(t.slice(0, stampWindow)))).toEqual(findStamp(t));
  });
});
