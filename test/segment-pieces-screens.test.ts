import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bars, latinRun, links, mayHold } from '../src/segment/layouts/pieces.js';

// cutsOf skips an expression when the text lacks what every match must hold; a text where the expression matches
// must never be skipped.
const pairs = [
  ['links', links, mayHold.links],
  ['latinRun', latinRun, mayHold.latinRun],
  ['bars', bars, mayHold.bars],
] as const;

const matches = (re: RegExp, t: string): boolean => new RegExp(re.source, re.flags.replace('g', '')).test(t);

const parts = fc.constantFrom(
  ' ', '  ', '\u00A0', '\n', 'قال', 'الخبر', 'http://a.b/c', 'https://x.y', 'www.site.com', 'pic.twitter.com/abc', 'HTTP://A',
  'Share', 'this', 'post', 'on', 'X', 'a', "it's", '@user', '#tag', '|', '•', '·', '-', '.', '،', '1', '٣', '\u{1F600}', 'ｗｗｗ.',
);
const text = fc.array(parts, { maxLength: 50 }).map((p) => p.join(''));

describe('cutsOf screens', () => {
  it('never skip an expression that matches (generated texts)', () => {
    let hits = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const [name, re, screen] of pairs) {
          if (!matches(re, t)) continue;
          hits++;
          expect(screen(t), `${name} ${t}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(hits).toBeGreaterThan(300);
  });

  it('skip texts that hold none of it, and keep the ones that do (hand-written)', () => {
    expect(mayHold.links('قال الوزير اليوم')).toBe(false);
    expect(mayHold.links('انظر https://example.org/a')).toBe(true);
    expect(mayHold.latinRun('نص عربي فقط ١٢٣')).toBe(false);
    expect(mayHold.latinRun('Follow us on our page now')).toBe(true);
    expect(mayHold.bars('الرئيسية - أخبار')).toBe(false);
    expect(mayHold.bars('الرئيسية | أخبار • رياضة')).toBe(true);
    expect(matches(latinRun, 'Follow us on our page now')).toBe(true);
  });
});
