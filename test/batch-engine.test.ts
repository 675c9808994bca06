import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCorpus } from './helpers/batch-corpus.js';
import { bin, runCli } from './helpers/cli.js';

// 150 files: several batches of 32, so --concurrency 3 really runs on worker threads, out of order.
const dir = makeCorpus(150);
writeFileSync(path.join(dir, 'part-1', 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch engine: ordered output whatever the concurrency', () => {
  it('writes byte-identical JSON Lines for --concurrency 1 and 3, in sorted path order', async () => {
    const one = await runCli(['ingest', dir, '--concurrency', '1']);
    const three = await runCli(['ingest', dir, '--concurrency', '3']);
    expect(one.stdoutBytes.length).toBeGreaterThan(0);
    expect(three.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
    const paths = one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toHaveLength(150);
    expect(paths).toEqual([...paths].sort());
    // the same messages, in the same order, and the same exit code (the binary file fails)
    const strip = (s: string): string => s.replace(/ in \d+(\.\d+)? m?s\n$/, '');
    expect(strip(three.stderr)).toBe(strip(one.stderr));
    expect(three.stderr).toMatch(/zz-binary\.txt: error .*\(decode\//);
    expect([one.code, three.code]).toEqual([1, 1]);
  });

  it('keeps a JSON array valid and identical across concurrency (the first item has no comma)', async () => {
    const one = await runCli(['ingest', dir, '--format', 'json', '-j', '1']);
    const two = await runCli(['ingest', dir, '--format', 'json', '-j', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(150);
  });

  it('writes the same Markdown stream across concurrency', async () => {
    const one = await runCli(['ingest', dir, '--format', 'md', '-j', '1']);
    const two = await runCli(['ingest', dir, '--format', 'md', '-j', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.match(/^---$/gm)?.length).toBe(300);
  });

  it('refuses a concurrency that is not a whole number >= 1 (exit 64)', async () => {
    const r = await runCli(['ingest', dir, '--concurrency', '0']);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/--concurrency expects a whole number/);
  });

  it('ends quietly with exit 0 when stdout is closed early (| head -1)', () => {
    for (const j of ['1', '2']) {
      const script = `"$0" "$1" ingest "$2" -j ${j} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
      const r = spawnSync('bash', ['-c', script, process.execPath, bin, dir], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeout: 30_000 });
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/status=0\n$/);
      expect(r.stderr).not.toMatch(/EPIPE|Error|internal|tanqih:/);
    }
  });
});

describe('worker pool: threads whose heap has grown are replaced between tasks', () => {
  it('gives the same results as inline runs when every thread is replaced after each task', async () => {
    const { WorkerPool } = await import('../src/cli/pool.js');
    const { runBatch } = await import('../src/cli/batch-task.js');
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(path.join(dir, 'part-0')).sort().map((f) => ({ path: `part-0/${f}` }));
    const options = { pipeline: {}, format: 'jsonl' as const, toFiles: false, cwd: dir, hash: false };
    // the built worker (npm test builds first); a 1-byte limit replaces the thread after every task
    const pool = new WorkerPool<{ files: { path: string }[] }, { out: Uint8Array | null }>(2, new URL('../dist/cli/worker.js', import.meta.url), options, 1);
    try {
      const tasks = [0, 10, 20, 30, 40].map((s) => ({ files: files.slice(s, s + 10) }));
      const pooled = await Promise.all(tasks.map((t) => pool.run(t)));
      const inline = await Promise.all(tasks.map((t) => runBatch(t, options)));
      const text = (r: { out: Uint8Array | null }): string => Buffer.from(r.out!).toString('utf8');
      expect(pooled.map(text)).toEqual(inline.map(text));
      expect(pooled.map(text).join('')).toContain('"path":"part-0/');
      expect(pool.recycled).toBe(tasks.length);
    } finally {
      await pool.close();
    }
  });
});
