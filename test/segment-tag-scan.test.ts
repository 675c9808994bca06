import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTag } from '../src/segment/layouts/tag-scan.js';

// The tagged layout finds a line's tags by reading its units (layouts/tag-scan.ts) instead of asking the expression
// below: the same tags, in the same places, on generated tag soup (names of every shape, attributes, stray `<` and
// `>`, spaces of every kind, Arabic text and line breaks between).

const tagRe = /<(\/?)([A-Za-z][A-Za-z_]*)((?:\s+[^<>]*)?)>/g;

function byExpression(s: string): { index: number; end: number; closing: boolean; name: string; attrs: string }[] {
  const out = [];
  tagRe.lastIndex = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) out.push({ index: m.index, end: m.index + m[0].length, closing: m[1] === '/', name: m[2]!, attrs: m[3]! });
  return out;
}

function byScan(s: string): ReturnType<typeof byExpression> {
  const out = [];
  for (let m = nextTag(s, 0); m; m = nextTag(s, m.end)) out.push(m);
  return out;
}

const pieces = [
  '<', '>', '</', '/', '<DOC>', '</DOC>', '<TEXT>', '</text>', '<P>', 'DOC', 'doc_no', 'Head_Line', 'a', 'Z', '_', '1', '-', ':',
  ' ', '  ', '\t', '\u00A0', '\u2003', '\uFEFF', '\n', '\r', 'id="AFP_ARB_20000101.0001"', '=', '"', "'", 'نص عربي', 'الخبر', '<<', '>>', '<!--', '-->', '<?xml?>',
];
const soup = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 80 }).map((p) => p.join(''));

describe('tag scan (layouts/tag-scan.ts)', () => {
  it('finds the tags the expression finds', () => {
    let tags = 0;
    fc.assert(
      fc.property(soup, (s) => {
        const want = byExpression(s);
        tags += want.length;
        expect(byScan(s)).toEqual(want);
      }),
      { numRuns: 5000 },
    );
    expect(tags).toBeGreaterThan(2000);
    expect(byScan('<DOC id="x"><TITLE>عنوان</TITLE>')).toEqual(byExpression('<DOC id="x"><TITLE>عنوان</TITLE>'));
    expect(byScan('<a1> <b >x</b\t> < c> <d x<e>')).toEqual(byExpression('<a1> <b >x</b\t> < c> <d x<e>'));
    expect(nextTag('<DOC id="7">', 0)).toEqual({ index: 0, end: 12, closing: false, name: 'DOC', attrs: ' id="7"' });
  });
});
