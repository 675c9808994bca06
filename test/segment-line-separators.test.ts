import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../src/segment/fold.js';
import { isOutlet } from '../src/segment/lines/outlet.js';
import { scanLine } from '../src/segment/lines/scan-line.js';
import { countSeparators } from '../src/segment/lines/separators.js';
import { lineArb } from './helpers/line-gen.js';

// Two short-line measures asked without the expressions they were (lines/separators.ts, lines/outlet.ts): the
// separators are counted from the separator units, and an outlet's first or last field is looked up in place (a
// domain only asked of a line with Latin letters). Each must answer
// what the expression answered, on generated lines of every size and on the edges written out below.

const separatorRe = /\s[-–—|]\s|\s\u0640\s|\s:\s?|[^\s\d]:\s/gu;
const separatorsBefore = (text: string): number => (text.match(separatorRe) ?? []).length;

/** Pieces around separators: every kind of space (JavaScript's `\s` and White_Space differ on U+0085 and U+FEFF), digits, surrogates. */
const around = [
  ' ', '  ', '\t', '\u00A0', '\u0085', '\uFEFF', '\u2009', '\u3000', '\n', '-', '\u2013', '\u2014', '|', ':', '\u0640', '::', ' : ',
  '1', '9', '\u0661', 'a', 'ب', 'ة', '"', '(', ')', '.', '\uD83D\uDE00', '\uD83D', '\uDE00', '\u200F', 'جدة', 'رويترز',
];
const separatorLine = fc.array(fc.constantFrom(...around), { maxLength: 60 }).map((p) => p.join(''));

const outletOpening = /^(?:صحيفه|جريده|موقع|مجله|قناه|اذاعه|شبكه|بوابه|وكاله)\s/u;
const outletEnding = /\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني)$/u;
const outletDomain = /\b[a-z0-9-]+\.(?:com|net|org|info|ps|sa|eg|ma|dz|tn|jo|lb|iq|sy|ae|qa|kw|bh|om|ye|sd|ly)\b/u;
/** isOutlet as it was (lines/info.ts): the suffix searched for in the key's last 12 units. */
const outletBefore = (key: string): boolean =>
  outletOpening.test(key) || outletEnding.test(key.length > 12 ? key.slice(key.length - 12) : key) || (key.includes('.') && outletDomain.test(key));
const outletWords = ['Site.COM', 'A.b.Net', '\u212A.com', 'صحيفة', 'جريدة', 'موقع', 'نت', 'أونلاين', 'اونلاين', 'نيوز', 'الإلكترونية', 'الالكتروني', 'الإلكتروني', 'site.com', 'x.net', 'الوطن'];
const outletLine = fc
  .array(fc.oneof(fc.constantFrom(...outletWords), fc.constantFrom(...around), lineArb(3)), { maxLength: 12 })
  .map((p) => p.join(fc.sample(fc.constantFrom(' ', '\u00A0', '\uFEFF', ''), 1)[0]!));

describe('countSeparators', () => {
  it('counts what the expression matched, on generated lines', () => {
    fc.assert(fc.property(separatorLine, (line) => {
        expect(countSeparators(line), JSON.stringify(line)).toBe(separatorsBefore(line));
      }), { numRuns: 5000 });
    fc.assert(fc.property(lineArb(120), (line) => {
        expect(countSeparators(line), JSON.stringify(line)).toBe(separatorsBefore(line));
      }), { numRuns: 1000 });
  });

  it('counts the edges: overlapping matches, a colon after a digit or a pair, a separator first or last', () => {
    const cases = [
      '', '-', ':', ' :', ' : ', 'a: b', '1: b', '\u0661: b', ' - - ', ' -  - ', 'a - b - c', 'جدة ـ (رويترز) -', ' : : ', 'a:: b', 'x:\u00A0y',
      '\uD83D\uDE00: x', '\uDE00: x', '\uD83D: x', '\uFEFF-\uFEFF', '\u0085-\u0085', ' \u0640\u0640 ', ' | ', '|', 'a|b', 'بيروت – 12 : 30', ' -', '- ',
    ];
    for (const line of cases) expect(countSeparators(line), JSON.stringify(line)).toBe(separatorsBefore(line));
    expect(countSeparators(' - - ')).toBe(1);
    expect(countSeparators('جدة - فلان : مراسل')).toBe(2);
  });
});

describe('isOutlet', () => {
  it('answers what the expressions answered, on generated keys', () => {
    fc.assert(
      fc.property(outletLine, (line) => {
        // (a keyed line, as lineInfo asks: its Latin letters are counted over all of it)
        const scan = scanLine(line);
        fc.pre(scan.words <= 25 && line.length <= 300);
        const key = foldKey(line);
        expect(isOutlet(key, scan.latin), JSON.stringify(key)).toBe(outletBefore(key));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the edges: a suffix after a space, alone, glued, past 12 units', () => {
    for (const line of ['موقع الخبر', 'الخبر نت', 'نت', 'الخبرنت', 'الخبر\u00A0نت', 'صوت الإلكترونية', 'الصوت الإلكتروني', 'www.site.com', 'site.co', 'الوطن أونلاين']) {
      const key = foldKey(line);
      expect(isOutlet(key, scanLine(line).latin), key).toBe(outletBefore(key));
    }
    expect(isOutlet(foldKey('الخبر نت'), 0)).toBe(true);
    expect(isOutlet(foldKey('الخبرنت'), 0)).toBe(false);
    expect(isOutlet(foldKey('موقع WWW.Site.COM'), 10)).toBe(true);
  });
});
