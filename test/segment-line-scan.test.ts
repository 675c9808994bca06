import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanLine } from '../src/segment/lines/scan-line.js';
import { lineArb } from './helpers/line-gen.js';
import { scanLineReference, scanMeasures as scan } from './helpers/line-measures-reference.js';

// scanLine reads each unit's kind, count and run effect from one packed table (lines/scan-line.ts): it must give
// what the scan with a kind table and separate count tables gave, field for field. It gives where the first word
// stands (the reference sliced it out), and compares words with the function words in the loaded units.

describe('scanLine', () => {
  it('measures generated lines of every size as the previous scan did', () => {
    for (const maxPieces of [12, 80, 400, 900]) {
      fc.assert(
        fc.property(lineArb(maxPieces), (line) => {
          expect(scan(line)).toEqual(scanLineReference(line));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('measures the edges: runs of digits, the 20th, 61st and 62nd words, the 400th unit', () => {
    const words = (n: number, w = 'كلمة'): string => Array.from({ length: n }, () => w).join(' ');
    const cases = [
      '', ' ', '\u00A0\t', 'في', 'هاتف 0123456 للحجز', 'هاتف 012-345 6 للحجز', 'رقم 012345', '٠١٢٣٤٥٦٧',
      words(19), words(20), words(21), words(61), words(62), words(100), `${words(20)} ${'١'.repeat(30)}`,
      `${'ب'.repeat(395)} 1234567`, `${'ب'.repeat(398)} 12`, `${words(30, 'abc')} ${words(40, '12')}`, `${'x'.repeat(500)} في من`,
    ];
    for (const line of cases) expect(scan(line), line.slice(0, 40)).toEqual(scanLineReference(line));
    expect(scanLine('هاتف 0123456 للحجز').phone).toBe(true);
    expect(scanLine('رقم 012345').phone).toBe(false);
    expect(scanLine(words(100)).words).toBe(62);
  });
});
