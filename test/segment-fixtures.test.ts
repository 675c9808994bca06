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
    kicker: s.kicker,
    title: s.title,
    subtitle: s.subtitle,
    section: s.section,
    sitename: s.sitename,
    author: s.author,
    date: s.date,
    dateRaw: s.dateRaw,
    hijriDate: s.hijriDate,
    dateline: s.dateline,
    agencies: s.agencies,
    url: s.url,
    meta: s.meta,
    blocks: s.blocks,
    boilerplate: s.boilerplate,
    warnings: s.warnings.map((w) => w.rule),
    notes: s.notes.map((w) => w.rule),
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

/**
 * What the `search` profile does to a text (harakat and tatweel gone, alef / teh marbuta / alef maksura folded,
 * digits and punctuation ASCII), written here independently of src/normalize so the segmenter is held to it
 * whatever the normaliser's exact op list becomes.
 */
function searchLike(t: string): string {
  return t
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/gu, '\u0627')
    .replace(/\u0629/gu, '\u0647')
    .replace(/\u0649/gu, '\u064A')
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/\u060C/gu, ',')
    .replace(/\u061B/gu, ';')
    .replace(/\u061F/gu, '?')
    .replace(/[«»“”]/gu, '"')
    .replace(/[ \t]{2,}/gu, ' ');
}

describe('a search-folded text segments like the display text', () => {
  const key = (v: unknown): string => foldKey(JSON.stringify(v ?? null));
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
      const display = segment(normalize(input, { profile: 'display' }).text);
      const folded = segment(searchLike(normalize(input, { profile: 'display' }).text));
      for (const field of ['title', 'sitename', 'date', 'author'] as const) expect(key(folded[field])).toBe(key(display[field]));
      expect(folded.blocks.length).toBe(display.blocks.length);
      expect(folded.boilerplate.map((b) => b.rule)).toEqual(display.boilerplate.map((b) => b.rule));
    });
  }
});
