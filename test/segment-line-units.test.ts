import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../src/segment/lines/line-units.js';
import { scanLine } from '../src/segment/lines/scan-line.js';
import { lineArb } from './helpers/line-gen.js';
import { scanLineReference, scanMeasures } from './helpers/line-measures-reference.js';

// scanLine reads a line's code units from a shared typed array (lines/line-units.ts) instead of charCodeAt, and
// looks for a phone's run of figures only on a line of 7 figures or more: the array must hold every unit as
// charCodeAt gives it (lone surrogates too) and a space after the last, however long the line and whatever a longer
// line left in the array before; the measures must be the previous scan's.

const units = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

describe('loadUnits', () => {
  it('holds the units of generated texts, and a space after them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => {
        const u = loadUnits(s);
        expect(Array.from(u.subarray(0, s.length))).toEqual(units(s));
        expect(u[s.length]).toBe(0x20);
      }),
      { numRuns: 200 },
    );
  });

  it('holds lone surrogates, one-byte texts, slices of a longer text and texts past its first size', () => {
    const page = `${'ب'.repeat(50)}\n\uD800x\uDC00 \uFFFF\n${'abc '.repeat(600)}`;
    for (const s of ['', 'a', '\uD83D', 'é\u00A0', page, page.slice(51, 57), page.slice(58), 'x'.repeat(10_000), 'ي']) {
      const u = loadUnits(s);
      expect(Array.from(u.subarray(0, s.length + 1))).toEqual([...units(s), 0x20]);
    }
  });
});

describe('scanLine over the loaded units', () => {
  it('measures a short line after a long one as the previous scan did (nothing of the long line is read)', () => {
    fc.assert(
      fc.property(lineArb(900), lineArb(30), (long, short) => {
        expect(scanMeasures(long)).toEqual(scanLineReference(long));
        expect(scanMeasures(short)).toEqual(scanLineReference(short));
      }),
      { numRuns: 200 },
    );
  });

  it('finds a phone where the previous scan did: runs of figures across spaces and hyphens, around the 400th unit', () => {
    const figures = fc.array(fc.constantFrom('1', '٣', '7', ' ', '-', '  ', 'ب', '.', '\u00A0', '\u06F5', 'x'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 420 }), figures, figures, (pad, a, b) => {
        const line = `${'ب'.repeat(pad)} ${a} كلمة ${b}`;
        expect(scanMeasures(line)).toEqual(scanLineReference(line));
      }),
      { numRuns: 1000 },
    );
  });

  it('measures lines without spaces, lines of thousands of words and phones by hand', () => {
    const lines = ['ب'.repeat(5000), `${'كلمة '.repeat(3000)}1234567`, '1234567'.repeat(100), `\u00A0${'في '.repeat(30)}`, `${'ب'.repeat(391)} 123-4567`, `${'ب'.repeat(392)} 123-4567`];
    for (const line of lines) expect(scanMeasures(line)).toEqual(scanLineReference(line));
    expect(scanLine('اتصل 050 123 4567').phone).toBe(true);
    expect(scanLine('اتصل 050 12x 4567').phone).toBe(false);
    // the run's last figure is the 400th unit, then the 401st (not read)
    expect(scanLine(`${'ب'.repeat(391)} 123-4567`).phone).toBe(true);
    expect(scanLine(`${'ب'.repeat(392)} 123-4567`).phone).toBe(false);
  });
});
