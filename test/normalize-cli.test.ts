import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { runCli } from './helpers/cli.js';

// A long text in the layouts real files have: many lines, CRLF, tatweel, presentation forms, marks out of order,
// odd spaces, Farsi letters, and a very long line, so the streaming path crosses many chunk boundaries.
function bigText(lines: number): string {
  const parts: string[] = [];
  for (let n = 0; n < lines; n++) {
    parts.push(
      `بيروت ـ (رويترز) ـ قالـــت الوزارة\u00a0 إن العدد بلغ ${n} شخصاً یوم الأحد، ﻷن ب\u0651\u064e کتاب «التقرير» ٣٫٥\u200f  \r\n`,
      n % 50 === 0 ? '\r\n\r\n\r\n' : '',
    );
  }
  parts.push(`${'كلمة طويلة '.repeat(250_000)}\n`);
  return parts.join('');
}

describe('tanqih normalize (CLI)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tanqih-normalize-'));
  const text = bigText(5_000);

  for (const profile of ['display', 'search'] as const) {
    it(`streams a large file under --profile ${profile} exactly as the library normalises it`, async () => {
      const file = path.join(dir, 'big.txt');
      writeFileSync(file, text);
      const r = await runCli(['normalize', file, '--profile', profile]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout === normalize(text, { profile }).text).toBe(true);
    });
  }

  it('streams stdin with switches and prints the counts with --changes', async () => {
    const input = text.slice(0, 200_000);
    const r = await runCli(['normalize', '-', '--normalize', '+digits-ascii,-tatweel', '--changes'], { input });
    const expected = normalize(input, { profile: 'display', ops: { tatweel: false, digits: true }, digits: 'ascii' });
    expect(r.code).toBe(0);
    expect(r.stdout === expected.text).toBe(true);
    expect(JSON.parse(r.stderr)).toEqual(expected.changes);
    expect(r.stdout).toContain('قالـــت');
    expect(r.stdout).toContain('3٫5');
  });

  it('decodes legacy-encoded input whole, then normalises it', async () => {
    const arabic = 'قالـــت الوزارة  إن العدد بلغ 10\r\n';
    const r = await runCli(['normalize', '-'], { input: iconv.encode(arabic, 'windows-1256') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('قالت الوزارة إن العدد بلغ 10\n');
  });

  it('refuses an unknown op with a usage error naming the valid ones', async () => {
    const r = await runCli(['normalize', '-', '--normalize', '+tatweel,-diacritcs'], { input: 'x' });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('Unknown normalisation op "diacritcs"');
    expect(r.stderr).toContain('diacritics');
    expect(r.stdout).toBe('');
  });

  it('puts the counts and the settings in each ingest record', async () => {
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, 'عنوان الخبر\n\nقالـــت الوزارة  إن العدد بلغ ٢٠ شخصاً.\n');
    const r = await runCli(['ingest', file, '--profile', 'search', '--normalize', '-tatweel']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout.trim().split('\n')[0]!) as { normalization: { profile: string; changes: Record<string, number> } };
    expect(record.normalization.profile).toBe('search -tatweel');
    expect(record.normalization.changes).toMatchObject({ spaces: 1, digits: 2, diacritics: 1, 'teh-marbuta': 1 });
    expect(record.normalization.changes.tatweel).toBeUndefined();
  });
});
