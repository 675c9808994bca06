import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerMatches, markerPhrases } from '../src/segment/layouts/marker-scan.js';
import { globalMatches } from './helpers/marker-reference.js';

// The scan that tries the chrome phrases only where one can begin must find exactly what the global expression
// finds, match for match: same places, same text (the cuts of a collapsed page depend on both).

const scanned = (t: string): Array<[number, string]> => markerMatches(t).map((m) => [m.index, m[0]]);

/** Spellings the phrases are matched under: alef forms, teh marbuta as heh, yeh as alef maksura, upper case. */
function respell(p: string, how: number): string {
  if (how === 1) return p.replace(/ا/gu, 'أ');
  if (how === 2) return p.replace(/ة/gu, 'ه').replace(/ي/gu, 'ى');
  if (how === 3) return p.toUpperCase();
  if (how === 4) return p.replace(/ /gu, '\u00A0 ');
  return p;
}

const atoms = fc.oneof(
  fc.tuple(fc.constantFrom(...markerPhrases), fc.integer({ min: 0, max: 4 })).map(([p, how]) => respell(p, how)),
  fc.constantFrom(
    ' ', '  ', '\n', '\t', ':', ': ', ' : ', '12', '٣', ' دقائق', '-', '.', '،', '|', '(', ')', '"', '«',
    'ال', 'و', 'ب', 'كتب', 'الخبر', 'المزيد', 'a', 'Share', 'x', '\u064E', '\u0640', '\u200F',
    '\u{1F600}', '\uD83D', '\uDE00', '\u{10400}', '\u{1D400}',
  ),
);
const text = fc.array(atoms, { maxLength: 60 }).map((parts) => parts.join(''));

describe('chrome phrase scan', () => {
  it('finds every phrase as the global expression does, in hostile texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(t)).toEqual(globalMatches(t));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds each phrase alone, inside spaces and punctuation, and not glued to a word', () => {
    for (const p of markerPhrases) {
      for (const t of [p, ` ${p} `, `نص. ${p}: 5 دقائق ثم`, `(${p})`, `و${p}`, `${p}x`, `\u{1F600}${p}`, `\uDE00${p}`]) {
        expect(scanned(t), t).toEqual(globalMatches(t));
      }
    }
    // a phrase is found where it stands, and one glued after a letter is not
    const p = markerPhrases[0]!;
    expect(scanned(`كلمة ${p}`).map(([i]) => i)).toEqual([5]);
    expect(scanned(`كلمة${p}`)).toEqual([]);
  });

  it('stays linear on a long line of phrases and words', () => {
    const piece = `${markerPhrases.slice(0, 20).join(' نص ')} `;
    const long = piece.repeat(Math.ceil(400_000 / piece.length));
    expect(scanned(long)).toEqual(globalMatches(long));
  });
});
