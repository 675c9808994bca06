import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { agencyNames } from '../src/segment/data/agencies.js';
import { placeNames } from '../src/segment/data/places.js';
import { siteNames } from '../src/segment/data/sites.js';
import { foldKey } from '../src/segment/fold.js';
import { cleanPart, isSiteKey } from '../src/segment/head/evidence.js';
import { edgeLine, lineInfo } from '../src/segment/lines/info.js';
import type { Work } from '../src/segment/work.js';
import { cleanPartReference, edgeLineReference, isSiteKeyReference } from './helpers/edge-line-reference.js';
import { lineArb } from './helpers/line-gen.js';

// The edge measures are screened (lines/edge-line.ts, head/evidence.ts): a line with no separator unit is not split
// and its one part takes the line's key, a site's name is cleaned by code units, and a part whose ends are clean
// is not searched. Every measure of a head or tail line must be what the unscreened code gave (the reference keeps
// it), on generated lines of names, places, agencies, outlets, separators, brackets and dates, and on the edges.

const work = { rules: compileRules({ sites: ['موقع الاختبار'] }), template: undefined } as unknown as Work;
const names = [...siteNames.slice(0, 40), ...placeNames.slice(0, 40), ...agencyNames.slice(0, 30), 'محمد علي', 'عبد الله بن سالم', 'صحيفة الواحة', 'الخبر نت', 'site.com', 'موقع الاختبار'];
const glue = [' - ', ' – ', ' — ', ' | ', '|', ': ', ' : ', ':', ' ـ ', ' (', ') ', '(', ')', '（', '）', '"', "'", '«', '»', '،', ',', '.', ' ', '  ', '\u00A0', '\u200F', '\u0640', '-'];
const extra = ['12 مارس 2014', '٣ يناير ٢٠٢٠', '2014/3/12', 'الأحد', '10:30', 'كتب', 'بقلم', 'تقرير', '\uD83D\uDE00'];
const headLine = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...names) }, { weight: 3, arbitrary: fc.constantFrom(...glue) }, { weight: 1, arbitrary: fc.constantFrom(...extra) }, { weight: 1, arbitrary: lineArb(4) }), { minLength: 1, maxLength: 10 })
  .map((p) => p.join(''));

/** The line's measures after edgeLine, by the code under test and by the reference. */
function both(text: string, head: boolean): [object, object] {
  const u = { line: 1, text };
  const a = lineInfo(u, work);
  const b = lineInfo(u, work);
  edgeLine(u, work, a, head);
  edgeLineReference(u, work, b, head);
  return [a, b];
}

describe('edge measures, screened', () => {
  it('are what the unscreened measures were, on generated head and tail lines', () => {
    fc.assert(
      fc.property(headLine, fc.boolean(), (text, head) => {
        const [a, b] = both(text, head);
        expect(a, JSON.stringify(text)).toEqual(b);
      }),
      { numRuns: 3000 },
    );
  });

  it('are so on the edges: one part, padded, brackets only, a site in quotes, trailing punctuation', () => {
    const lines = ['الرياض', ' الرياض ', 'جدة - محمد علي', '(رويترز)', '"موقع الاختبار":', 'موقع الاختبار،', '«الخبر نت»', 'بيروت ـ (رويترز) -', '-', '()', 'صحيفة الواحة | الرياض', 'الرياض 12 مارس 2014 واس'];
    for (const text of lines) for (const head of [true, false]) {
      const [a, b] = both(text, head);
      expect(a, text).toEqual(b);
    }
  });
});

describe('cleanPart and isSiteKey', () => {
  it('answer what their expressions did', () => {
    const part = fc.array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...glue), fc.constantFrom('\uD83D', '\uDE00', '\t', '\u2009', '\uFEFF', '\u0085')), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(part, (p) => {
        expect(cleanPart(p), JSON.stringify(p)).toBe(cleanPartReference(p));
        const key = foldKey(p);
        expect(isSiteKey(p, key, work), JSON.stringify(p)).toBe(isSiteKeyReference(p, key, work));
      }),
      { numRuns: 5000 },
    );
    expect(isSiteKey('"موقع الاختبار":', foldKey('"موقع الاختبار":'), work)).toBe(true);
    expect(cleanPart('«الخبر نت»،')).toBe('الخبر نت');
    expect(cleanPart('الخبر')).toBe('الخبر');
  });
});
