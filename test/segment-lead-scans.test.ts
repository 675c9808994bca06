import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstLine, wordEnds } from '../src/segment/dates/dated-dateline.js';
import { nextBoundary } from '../src/segment/head/lead-prefix.js';
import { cutLeadingChrome, firstKeyWord } from '../src/segment/head/leading-chrome.js';
import { leadingChrome } from '../src/segment/boilerplate/inline.js';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { foldKey } from '../src/segment/fold.js';
import { leadingChromeRe, leadingShareRe } from '../src/segment/layouts/chrome.js';
import { drop, type Unit, type Work } from '../src/segment/work.js';
import { isRegexSpace } from '../src/segment/split-spaces.js';
import { lineArb } from './helpers/line-gen.js';

// The lead's scans read their words, boundaries and first line without the expressions (split, matchAll) or the
// unit loops they replaced. Each must give what the old way gave: checked against it on generated heads at the
// sizes the lead reads (160 and 240 units and more), with the separators, spaces and line breaks they look for.

/** Heads of a lead: Arabic words, figures, marks, dashes, colons, commas, spaces of every kind and line breaks. */
const extra = ['\r', '\n', '\r\n', '\u2000', '\u3000', '\u1680', '\uFEFF', ' - ', ' : ', ' \u0640 ', '\u060C ', ', '];
const head = fc
  .array(fc.oneof({ weight: 4, arbitrary: lineArb(8) }, { weight: 1, arbitrary: fc.constantFrom(...extra) }), { minLength: 0, maxLength: 40 })
  .map((p) => p.join(''));

/** The boundary search as it was: a loop over the units to the first dash or colon, then the expression from its spaces. */
const boundary = /\s*[-–—\u0640]+\s+|\s+[-–—\u0640]+\s*|\s*:\s*/gu;
function nextBoundaryByLoop(s: string, from: number): { index: number; text: string } | null {
  const mark = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x0640 || c === 0x3a;
  let q = from;
  while (q < s.length && !mark(s.charCodeAt(q))) q++;
  if (q >= s.length) return null;
  let p = q;
  while (p > from && isRegexSpace(s.charCodeAt(p - 1))) p--;
  boundary.lastIndex = p;
  const m = boundary.exec(s);
  return m ? { index: m.index, text: m[0] } : null;
}

describe('the lead prefix reads its boundaries as before (head/lead-prefix.ts)', () => {
  it('finds each boundary where the loop found it, from every offset', () => {
    fc.assert(
      fc.property(head, fc.nat({ max: 400 }), (s, at) => {
        const from = Math.min(at, s.length + 1);
        const m = nextBoundary(s, from);
        expect(m ? { index: m.index, text: m[0] } : null).toEqual(nextBoundaryByLoop(s, from));
      }),
      { numRuns: 4000 },
    );
    expect(nextBoundary('رام الله - الأيام - نص', 0)?.index).toBe(8);
    expect(nextBoundary('واس: نص', 0)?.[0]).toBe(': ');
    expect(nextBoundary('نص بلا فاصل', 0)).toBeNull();
  });
});

describe('the dated dateline reads its first line and its place words as before (dates/dated-dateline.ts)', () => {
  it('cuts the first line as the split did', () => {
    fc.assert(
      fc.property(head, (s) => {
        expect(firstLine(s)).toBe(s.split(/\r?\n|\r/u, 1)[0]);
      }),
      { numRuns: 4000 },
    );
    expect(firstLine('سطر\r\nثان')).toBe('سطر');
    expect(firstLine('\nثان')).toBe('');
  });

  it('ends the place words where matchAll ended them', () => {
    fc.assert(
      fc.property(head, (s) => {
        expect(wordEnds(s)).toEqual([...s.matchAll(/[^\s\u00A0\u060C,]+/gu)].map((m) => m.index + m[0].length));
      }),
      { numRuns: 4000 },
    );
    expect(wordEnds('دمشق، سوريا')).toEqual([4, 11]);
  });
});

describe('the leading chrome reads the first word as before (head/leading-chrome.ts)', () => {
  it('stops at the first space or colon as the split did', () => {
    fc.assert(
      fc.property(head, (s) => {
        expect(firstKeyWord(s)).toBe(s.split(/[\s:]/u, 1)[0]);
      }),
      { numRuns: 4000 },
    );
    expect(firstKeyWord('شارك:فيسبوك')).toBe('شارك');
    expect(firstKeyWord('http\u2003x')).toBe('http');
  });
});

/** cutLeadingChrome as it was before it looked at the first letter: it folded the first 24 units of every paragraph. */
const openersBefore = new Set(['http', 'https', 'شارك', 'مشاركه', ...leadingChrome.map((p) => foldKey(p).split(' ')[0]!)]);
function cutLeadingChromeBefore(u: Unit, work: Work, broad = false): Unit {
  const first = firstKeyWord(foldKey(u.text.slice(0, 24)));
  if (!openersBefore.has(first)) return u;
  const re = broad ? leadingChromeRe : leadingShareRe;
  let text = u.text;
  for (let m = re.exec(text); m && m[0].length > 0 && m[0].length < text.length; m = re.exec(text)) {
    drop(work, u.line, m[0], 'boilerplate', 'boilerplate/page-chrome');
    text = text.slice(m[0].length);
  }
  return text === u.text ? u : { line: u.line, text };
}
const newWork = (): Work => ({ trace: false, fields: { kicker: null, title: null, subtitle: null, section: null, sitename: null, author: null, date: null, dateRaw: null, hijriDate: null, dateline: null, url: null, agencies: [], meta: {}, dateRank: 0 }, pieces: [], warnings: [], notes: [], boilerplate: [], rules: compileRules(), template: undefined });

describe('the leading chrome is looked for only after a letter that may open it (head/leading-chrome.ts)', () => {
  // paragraphs opening with every Arabic letter (and its forms), a harakah or tatweel, a space, Latin and the chrome
  // itself, then a lead
  const letters = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, k) => String.fromCharCode(0x0621 + k));
  const opening = fc.oneof(
    fc.constantFrom(...letters, '\u064E', '\u0640', ' ', 'H', 'h', 'N', 'P', 'A', '٣', '«'),
    fc.constantFrom(...leadingChrome, 'شارك', 'مشاركة', 'http://x.y/z', 'https://x.y', 'طباعة', 'إعلان', 'الرئيسية', 'Next'),
  );
  const paragraph = fc.tuple(fc.array(opening, { minLength: 1, maxLength: 4 }), fc.boolean(), head).map(([o, spaced, rest]) => `${o.join(spaced ? ' ' : '')} ${rest}`);

  it('cuts what it cut before, into the same audit', () => {
    let cut = 0;
    fc.assert(
      fc.property(paragraph, fc.boolean(), (text, broad) => {
        const before = newWork();
        const after = newWork();
        const want = cutLeadingChromeBefore({ line: 1, text }, before, broad);
        expect(cutLeadingChrome({ line: 1, text }, after, broad)).toEqual(want);
        expect(after.boilerplate).toEqual(before.boilerplate);
        if (before.boilerplate.length > 0) cut++;
      }),
      { numRuns: 6000 },
    );
    // (chrome is cut in some of them, not only left alone)
    expect(cut).toBeGreaterThan(300);
  });
});
