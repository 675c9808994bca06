import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerPhrases, scanPage } from '../src/segment/layouts/marker-scan.js';
import { mayHold } from '../src/segment/layouts/pieces.js';
import { globalMatches } from './helpers/marker-reference.js';

// One scan of a collapsed page finds the chrome phrases and notes whether the page holds a Latin letter or a bar;
// the cuts around links, runs of Latin words and bars are skipped on those notes. Each must say what its search
// says, on pages of the size the bulk corpus has (up to some 2,000 units) as well as on short ones.

const atoms = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...markerPhrases) },
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      ' ', ' ', '  ', '\u00A0', '\n', ':', ': ', '12', '٣', '-', '.', '،', '|', '(', '"', '«', 'ال', 'و', 'كتب', 'الخبر',
      'المزيد', 'قال', 'الوزير', 'أن', '\u064E', '\u0640', '\u200F', '\u{1F600}', '\uD83D', '\uDE00', '\u{1D400}',
      'ｗ', 'É', 'ß', '_', '@', '#', '·', '\u2023', '/', '¦',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('a', 'Z', 'Share', 'X', 'www', 'FB', 'z9', 'http://x.y', 'www.a', 'pic.twitter.com/q') },
  { weight: 1, arbitrary: fc.constantFrom('|', '\u2022', ' | ', ' \u2022 ') },
);
const page = (maxLength: number) => fc.array(atoms, { maxLength }).map((parts) => parts.join(''));

describe('page scan', () => {
  it('finds the global expression\'s matches and notes Latin letters, bars and links as their searches do (short and page-sized texts)', () => {
    const seen = { latin: 0, plain: 0, bar: 0, link: 0 };
    const check = (t: string): void => {
      const scan = scanPage(t);
      const latin = /[A-Za-z]/u.test(t);
      seen[latin ? 'latin' : 'plain']++;
      expect(scan.latin, t).toBe(latin);
      expect(scan.latin, t).toBe(mayHold.latinRun(t));
      if (mayHold.bars(t)) seen.bar++;
      expect(scan.bar, t).toBe(mayHold.bars(t));
      // (cutsOf asks for a link only on a page with a Latin letter)
      if (mayHold.links(t)) seen.link++;
      expect(scan.latin && mayHold.links(t), t).toBe(mayHold.links(t));
      expect(scan.markers.map((m) => [m.index, m[0]])).toEqual(globalMatches(t));
    };
    fc.assert(fc.property(page(12), check), { numRuns: 3000 });
    fc.assert(fc.property(page(600), check), { numRuns: 150 });
    expect(seen.latin).toBeGreaterThan(300);
    expect(seen.plain).toBeGreaterThan(300);
    expect(seen.bar).toBeGreaterThan(300);
    expect(seen.link).toBeGreaterThan(100);
  });

  it('notes a Latin letter and a bar anywhere: at a place, inside a word, inside a phrase, at the end (hand-written)', () => {
    for (const t of ['a', 'قال a', 'قالa', 'الخبرz', 'المصدر: Reuters', 'انظر ...Z', '\u{1F600}b', `${markerPhrases[0]!}x`]) expect(scanPage(t).latin, t).toBe(true);
    for (const t of ['', 'قال الوزير', 'ｗｗｗ', 'École'.slice(0, 1), '١٢٣ ، .', '\u{1D400}']) expect(scanPage(t).latin, t).toBe(false);
    for (const t of ['|', 'أخبار | رياضة', 'أ•ب', `${markerPhrases[0]!}|`]) expect(scanPage(t).bar, t).toBe(true);
    for (const t of ['أخبار - رياضة', '¦', '·', '\u2023']) expect(scanPage(t).bar, t).toBe(false);
  });
});
