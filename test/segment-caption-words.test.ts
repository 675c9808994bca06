import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionKind, captionWords, trimStopsAndSpaces } from '../src/segment/caption.js';
import { foldKey } from '../src/segment/fold.js';
import { captionKindReference } from './helpers/caption-reference.js';
import { lineArb } from './helpers/line-gen.js';

// captionKind reads a key's words and trims its end with loops instead of the expressions it used (caption.ts): the
// same words and the same key, on generated lines with the spaces, commas, hyphens and stops the expressions parted
// at, and the same kind on caption-like lines spaced and punctuated every way.

const marks = fc.constantFrom(' ', '  ', '\u00A0', '\u2003', '\t', '\u060C', ',', '-', ' - ', '.', '..', ' .', '\uFEFF');
const text = fc.array(fc.oneof({ weight: 3, arbitrary: lineArb(5) }, { weight: 2, arbitrary: marks }), { minLength: 0, maxLength: 30 }).map((p) => p.join(''));

describe('caption words and end (caption.ts)', () => {
  it('parts a key as the replace, split and filter did', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(captionWords(s)).toEqual(s.replace(/[،,\-]/gu, ' ').split(/\s+/u).filter(Boolean));
      }),
      { numRuns: 5000 },
    );
    expect(captionWords('الوزير، خلال-زيارته  المشروع')).toEqual(['الوزير', 'خلال', 'زيارته', 'المشروع']);
  });

  it('trims the end as the expression did', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trimStopsAndSpaces(s)).toBe(s.replace(/[.\s]+$/u, ''));
      }),
      { numRuns: 5000 },
    );
    expect(trimStopsAndSpaces('المدير خلال الزيارة . .')).toBe('المدير خلال الزيارة');
  });

  it('gives the kind the reference gives on lines spaced and punctuated every way', () => {
    const words = fc.constantFrom('الوزير', 'رئيس', 'بلدية', 'المدينة', 'خلال', 'استقباله', 'الوفد', 'مترئساً', 'الاجتماع', 'يفتتح', 'المعرض', 'جانب', 'من', 'الحفل', 'محمد', 'سالم');
    const line = fc.array(fc.tuple(words, marks), { minLength: 1, maxLength: 10 }).map((p) => p.map(([w, m]) => w + m).join(''));
    fc.assert(
      fc.property(line, (s) => {
        expect(captionKind(s)).toBe(captionKindReference(s));
        expect(captionKind(s, foldKey(s))).toBe(captionKindReference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
