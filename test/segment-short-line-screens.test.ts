import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { lineInfo } from '../src/segment/lines/info.js';
import type { Work } from '../src/segment/work.js';
import { lineArb } from './helpers/line-gen.js';

// A short line's link and time expressions are asked only of a line with Latin letters, and with figures
// (lines/info.ts shortLine): scanLine counts them over all of a keyed line, so a line without them cannot match.
// A spaced colon (' : ') is searched for only in a line that holds a colon.
// The measures must be the expressions' answers on generated keyed lines with links, times, figures of three
// scripts and mails mixed in, and on the edges.

const work = { rules: compileRules(), template: undefined } as unknown as Work;
const hints = [' : ', ' :', ': ', '|', 'http://', 'https://', 'HTTP://', 'www.', 'WWW.', 'ww.', 'x.com', '10:30', '٣:٤٥', '۱۲:۰۰', '9:5', '123:45', ':', '@', 'a@b.c', '@ab', ' @x', 'تمام', '12', 'a'];
const keyedLine = fc
  .array(fc.oneof({ weight: 2, arbitrary: lineArb(5) }, { weight: 2, arbitrary: fc.constantFrom(...hints) }), { maxLength: 10 })
  .map((p) => p.join(' '));

/** What the unscreened expressions said of a line. */
function expected(text: string): { url: boolean; time: boolean; email: boolean; handle: boolean; colonSpaced: boolean } {
  return {
    colonSpaced: text.includes(' : '),
    url: /https?:\/\/|www\./u.test(text),
    time: text.includes(':') && /(?:^|[^\d])\d{1,2}:\d{2}(?!\d)/u.test(text),
    email: text.includes('@') && /[\w.+-]+@[\w-]+\.[\w.]+/u.test(text),
    handle: text.includes('@') && /(?:^|\s)@\w{2,}/u.test(text),
  };
}

describe('short-line screens', () => {
  it('give the expressions answers on generated keyed lines', () => {
    fc.assert(
      fc.property(keyedLine, (text) => {
        const info = lineInfo({ line: 1, text }, work);
        fc.pre(info.key !== '');
        expect({ url: info.url, time: info.time, email: info.email, handle: info.handle, colonSpaced: info.colonSpaced }, text).toEqual(expected(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('give them on the edges', () => {
    for (const text of ['المصدر : الوكالة', 'المصدر: الوكالة', 'www.site.com', 'زوروا http://x', 'الساعة 10:30 صباحا', 'الساعة ١٠:٣٠', 'نص بلا شيء', 'راسلونا a@b.co', 'تابعونا @site']) {
      const info = lineInfo({ line: 1, text }, work);
      expect({ url: info.url, time: info.time, email: info.email, handle: info.handle, colonSpaced: info.colonSpaced }, text).toEqual(expected(text));
    }
    expect(lineInfo({ line: 1, text: 'الساعة 10:30 صباحا' }, work).time).toBe(true);
    expect(lineInfo({ line: 1, text: 'زوروا www.site.com' }, work).url).toBe(true);
    expect(lineInfo({ line: 1, text: 'المصدر : الوكالة' }, work).colonSpaced).toBe(true);
    expect(lineInfo({ line: 1, text: 'المصدر: الوكالة' }, work).colonSpaced).toBe(false);
  });
});
