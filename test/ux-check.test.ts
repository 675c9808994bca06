import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { folderOf, headed } from './helpers/ux-corpus.js';

// Issue 17, point 2: a --check that a CI job can rely on.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const articles = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${String(i).padStart(2, '0')}.txt`, headed(i)]));
const outputs = (out: string): string[] => readdirSync(out).filter((f) => !f.startsWith('.')).sort();
const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('issue 17.2: the CI script', () => {
  it('ingest --out; break an output, delete an input, add a failing one: --check names each and exits 1; a re-run with --prune makes it pass', async () => {
    const input = folderOf(tmp, articles(6));
    const out = path.join(tmp, 'ci-out');
    expect((await runCli(['ingest', input, '--out', out, '-q'])).code).toBe(0);
    expect((await runCli(['ingest', input, '--out', out, '--check', '--prune'])).code).toBe(0);

    writeFileSync(path.join(out, 'a01.json'), '{}\n'); // a broken output
    rmSync(path.join(input, 'a02.txt')); // a deleted input
    writeFileSync(path.join(input, 'zz-empty.txt'), ''); // a failing input
    const check = await runCli(['ingest', input, '--out', out, '--check', '--prune']);
    expect(check.code).toBe(1);
    expect(lines(check.stdout).sort()).toEqual([`${input}/a01.txt`, `${input}/zz-empty.txt`, path.join(path.dirname(out), path.basename(input), 'a02.txt')].sort());
    expect(check.stderr).toMatch(new RegExp(`^${input}/a01\\.txt: stale output edited \\(manifest/stale\\)$`, 'm'));
    expect(check.stderr).toMatch(/a02\.txt: stale input removed \(manifest\/stale\)$/m);
    expect(check.stderr).toMatch(new RegExp(`^${input}/zz-empty\\.txt: stale new \\(manifest/stale\\)$`, 'm'));
    expect(check.stderr).toMatch(/^tanqih: 6 files checked: 4 up to date, 3 stale \(run without --check to update\) in /m);

    const rerun = await runCli(['ingest', input, '--out', out, '--prune']);
    expect(rerun.code).toBe(1); // the empty file fails: no record
    expect(rerun.stderr).toMatch(/zz-empty\.txt: error The file is empty.*\(segment\/empty\)/);
    expect(JSON.parse(readFileSync(path.join(out, 'a01.json'), 'utf8'))).toMatchObject({ title: expect.stringContaining('رقم 2') });
    expect(outputs(out)).toEqual(['a00.json', 'a01.json', 'a03.json', 'a04.json', 'a05.json']);

    const green = await runCli(['ingest', input, '--out', out, '--check', '--prune']);
    expect(green.code).toBe(0);
    expect(green.stdout).toBe('');
    // a known failure is reported as a failure, not as stale: a run would change nothing
    expect(green.stderr).toMatch(new RegExp(`^${input}/zz-empty\\.txt: error The file is empty: there is no article in it\\. \\(segment/empty\\)$`, 'm'));
    expect(green.stderr).toMatch(/^tanqih: 6 files checked: 5 up to date, 1 failed \(they fail as in the last run: nothing to update\) in /m);
    // and a re-run does not read it again: it fails as recorded
    const again = await runCli(['ingest', input, '--out', out]);
    expect(again.stderr).toMatch(/6 files: 0 ok, 5 unchanged, 1 failed/);
  });

  it('a deleted output is redone even when the input was touched (a fresh clone): the re-run never exits 0 with outputs missing', async () => {
    const input = folderOf(tmp, articles(3));
    const out = path.join(tmp, 'clone-out');
    expect((await runCli(['ingest', input, '--out', out, '-q'])).code).toBe(0);
    rmSync(path.join(out, 'a01.json'));
    const later = new Date(Date.now() + 60_000);
    for (const f of ['a00.txt', 'a01.txt', 'a02.txt']) utimesSync(path.join(input, f), later, later);
    const check = await runCli(['ingest', input, '--out', out, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(`${input}/a01.txt\n`);
    expect(check.stderr).toMatch(/a01\.txt: stale output missing/);
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/3 files: 1 ok, 2 unchanged/); // the touched ones are hashed, not redone
    expect(outputs(out)).toEqual(['a00.json', 'a01.json', 'a02.json']);
    expect((await runCli(['ingest', input, '--out', out, '--check'])).code).toBe(0);
  });

  it('an output whose mtime moved but whose bytes did not (a copy, a clone) is up to date', async () => {
    const input = folderOf(tmp, articles(2));
    const out = path.join(tmp, 'mtime-out');
    expect((await runCli(['ingest', input, '--out', out, '-q'])).code).toBe(0);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(out, 'a00.json'), later, later);
    expect((await runCli(['ingest', input, '--out', out, '--check'])).code).toBe(0);
  });

  it('a changed option is named once (--format: md → json), and --prune removes the other format and its index', async () => {
    const input = folderOf(tmp, articles(3));
    const out = path.join(tmp, 'format-out');
    expect((await runCli(['ingest', input, '--out', out, '--format', 'md', '-q'])).code).toBe(0);
    expect(outputs(out)).toEqual(['a00.md', 'a01.md', 'a02.md', 'index.md']);
    const check = await runCli(['ingest', input, '--out', out, '--format', 'json', '--check']);
    expect(check.code).toBe(1);
    expect(lines(check.stderr).filter((l) => l.includes('--format'))).toEqual([
      'tanqih: the options differ from those the outputs were made with: --format: md → json; a run makes every output again.',
    ]);
    expect(check.stderr).toMatch(/a00\.txt: stale options changed/);
    const keep = await runCli(['ingest', input, '--out', out, '--format', 'json', '-q']);
    expect(keep.code).toBe(0);
    expect(outputs(out)).toEqual(['a00.json', 'a00.md', 'a01.json', 'a01.md', 'a02.json', 'a02.md', 'index.md']);
    const checkPrune = await runCli(['ingest', input, '--out', out, '--format', 'json', '--check', '--prune']);
    expect(checkPrune.code).toBe(1);
    expect(lines(checkPrune.stdout).map((p) => path.basename(p)).sort()).toEqual(['a00.md', 'a01.md', 'a02.md', 'index.md']);
    const pruned = await runCli(['ingest', input, '--out', out, '--format', 'json', '--prune']);
    expect(pruned.stderr).toMatch(/3 files: 0 ok, 3 unchanged, 0 failed, 0 warnings, 4 pruned/);
    expect(outputs(out)).toEqual(['a00.json', 'a01.json', 'a02.json']);
    expect((await runCli(['ingest', input, '--out', out, '--format', 'json', '--check', '--prune'])).code).toBe(0);
  });

  it('without --prune, --check says how many outputs lost their input, and passes', async () => {
    const input = folderOf(tmp, articles(3));
    const out = path.join(tmp, 'orphan-out');
    expect((await runCli(['ingest', input, '--out', out, '-q'])).code).toBe(0);
    rmSync(path.join(input, 'a00.txt'));
    const r = await runCli(['ingest', input, '--out', out, '--check']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^tanqih: 1 output has lost its input; --prune removes them/m);
  });
});

describe('issue 17.2: shards', () => {
  it('shard jobs into one --out: an unsharded --check passes, and an unsharded re-run folds their manifests into one', async () => {
    const input = folderOf(tmp, articles(12));
    const out = path.join(tmp, 'shared-out');
    for (const s of ['1/3', '2/3', '3/3']) expect((await runCli(['ingest', input, '--out', out, '--shard', s, '-q'])).code).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.tanqih-manifest')).sort()).toEqual(['.tanqih-manifest-1-of-3.json', '.tanqih-manifest-2-of-3.json', '.tanqih-manifest-3-of-3.json']);
    const check = await runCli(['ingest', input, '--out', out, '--check', '--prune']);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/12 files checked: 12 up to date/);
    const r = await runCli(['ingest', input, '--out', out, '--prune']);
    expect(r.stderr).toMatch(/12 files: 0 ok, 12 unchanged, 0 failed, 0 warnings in/);
    expect(readdirSync(out).filter((f) => f.startsWith('.tanqih-manifest'))).toEqual(['.tanqih-manifest.json']);
    expect(outputs(out)).toHaveLength(12);
  });

  it('the folders of shard jobs (CI artifacts) copied into one are checked as one', async () => {
    // each job has its own checkout: ws-N/archive and ws-N/records
    const ws = [1, 2].map((n) => path.join(tmp, `ws-${n}`));
    for (const w of ws) folderOf(tmp, articles(10), path.join(w, 'archive'));
    for (const [i, w] of ws.entries()) expect((await runCli(['ingest', 'archive', '--out', 'records', '--shard', `${i + 1}/2`, '-q'], { cwd: w })).code).toBe(0);
    const merged = path.join(tmp, 'ws-merged');
    mkdirSync(merged);
    cpSync(path.join(ws[0]!, 'archive'), path.join(merged, 'archive'), { recursive: true });
    for (const w of ws) cpSync(path.join(w, 'records'), path.join(merged, 'records'), { recursive: true });
    const check = await runCli(['ingest', 'archive', '--out', 'records', '--check', '--prune'], { cwd: merged });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/10 files checked: 10 up to date/);
    // a shard's own check still answers for its part only
    const one = await runCli(['ingest', 'archive', '--out', 'records', '--shard', '1/2', '--check', '--prune'], { cwd: merged });
    expect(one.code).toBe(0);
    expect(existsSync(path.join(merged, 'records', 'index.md'))).toBe(false);
  });
});
