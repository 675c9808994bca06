import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeWithBytes } from '../src/decode/index.js';
import { PlainUtf8Check } from '../src/decode/plain-utf8.js';

/**
 * The first pass of `tanqih normalize` (PlainUtf8Check) must say "plain" exactly when decoding the whole input gives
 * its UTF-8 bytes back untouched: however the input is cut into chunks, wherever a mojibake marker or a bad byte
 * falls (across a cut too), with or without end padding.
 */

const misread = (s: string, page: string): string => iconv.decode(Buffer.from(s, 'utf8'), page);
const pieces = [
  'قال الوزير', 'فقط،', 'ضغط،', 'ظل', 'طائرة', '’', '…', 'Østergaard', 'café', ' ', '\n', '،', 'پ', 'ط«', 'ظ»', 'ط؛', 'ظ؟', 'طٹ', 'ظپ', 'ط…', 'ظ‚', 'Ù', 'ï', 'Ø', 'طڑ', 'ظŒ', 'طˆ', 'ظƒ',
  misread('العربية', 'windows-1256'), misread('الخبر', 'windows-1252'), misread('في', 'windows-1256'), '2015', '\u00a0',
];

/** What the whole-file decoder does with the bytes: untouched plain UTF-8 (and where its padding starts)? */
function wholeDecode(bytes: Buffer): { plain: boolean; bodyEnd: number } {
  const d = decodeWithBytes(bytes);
  const plain = d.encoding.name === 'utf-8' && d.encoding.repaired === null && d.warnings.length === 0 && d.utf8 !== undefined;
  return { plain, bodyEnd: bytes.length - (d.encoding.padding ?? 0) };
}

function check(bytes: Buffer, cuts: number[]): { plain: boolean; bodyEnd: number } {
  const c = new PlainUtf8Check();
  let at = 0;
  for (const cut of [...cuts.filter((x) => x > 0 && x < bytes.length)].sort((a, b) => a - b)) {
    c.push(bytes.subarray(at, cut));
    at = cut;
  }
  c.push(bytes.subarray(at));
  return c.result();
}

describe('PlainUtf8Check', () => {
  it('agrees with decoding the whole input, for any text and any chunk cuts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat({ max: 6000 }), { maxLength: 12 }),
        fc.constantFrom('', '\u0000', '\u001a\u0000\u0000'),
        (ws, cuts, pad) => {
          const bytes = Buffer.from(ws.join('') + pad, 'utf8');
          expect(check(bytes, cuts)).toEqual(wholeDecode(bytes));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with decoding the whole input when it is cut at every byte, into chunks of one to four bytes', () => {
    const text = 'قال … ’ \u{1F600} Østergaard café نص\u00a0';
    const bytes = Buffer.from(text, 'utf8');
    const whole = wholeDecode(bytes);
    expect(whole.plain).toBe(true);
    for (const width of [1, 2, 3, 4]) {
      for (let at = 1; at < bytes.length; at++) {
        const cuts = Array.from({ length: 4 }, (_, k) => at + k * width);
        expect(check(bytes, cuts), `${width}@${at}`).toEqual(whole);
      }
    }
  });

  it('finds a marker cut in two at every byte of it', () => {
    const bytes = Buffer.from(`${'قال الوزير إن '.repeat(20)}${misread('العربية', 'windows-1256')}${' نص صحيح'.repeat(20)}`, 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) expect(check(bytes, [cut]).plain, String(cut)).toBe(false);
  });

  it('a bad byte or a text cut inside a character is not plain', () => {
    expect(check(Buffer.concat([Buffer.from('نص', 'utf8'), Buffer.from([0xff]), Buffer.from('نص', 'utf8')]), [3]).plain).toBe(false);
    expect(check(Buffer.from('نص', 'utf8').subarray(0, 3), []).plain).toBe(false);
  });
});
