import { describe, expect, it } from 'vitest';
import { processBytes } from '../src/core/pipeline.js';
import { isWhiteSpace, lineBreaks, otherBlanks, whiteSpace } from '../src/text/white-space.js';

describe('one definition of space (src/text/white-space.ts)', () => {
  it('is exactly Unicode White_Space, checked against the regex property over the whole BMP', () => {
    const expected: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\p{White_Space}/u.test(String.fromCharCode(c))) expected.push(c);
    expect([...whiteSpace].sort((a, b) => a - b)).toEqual(expected);
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c)).toBe(expected.includes(c));
    expect(isWhiteSpace(-1)).toBe(false);
  });

  it('splits it into line ends and the blanks between words', () => {
    for (const c of lineBreaks) expect(/[\n\v\f\r\u0085\u2028\u2029]/.test(String.fromCharCode(c))).toBe(true);
    expect(otherBlanks).not.toContain(0x20);
    expect(otherBlanks).not.toContain(0x1680); // OGHAM SPACE MARK is drawn, not blank
    for (const c of otherBlanks) expect(lineBreaks).not.toContain(c);
  });

  it('counts words the same way: a NEXT LINE separates words, a ZERO WIDTH NO-BREAK SPACE does not', () => {
    // --profile none keeps both characters in the text (no op maps or removes them but `newlines`, switched off here)
    const words = (s: string): number => {
      const r = processBytes('a.txt', Buffer.from(`عنوان\n\n${s}`), { profile: 'none', normalize: { ops: { newlines: false } } });
      if (!r.ok) throw new Error(r.messages[0]?.message);
      return r.article.stats.words;
    };
    const base = words('كلمة كلمة');
    expect(words('كلمة\u0085كلمة')).toBe(base);
    expect(words('كلمة\uFEFFكلمة')).toBe(base - 1);
  });
});
