import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormalizeStream, parseSwitches, resolveOps, type ProfileName } from '../src/normalize/index.js';

// The byte engine's fast path (the run copier: a tight scan, block copies, same-length replacements written over
// their places) against its slow path (each rule stated once), through the stream as `tanqih normalize` uses it:
// article-sized texts (up to ~300 KB) cut into chunks at every kind of byte offset — inside a two-, three- or
// four-byte character, just before and just after a line feed, at a character start — and in chunks of a few bytes.
// Same bytes, same count per op.

const words = [
  'قالت', 'الوزارة', 'في', 'بيان', 'إن', 'الأعمال', 'ستبدأ', 'الأسبوع', 'المقبل', 'مدرسة', 'على', 'إلى', 'آخر', 'مسؤول',
  'شيء', 'الله', 'للمعلمين', 'رئيسة', 'هيئة', 'ذلك', 'حتى', 'مستشفى', 'أيضاً', 'جداً', 'مُعلّم', 'كتبَ', 'العربيّة', 'جمــيل',
  'راااائع', 'ههههه', 'یکی', 'کتاب', 'ﻻ', 'ﷲ', 'Reuters', 'AFP', 'COVID-19', 'café', 'Østergaard', '2024', '١٢٣', '١٢٫٥', '۱۲',
  '«هكذا»', '“quoted”', '…', '—', '،', '؟', '؛', '.', '(', ')', '😀', 'e\u0301', '\u0628\u0651\u064E', '\u0627\u0654',
  '\u200F', '\u200B', '\u200C', '\u00AD', '\u0640', ' \u0640 ', '\u00A0', '\t', '\u2003',
];
const breaks = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\n', '\n\n', '\n\n\n', ' \n', '\r\n', '\n ', '\u2028'];
const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...breaks)).map(([w, b]) => w + b);
/** 2,000 to 40,000 words: 20 KB to ~300 KB of UTF-8, the size of real articles and of a long page. */
const article = fc.array(token, { minLength: 2000, maxLength: 40000, size: 'max' }).map((a) => Buffer.from(a.join(''), 'utf8'));

/** Where a cut may fall: a character start, inside a 2-, 3- or 4-byte character (after each of its bytes), around a LF. */
const cutKinds = ['start', 'in2', 'in3a', 'in3b', 'in4', 'afterLf', 'beforeLf', 'any'] as const;
type CutKind = (typeof cutKinds)[number];

function fits(b: Uint8Array, p: number, kind: CutKind): boolean {
  const lead = (k: number): number => b[p - k] ?? 0;
  switch (kind) {
    case 'start':
      return (b[p]! & 0xc0) !== 0x80;
    case 'in2':
      return lead(1) >= 0xc0 && lead(1) < 0xe0;
    case 'in3a':
      return lead(1) >= 0xe0 && lead(1) < 0xf0;
    case 'in3b':
      return lead(2) >= 0xe0 && lead(2) < 0xf0 && (lead(1) & 0xc0) === 0x80;
    case 'in4':
      return lead(1) >= 0xf0 || lead(2) >= 0xf0 || lead(3) >= 0xf0;
    case 'afterLf':
      return lead(1) === 0x0a;
    case 'beforeLf':
      return b[p] === 0x0a;
    default:
      return true;
  }
}

/** The first offset at or after `frac` of the way through that is of the kind (or the plain offset, if none is near). */
function cutAt(b: Uint8Array, frac: number, kind: CutKind): number {
  const from = Math.max(1, Math.floor(frac * b.length));
  for (let p = from; p < b.length && p < from + 4096; p++) if (fits(b, p, kind)) return p;
  return from;
}

function streamed(bytes: Uint8Array, cuts: number[], profile: ProfileName, switches: string, fastPath: boolean) {
  const stream = new NormalizeStream(resolveOps(profile, parseSwitches(switches)), 'auto', fastPath);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    out.push(...stream.push(bytes.subarray(from, at)));
    from = at;
  }
  out.push(...stream.push(bytes.subarray(from)), ...stream.end());
  return { bytes: Buffer.concat(out), changes: stream.changes() };
}

const profile = fc.constantFrom<ProfileName>('display', 'search', 'none');
const switches = fc.constantFrom('', '-elongation', '-nfc', '+hamza', '+digits-arabic', '-spaces', '-newlines', '-spaces,-newlines', '+latin-case,-diacritics');
const cuts = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...cutKinds)), { maxLength: 24 });

describe('byte engine: the fast path agrees with the slow path through the stream, at article sizes', () => {
  it('same bytes and counts for any chunk cuts of every kind', () => {
    fc.assert(
      fc.property(article, cuts, profile, switches, (bytes, cs, p, sw) => {
        const at = cs.map(([f, k]) => cutAt(bytes, f, k));
        const fast = streamed(bytes, at, p, sw, true);
        const slow = streamed(bytes, [], p, sw, false);
        expect(fast.bytes.equals(slow.bytes)).toBe(true);
        expect(fast.changes).toEqual(slow.changes);
      }),
      { numRuns: 30, endOnFailure: true }, // shrinking 40,000-word inputs takes minutes: report the first failure as it is
    );
  });

  it('same bytes and counts when a text arrives a few bytes at a time', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 7 }), profile, (bytes, width, p) => {
        const head = bytes.subarray(0, 30000);
        const at = Array.from({ length: Math.floor(head.length / width) }, (_, k) => (k + 1) * width);
        const fast = streamed(head, at, p, '', true);
        const slow = streamed(head, [], p, '', false);
        expect(fast.bytes.equals(slow.bytes)).toBe(true);
        expect(fast.changes).toEqual(slow.changes);
      }),
      { numRuns: 12, endOnFailure: true },
    );
  });
});
