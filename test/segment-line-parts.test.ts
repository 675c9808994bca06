import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { siteNames } from '../src/segment/data/sites.js';
import { agencyOf, findDatelineLine, isPlace } from '../src/segment/dateline.js';
import { isSite, nameShaped, siteEvidence } from '../src/segment/head/evidence.js';
import { edgeLine, lineInfo } from '../src/segment/lines/info.js';
import type { Work } from '../src/segment/work.js';
import { lineArb } from './helpers/line-gen.js';

// A short line's parts are folded once and asked in one loop whether they name a site, a place or an agency
// (lines/info.ts `partMeasures`), where the measures mapped the parts list once per question: the answers must be
// the same, on lines made of places, agencies, sites, names and outlets between separators and brackets.

const work = { rules: compileRules(), template: { isSite: (key: string) => key === 'الواحه', repeats: () => false } } as unknown as Work;

/** The part measures as lines/info.ts took them before (a list per question). */
function expected(text: string, knownAgency: boolean): Record<string, boolean> {
  const parts = text.split(/\s*[-–—|:\u0640]\s*|\s*[(（)）]\s*/u).map((p) => p.trim()).filter(Boolean);
  const place = parts.map((p) => isPlace(p));
  const agency = parts.map((p) => agencyOf(p) !== null);
  const anchor = parts.findIndex((_, k) => place[k]! || agency[k]!);
  return {
    knownSite: parts.some((p) => isSite(p, work)),
    knownPlace: place.includes(true),
    knownAgency: knownAgency || agency.includes(true),
    datelineLine: findDatelineLine(text) !== null,
    bylineShaped: parts.length >= 2 && parts.length <= 3 && anchor >= 0 && parts.every((p, k) => k === anchor || nameShaped(p) || siteEvidence(p, work) || place[k]! || agency[k]!),
  };
}

const pieces = ['بيروت', 'القاهرة', 'دمشق، سوريا', 'رويترز', 'أ ف ب', 'واس', 'كونا', 'محمد أحمد', 'سالم علي الهادي', 'صحيفة الوطن', 'الواحة نت', 'الواحة', 'في البيت', ...siteNames.slice(0, 5)];
const seps = [' - ', ' | ', ': ', ' (', ') ', ' ـ ', ' – ', ' '];
const line = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...seps)), { minLength: 1, maxLength: 4 })
  .map((p) => p.map(([a, b]) => a + b).join('').trim());

describe('part measures of a short line', () => {
  it('answer as the measures with a list per question did', () => {
    let bylines = 0;
    fc.assert(
      fc.property(fc.oneof(line, lineArb(12)), (text) => {
        const u = { line: 1, text };
        const info = lineInfo(u, work);
        if (info.key === '' || info.wc > 8) return;
        const before = info.knownAgency;
        edgeLine(u, work, info, false);
        const want = expected(text, before);
        if (want.bylineShaped) bylines++;
        expect({ knownSite: info.knownSite, knownPlace: info.knownPlace, knownAgency: info.knownAgency, datelineLine: info.datelineLine, bylineShaped: info.bylineShaped }, text).toEqual(want);
        expect(info.folderSite).toBe(info.key === 'الواحه');
      }),
      { numRuns: 4000 },
    );
    expect(bylines).toBeGreaterThan(50);
  });
});
