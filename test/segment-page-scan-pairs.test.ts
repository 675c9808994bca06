import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerPhrases, scanPage } from '../src/segment/layouts/marker-scan.js';
import { globalMatches } from './helpers/marker-reference.js';

// The page scan reads a page's units two at a time (one 32-bit read for a pair), the head and the rest of the page
// apart: a head of odd length starts the rest on the second unit of a pair, and a page of odd length ends on half a
// pair. Whatever the lengths, it must find what the global expression finds and note what the searches note.

/** A phrase with one, two or three spaces (or no-break spaces) between its words, and its words run on. */
const spaced = fc
  .tuple(fc.constantFrom(...markerPhrases), fc.constantFrom(' ', '  ', '\u00A0', ' \u00A0 ', '\t'), fc.constantFrom('', 'ال', 'ة', ' ', ':'))
  .map(([p, gap, after]) => p.replace(/ /gu, gap) + after);
const atoms = fc.oneof(
  { weight: 1, arbitrary: spaced },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      ' ', '  ', '\u00A0', ':', '12', '٣', '.', '،', '|', '\u2022', 'ال', 'و', 'قد', 'قد يكون', 'جميع', 'كتب', 'الخبر',
      'a', 'Z', '\u064E', '\u200F', '\uD83D\uDE00', '\uD83D', '\uDE00', '9', '٠',
    ),
  },
);
const page = (maxLength: number): fc.Arbitrary<string> => fc.array(atoms, { maxLength }).map((parts) => parts.join(''));

function check(t: string, head: number): void {
  const scan = scanPage(t, head);
  expect(scan.markers.map((m) => [m.index, m[0]]), `${head} ${JSON.stringify(t)}`).toEqual(globalMatches(t));
  expect(scan.latin).toBe(/[A-Za-z]/u.test(t));
  expect(scan.bar).toBe(t.includes('|') || t.includes('\u2022'));
  expect(scan.headFigure).toBe(/[0-9\u0660-\u0669]/u.test(t.slice(0, head)));
}

describe('page scan, two units at a time', () => {
  it('finds and notes what the searches do for heads of every length, odd and even (short and page-sized texts)', () => {
    fc.assert(fc.property(page(10), fc.nat({ max: 40 }), (t, head) => check(t, head)), { numRuns: 3000 });
    fc.assert(fc.property(page(400), fc.nat({ max: 2200 }), (t, head) => check(t, head)), { numRuns: 150 });
  });

  it('sees a figure, a Latin letter, a bar and a phrase on either unit of a pair, and at the very end (hand-written)', () => {
    const phrase = markerPhrases[0]!;
    for (const t of ['', '1', 'a1', '1a', 'ب|', '|ب', `${phrase}`, ` ${phrase}`, `  ${phrase}`, `ب ${phrase} ب`, `بب ${phrase}`]) {
      for (let head = 0; head <= t.length + 1; head++) check(t, head);
    }
  });
});
