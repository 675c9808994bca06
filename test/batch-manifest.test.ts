import { appendFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, makeCorpus } from './helpers/batch-corpus.js';
import { runCli } from './helpers/cli.js';

const dir = makeCorpus(40);
const out = mkdtempSync(path.join(tmpdir(), 'tanqih-batch-out-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});
const summary = (stderr: string): string => /tanqih: .*/.exec(stderr)?.[0] ?? '';
const outFile = (rel: string): string => path.join(out, rel.replace(/\.txt$/, '.json'));

// One scenario, step by step: each step depends on the state the previous one left.
describe('--out manifest: skip, rewrite, prune, check', () => {
  it('first run writes every output and a manifest', async () => {
    const r = await runCli(['ingest', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(summary(r.stderr)).toMatch(/^tanqih: 40 files: 40 ok, 0 unchanged, 0 failed/);
    expect(existsSync(outFile('part-0/a0000.txt'))).toBe(true);
    const m = JSON.parse(readFileSync(path.join(out, '.tanqih-manifest.json'), 'utf8')) as { tool: string; files: Record<string, { hash: string; output: string }> };
    expect(m.tool).toMatch(/^tanqih \d/);
    expect(Object.keys(m.files)).toHaveLength(40);
    // keyed by the input's real path relative to --out, however the folder was spelled
    expect(m.files[path.relative(realpathSync(out), `${realpathSync(dir)}/part-0/a0000.txt`)]?.output).toBe('part-0/a0000.json');
  });

  it('--check passes (exit 0) when nothing changed, and a re-run skips everything', async () => {
    const check = await runCli(['ingest', dir, '--out', out, '--check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('');
    const before = readFileSync(outFile('part-1/a0001.txt'), 'utf8');
    const r = await runCli(['ingest', dir, '--out', out]);
    expect(summary(r.stderr)).toMatch(/40 files: 0 ok, 40 unchanged, 0 failed/);
    expect(readFileSync(outFile('part-1/a0001.txt'), 'utf8')).toBe(before);
  });

  it('--check lists changed, new and (with --prune) removed inputs, exits 1 and writes nothing', async () => {
    appendFileSync(path.join(dir, 'part-1/a0001.txt'), '\nفقرة أضيفت بعد النشر الأول لتغيير محتوى الملف.\n');
    writeFileSync(path.join(dir, 'part-2/new.txt'), article(999));
    rmSync(path.join(dir, 'part-0/a0003.txt'));
    // touched but identical: not stale (the content hash decides)
    utimesSync(path.join(dir, 'part-2/a0002.txt'), new Date(), new Date(Date.now() + 5000));
    const manifestBefore = readFileSync(path.join(out, '.tanqih-manifest.json'), 'utf8');
    const r = await runCli(['ingest', dir, '--out', out, '--check', '--prune']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual([`${dir}/part-0/a0003.txt`, `${dir}/part-1/a0001.txt`, `${dir}/part-2/new.txt`]);
    expect(r.stderr).toMatch(/a0001\.txt: stale changed/);
    expect(r.stderr).toMatch(/new\.txt: stale new/);
    expect(r.stderr).toMatch(/a0003\.txt: stale input removed/);
    expect(existsSync(outFile('part-2/new.txt'))).toBe(false);
    expect(readFileSync(path.join(out, '.tanqih-manifest.json'), 'utf8')).toBe(manifestBefore);
  });

  it('a re-run rewrites the changed file, adds the new one, and --prune removes the orphan', async () => {
    const r = await runCli(['ingest', dir, '--out', out, '--prune']);
    expect(r.code).toBe(0);
    // the touched-but-identical file is not redone: it is counted as unchanged
    expect(summary(r.stderr)).toMatch(/40 files: 2 ok, 38 unchanged, 0 failed, 0 warnings, 1 pruned/);
    expect(readFileSync(outFile('part-1/a0001.txt'), 'utf8')).toMatch(/فقرة أضيفت بعد النشر الأول/);
    expect(existsSync(outFile('part-2/new.txt'))).toBe(true);
    expect(existsSync(outFile('part-0/a0003.txt'))).toBe(false);
    expect((await runCli(['ingest', dir, '--out', out, '--check', '--prune'])).code).toBe(0);
  });

  it('a deleted output is redone; other options (a new profile) redo everything', async () => {
    rmSync(outFile('part-0/a0000.txt'));
    expect((await runCli(['ingest', dir, '--out', out, '--check'])).stdout).toBe(`${dir}/part-0/a0000.txt\n`);
    const r = await runCli(['ingest', dir, '--out', out]);
    expect(summary(r.stderr)).toMatch(/40 files: 1 ok, 39 unchanged/);
    const search = await runCli(['ingest', dir, '--out', out, '--profile', 'search']);
    expect(summary(search.stderr)).toMatch(/40 files: 40 ok, 0 unchanged/);
  });

  it('--check and --prune need --out (exit 64)', async () => {
    expect((await runCli(['ingest', dir, '--check'])).code).toBe(64);
    expect((await runCli(['ingest', dir, '--prune'])).code).toBe(64);
  });

  it('never reads back an --out tree that lies inside the input folder', async () => {
    const inner = path.join(dir, 'out-inside');
    const first = await runCli(['ingest', dir, '--out', inner, '--glob', '**/*']);
    expect(summary(first.stderr)).toMatch(/40 files: 40 ok/);
    const again = await runCli(['ingest', dir, '--out', inner, '--glob', '**/*', '--check']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/40 files checked/);
    rmSync(inner, { recursive: true, force: true });
  });
});
