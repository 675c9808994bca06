import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseShard, selectShard, shardOf } from '../src/io/shard.js';
import { makeCorpus } from './helpers/batch-corpus.js';
import { runCli } from './helpers/cli.js';

const paths = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 200 });

describe('shards: hash(relative path) mod n', () => {
  it('cover every file exactly once, for any list and any n', () => {
    fc.assert(
      fc.property(paths, fc.integer({ min: 1, max: 12 }), (rels, count) => {
        const items = rels.map((rel) => ({ rel }));
        const parts = Array.from({ length: count }, (_, i) => selectShard(items, { index: i + 1, count }));
        const all = parts.flat().map((x) => x.rel);
        expect(all.length).toBe(rels.length);
        expect(new Set(all)).toEqual(new Set(rels));
      }),
    );
  });

  it('are stable as files are added: no existing file changes shard', () => {
    fc.assert(
      fc.property(paths, paths, fc.integer({ min: 2, max: 9 }), (before, added, count) => {
        const was = new Map(before.map((r) => [r, shardOf(r, count)]));
        const now = [...before, ...added];
        for (const r of now) if (was.has(r)) expect(shardOf(r, count)).toBe(was.get(r));
      }),
    );
  });

  it('spread files evenly enough (1,000 paths, 4 shards: each within 20% of 250)', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 1000; i++) counts[shardOf(`news/2024-03-${i % 31}/article-${i}.txt`, 4) - 1]!++;
    for (const c of counts) expect(Math.abs(c - 250)).toBeLessThan(50);
  });

  it('parse i/n, 1-based, and refuse the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/3']) expect(() => parseShard(bad)).toThrow(/--shard expects i\/n/);
  });
});

describe('tanqih ingest --shard', () => {
  const dir = makeCorpus(60);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits a folder into shards whose records, together, are the whole run', async () => {
    const whole = await runCli(['ingest', dir, '-q']);
    const parts = await Promise.all([1, 2, 3].map((i) => runCli(['ingest', dir, '-q', '--shard', `${i}/3`])));
    const lines = parts.flatMap((p) => p.stdout.trim().split('\n').filter((l) => l !== ''));
    for (const p of parts) expect(p.stdout.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(60);
    const byPath = (a: string, b: string): number => {
      const pa = (JSON.parse(a) as { path: string }).path;
      const pb = (JSON.parse(b) as { path: string }).path;
      return pa < pb ? -1 : pa > pb ? 1 : 0;
    };
    expect(lines.sort(byPath).join('\n') + '\n').toBe(whole.stdout);
  });

  it('refuses a bad shard with exit 64', async () => {
    const r = await runCli(['ingest', dir, '--shard', '4/3']);
    expect(r.code).toBe(64);
  });
});
