import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionWords } from '../src/segment/data/function-words.js';
import { leadVerbs } from '../src/segment/data/lead-verbs.js';
import { foldKey } from '../src/segment/fold.js';
import { headlineLength, listedKind } from '../src/segment/layouts/headline-split.js';
import { FUNCTION, RELATIVE, VERB, verbForm } from '../src/segment/layouts/headline-lists.js';
import { articleOpens, conjunctionOpens, headlineStop, mediaTagged, opensClause, pronounEnds, stem } from '../src/segment/layouts/headline-words.js';

// The headline cut works on typed arrays, with shortcuts (a word's key made in one pass, a cut skipped when it
// cannot win). It must choose what the plain reading of its rules chooses: split at spaces, fold each word and
// strip what is no letter or digit, take stems, count the lead's repeats, score every cut, keep the best.

/** The headline cut as its rules read (the reference). */
function plainHeadlineLength(text: string): number {
  const raw = text.split(/\s+/u).slice(0, 55);
  if (raw.length < 12) return 0;
  const words = raw.map((w) => foldKey(w).replace(/[^\p{L}\p{N}]/gu, ''));
  const kinds = words.map((w) => listedKind(w));
  const stems = words.map((w, i) => {
    if (w.length < 3 || (kinds[i]! & FUNCTION) !== 0) return null;
    const s = stem(w);
    return s.length < 3 ? null : s;
  });
  const score = (p: number): number => {
    const next = words[p]!;
    if ((kinds[p - 1]! & FUNCTION) !== 0 || (kinds[p]! & RELATIVE) !== 0 || opensClause(raw[p]!)) return -Infinity;
    const own = new Set(stems.slice(0, p).filter((s) => s !== null));
    let repeats = 0;
    for (let i = p; i < Math.min(words.length, p + 25); i++) if (stems[i] !== null && own.has(stems[i]!)) repeats += i - p < 6 ? 1 : 0.25;
    const verb = (kinds[p]! & VERB) !== 0;
    let s = verb ? 3 : (kinds[p]! & FUNCTION) === 0 && verbForm(next) ? 1 : 0;
    s += 1.5 * Math.min(3, repeats);
    if (mediaTagged(raw[p - 1]!) || headlineStop(raw[p - 1]!)) s += 3;
    if (conjunctionOpens(next) && !verb) s -= 2;
    if (articleOpens(next)) s -= 1;
    if (pronounEnds(next)) s -= 1.5;
    if (p >= 5 && p <= 18) s += 1;
    return s;
  };
  let best = 0;
  let top = 4;
  for (let p = 3; p <= Math.min(30, raw.length - 8); p++) {
    const s = score(p);
    if (s > top) {
      top = s;
      best = p;
    }
  }
  return best;
}

// words of headlines and leads: listed words, verbs and verb shapes, stems with their prefixes and endings,
// punctuation glued on, marks, Latin, figures, and what the fold changes (alef forms, teh marbuta, alef maksura)
const vocabulary = [
  ...functionWords.slice(0, 40), ...leadVerbs.slice(0, 40), 'الذي', 'التي', 'حيث', 'بينما',
  'وزير', 'الوزير', 'والوزير', 'للوزير', 'الزراعة', 'الزراعه', 'معرض', 'المعرض', 'التمور', 'السنوي', 'يفتتح', 'افتتح',
  'يواجهون', 'تكشف', 'استقبل', 'أطلقها', 'وصفهم', 'الأمطار', 'الامطار', 'إعلان', 'مصر', 'مستشفى', 'مستشفي', 'قاله',
  'قال..', 'عاجل!', 'لماذا؟', 'هل?"', '(فيديو)', '(صور)', '،', '، ثم', ':', 'ثم،', '"الوزير"', '«المعرض»', 'المعرض.',
  'A', 'Reuters', 'AFP', 'x', '2026', '٢٠٢٦', '10:30', 'و', 'ف', 'ب', 'الوزيـــر', 'الوَزير', 'ال\u200Fوزير', '\u0640',
  '\u{1F600}', 'وزير\u{1D400}', '\uD83D', 'Ａ', 'ÉCOLE', 'École', 'İstanbul', 'ΣΟΦΙΑ',
];
const spaces = fc.constantFrom(' ', ' ', ' ', '  ', '\u00A0', '\t', ' \u200F', '\u0085');
const page = (minLength: number, maxLength: number) =>
  fc.array(fc.tuple(fc.constantFrom(...vocabulary), spaces), { minLength, maxLength }).map((a) => a.map(([w, s]) => w + s).join('').trim());
/** A headline of 3-20 words, then a lead that repeats some of them and may open with a verb. */
const headed = fc
  .tuple(fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 20 }), fc.constantFrom(...leadVerbs.slice(0, 30), 'الوزير', 'و'), fc.array(fc.constantFrom(...vocabulary), { minLength: 10, maxLength: 50 }), fc.nat())
  .map(([head, open, rest, seed]) => {
    const lead = rest.map((w, i) => ((seed >> (i % 24)) & 1 ? head[i % head.length]! : w));
    return [...head, open, ...lead].join(' ');
  });

describe('headline cut', () => {
  it('chooses what the plain reading of its rules chooses (generated pages, 10-70 words)', () => {
    let cuts = 0;
    fc.assert(
      fc.property(fc.oneof(page(10, 70), headed), (t) => {
        const want = plainHeadlineLength(t);
        if (want > 0) cuts++;
        expect(headlineLength(t), t).toBe(want);
      }),
      { numRuns: 3000 },
    );
    expect(cuts).toBeGreaterThan(300);
  });

  it('cuts a hand-made page after its headline, and leaves short or headless texts whole', () => {
    const head = 'وزير الزراعة يفتتح معرض التمور السنوي';
    const lead = 'افتتح وزير الزراعة صباح اليوم معرض التمور السنوي في قاعة المدينة بحضور عدد من المزارعين والتجار';
    expect(headlineLength(`${head} ${lead}`)).toBe(6);
    expect(plainHeadlineLength(`${head} ${lead}`)).toBe(6);
    expect(headlineLength('قصير جدا')).toBe(0);
    const prose = 'في المدينة التي على النهر من الناس الذين في البيت إلى السوق عن الحال في كل يوم من أيام الأسبوع';
    expect(headlineLength(prose)).toBe(plainHeadlineLength(prose));
  });
});
