import { describe, expect, it } from 'vitest';
import { arabicBlocks, looksPersian } from '../src/normalize/language.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('looksPersian', () => {
  it('says yes for two Persian-only letters plus a Farsi yeh or keheh in any form (the fast "no" path never hides one)', () => {
    // peh + tteh (both with lead byte 0xD9, so only the letter tried can bring 0xDA/0xDB/0xEF), then every letter of the Arabic blocks and the presentation forms in turn
    for (const [from, to] of arabicBlocks) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCharCode(cp);
        const farsi = [...ch.normalize('NFKD')].some((c) => c === '\u06cc' || c === '\u06a9');
        expect(looksPersian(utf8(`\u067e\u0679 ${ch}`)), `U+${cp.toString(16)}`).toBe(farsi);
      }
    }
  });

  it('says no for Arabic text, and for Persian letters without Farsi yeh or keheh', () => {
    expect(looksPersian(utf8('افتتحت البلدية مكتبة عامة في المدينة'))).toBe(false);
    expect(looksPersian(utf8('\u067e\u0686\u0698'))).toBe(false);
    expect(looksPersian(utf8('\u067e\u0686\u06cc'))).toBe(true);
  });
});
