import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCorpus } from './helpers/batch-corpus.js';
import { bin, runCli, testBin } from './helpers/cli.js';

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
    const strip = (s: string): string => s.replace(/ in \d+(\.\d+)? m?s$/m, '');
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
    expect(r.stderr).toMatch(/--concurrency expects a whole number from 1 to 256/);
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

describe('worker pool: a batch too big for a thread\'s capped heap', () => {
  // an article of ~8 MB: far over a 16 MB old generation once decoded, normalised, segmented and rendered
  const bigDir = makeCorpus(40, 'tanqih-oom-');
  const para = 'افتتحت البلدية مكتبة عامة جديدة في وسط المدينة بعد أعمال استمرت عامين، وقال رئيس البلدية إنها ستفتح حتى المساء.';
  writeFileSync(path.join(bigDir, 'part-0', 'big.txt'), `مكتبة جديدة في وسط المدينة\n\n${`${para}\n\n`.repeat(40_000)}`);
  afterAll(() => rmSync(bigDir, { recursive: true, force: true }));

  it('loses only that task: the thread is replaced and the next task runs', async () => {
    const { WorkerPool, isOutOfMemory } = await import('../src/batch/threads/pool.js');
    const options = { pipeline: {}, format: 'jsonl' as const, toFiles: false, cwd: bigDir, hash: false };
    // the built worker (npm test builds first), with a 16 MB cap
    const pool = new WorkerPool<{ files: { path: string }[] }, { out: Uint8Array | null }>(1, new URL('../dist/batch/threads/worker.js', import.meta.url), options, 16);
    try {
      const err = await pool.run({ files: [{ path: 'part-0/big.txt' }] }).then(() => null, (e: unknown) => e);
      expect(isOutOfMemory(err)).toBe(true);
      expect(pool.replaced).toBe(1);
      const next = await pool.run({ files: [{ path: 'part-0/a0000.txt' }] });
      expect(Buffer.from(next.out!).toString('utf8')).toContain('"path":"part-0/a0000.txt"');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('the CLI runs that batch again on the main thread: the same records as -j 1, exit 0', async () => {
    const env = { TANQIH_TEST_WORKER_HEAP_MB: '16' };
    const one = await runCli(['ingest', '.', '-q', '-j', '1'], { cwd: bigDir, env, bin: testBin });
    const two = await runCli(['ingest', '.', '-q', '-j', '2'], { cwd: bigDir, env, bin: testBin });
    expect(two.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toContain('"path":"part-0/big.txt"');
  }, 60_000);
});
