import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, profileNames } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { foldKey } from '../src/segment/fold.js';
import { root } from './helpers/cli.js';

/**
 * fixtures/segment/<case>/input.txt -> expected.json (the segmentation of the display-normalised text).
 * UPDATE_FIXTURES=1 rewrites expected.json; review the diff by hand before committing.
 */
const dir = path.join(root, 'fixtures/segment');
const cases = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'input.txt')));

function summary(text: string): Record<string, unknown> {
  const s = segment(text);
  return {
    title: s.title,
    sitename: s.sitename,
    author: s.author,
    date: s.date,
    dateRaw: s.dateRaw,
    hijriDate: s.hijriDate,
    dateline: s.dateline,
    agencies: s.agencies,
    url: s.url,
    blocks: s.blocks,
    boilerplate: s.boilerplate,
    warnings: s.warnings.map((w) => w.rule),
  };
}

describe('segment fixtures', () => {
  it('has a fixture for every layout and date form', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
      const got = summary(normalize(input, { profile: 'display' }).text);
      const file = path.join(dir, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});

describe('every normalisation profile segments the same', () => {
  const key = (v: unknown): string => foldKey(JSON.stringify(v ?? null));
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
      const results = profileNames.map((profile) => segment(normalize(input, { profile }).text));
      const [first, ...rest] = results;
      for (const r of rest) {
        for (const field of ['title', 'sitename', 'date', 'author'] as const) expect(key(r[field])).toBe(key(first![field]));
        expect(r.blocks.length).toBe(first!.blocks.length);
        expect(key(r.blocks.map((b) => b.text).join(' '))).toBe(key(first!.blocks.map((b) => b.text).join(' ')));
      }
    });
  }
});
