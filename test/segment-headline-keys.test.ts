import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../src/segment/fold.js';
import { wordKey } from '../src/segment/layouts/headline-keys.js';

// wordKey makes a word's key a code unit at a time; it must equal the fold and strip it replaces, on words of
// every kind of unit the fold treats apart (marks, alef forms, digits, Latin capitals, spaces, surrogates).

const plain = (w: string): string => foldKey(w).replace(/[^\p{L}\p{N}]/gu, '');

const units = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ة', 'ه', 'ى', 'ي', 'ی', 'ك', 'ک', 'و', 'ؤ', 'ئ', 'ء', 'ل', 'م', 'ن', 'ب', 'ت', 'ث',
  '\u064E', '\u0651', '\u0670', '\u0640', '\u200F', '\u200C', '\u202B', '\uFEFF', '\u00AD', '\u00A0', '\u0085', '\u3000',
  '0', '7', '٣', '۴', '.', '،', '؟', '"', '«', '»', '(', ')', '-', '\u2013', '_', ':', '%', '$',
  'a', 'z', 'A', 'Z', 'Ａ', 'ａ', 'É', 'é', 'İ', 'Σ', 'ς', 'ß', 'ﻻ', 'ﷲ', '\u{1F600}', '\u{1D400}', '\uD83D', '\uDE00',
];
const word = fc.array(fc.constantFrom(...units), { minLength: 0, maxLength: 14 }).map((p) => p.join(''));
const arabicWord = fc.array(fc.constantFrom(...units.slice(0, 22)), { minLength: 1, maxLength: 10 }).map((p) => p.join(''));

describe('wordKey', () => {
  it('equals the fold and strip on generated words', () => {
    fc.assert(fc.property(fc.oneof(word, arabicWord), (w) => void expect(wordKey(w), JSON.stringify(w)).toBe(plain(w))), { numRuns: 20000 });
  });

  it('equals it for every code unit of the Basic Plane, alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const w of [u, `ب${u}ت`, `${u}${u}ا`]) if (wordKey(w) !== plain(w)) expect(wordKey(w), `U+${c.toString(16)} ${JSON.stringify(w)}`).toBe(plain(w));
    }
  });

  it('equals it on long words (past the scratch buffer) and on hand-written words', () => {
    for (const w of ['أحمد', 'الوزيـــر', 'مستشفى', '"الوزير"،', 'Reuters', 'AFP-وكالة', 'İstanbul', 'ΣΟΦΙΑΣ', '١٢٣', '', 'ب'.repeat(300), `${'ة'.repeat(255)}A`]) {
      expect(wordKey(w), w).toBe(plain(w));
    }
    expect(wordKey('أحمد')).toBe('احمد');
    expect(wordKey('"الوزير"،')).toBe('الوزير');
    expect(wordKey('١٢٣')).toBe('123');
  });
});
