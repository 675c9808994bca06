import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, testBin } from './helpers/cli.js';

// `tanqih normalize` runs a large file on worker threads, cut into pieces after line feeds (src/normalize/cut.ts).
// These tests make the threads run on small files (TANQIH_TEST_NORMALIZE_THREADS_FROM=0, test seam) and require the
// same bytes and the same --changes counts as the one-thread stream, on texts built to reach every case: lines that
// start with something a piece may not start with (marks, spaces, line breaks, tatweel, Farsi yeh), CRLF and blank
// lines at the cuts, a trailing space at the very end, Persian text, and a line too long to cut (over 8 MB).

const pieces = [
  ...'ابتجدرسعلمنهوي',
  '\u0623\u0625\u0622\u0629\u0649', // alef forms, teh marbuta, alef maksura
  '\u064B', '\u064E\u0651', '\u0651\u064E', // harakat, in and out of canonical order
  '\u0627\u0654', // ALEF + HAMZA ABOVE (composes under NFC)
  '\u0640', ' \u0640 ', // tatweel, and one alone between spaces
  '\u06CC', '\u06A9', // Farsi yeh, keheh
  '\u0661\u066B\u0662', '12', 'AbC', 'e\u0301', // digits, separator, Latin, a combining accent
  '\uFE8D', '\uFEFB', '\u200B', '\u00A0', // presentation forms, ZWSP, NBSP
  ' ', '  ', '\n', '\n', '\n', '\r\n', '\n\n\n',
  'هههه', 'جدااااا', // elongation
];
/** A text of about `bytes` bytes made of the pieces (a fixed seed: the same text each run). */
function text(bytes: number, seed: number, extra: string[] = []): string {
  const all = [...pieces, ...extra];
  const gen = fc.array(fc.constantFrom(...all), { minLength: 4000, maxLength: 4000, size: 'max' });
  const out: string[] = [];
  let n = 0;
  for (let k = 0; n < bytes; k++) {
    const s = fc.sample(gen, { seed: seed + k, numRuns: 1 })[0]!.join('');
    out.push(s);
    n += Buffer.byteLength(s);
  }
  return out.join('');
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tanqih-normalize-threads-'));

async function both(name: string, body: string, profile: string): Promise<void> {
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, body);
  const args = ['normalize', file, '--profile', profile, '--changes'];
  const one = await runCli(args, { bin: testBin, env: { TANQIH_TEST_NORMALIZE_THREADS_FROM: String(1 << 30) } });
  const many = await runCli(args, { bin: testBin, env: { TANQIH_TEST_NORMALIZE_THREADS_FROM: '0' } });
  expect(one.code).toBe(0);
  expect(many.code).toBe(0);
  expect(many.stdoutBytes.equals(one.stdoutBytes), `${name} ${profile}: same bytes`).toBe(true);
  expect(many.stderr).toBe(one.stderr); // the counts per op, as JSON
  expect(one.stdoutBytes.length).toBeGreaterThan(0);
}

describe('tanqih normalize on worker threads gives the bytes and counts of one thread', () => {
  for (const profile of ['display', 'search']) {
    it(`mixed Arabic text over several pieces (${profile})`, async () => {
      await both('mixed', text(3 << 20, 1), profile);
    }, 60_000);

    it(`Persian text, and a trailing space at the very end (${profile})`, async () => {
      await both('persian', `${text(2 << 20, 7, ['\u067E', '\u0686', '\u06AF\u06CC'])}پایان `, profile);
    }, 60_000);

    it(`a line too long to cut (over 8 MB) between cut lines (${profile})`, async () => {
      const long = text(9 << 20, 20).replace(/[\r\n]/g, ' ');
      await both('long-line', `${text(1 << 20, 30)}\n${long}\n${text(1 << 20, 40)}`, profile);
    }, 120_000);
  }
});
