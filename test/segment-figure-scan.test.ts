import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFigure } from '../src/segment/dates/find.js';

// hasFigure(text, end) stands for the expression on the first `end` units of the text.
const figure = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const units = fc.constantFrom('/', '0', '9', ':', '\u065F', '\u0660', '\u0669', '\u066A', '\u06EF', '\u06F0', '\u06F9', '\u06FA', 'ا', ' ', '\uD83D\uDE00', 'x');

describe('hasFigure', () => {
  it('answers as the figure expression on the text cut at `end` (texts up to 500 units)', () => {
    fc.assert(
      fc.property(fc.array(units, { minLength: 0, maxLength: 500 }), fc.integer({ min: 0, max: 600 }), (a, end) => {
        const text = a.join('');
        expect(hasFigure(text, end)).toBe(figure.test(text.slice(0, end)));
        expect(hasFigure(text)).toBe(figure.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('sees every kind of figure and the units next to them as none', () => {
    for (const c of ['0', '9', '\u0660', '\u0669', '\u06F0', '\u06F9']) expect(hasFigure(`نص ${c}`)).toBe(true);
    for (const c of ['/', ':', '\u065F', '\u066A', '\u06EF', '\u06FA']) expect(hasFigure(`نص ${c}`)).toBe(false);
    expect(hasFigure('abc 1', 4)).toBe(false);
    expect(hasFigure('abc 1', 5)).toBe(true);
  });
});
