import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, testBin } from './helpers/cli.js';
import { articleFolder, goodArticle } from './helpers/safety-corpus.js';
import { listFiles } from './helpers/tree.js';

// Issue 13, items 2-7, 15 and 24: the manifest is keyed, checked, confined, locked, and never shrinks on a failure.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-rm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const articles = (n: number, dir?: string): string => articleFolder(tmp, n, dir);
const outputs = (out: string): string[] => listFiles(out).filter((f) => !f.startsWith('.'));
const manifestOf = (out: string): { files: Record<string, { output: string }> } => JSON.parse(readFileSync(path.join(out, '.tanqih-manifest.json'), 'utf8'));
const summary = (stderr: string): string => /tanqih: \d+ files?: .*/.exec(stderr)?.[0] ?? '';

describe('item 2: --prune does not depend on how the input folder is spelled', () => {
  it('sp, ./sp, the absolute path and . from inside are one input: nothing is pruned, everything is skipped', async () => {
    const work = mkdtempSync(path.join(tmp, 'spell-'));
    articles(4, path.join(work, 'sp'));
    const out = path.join(work, 'o');
    expect((await runCli(['ingest', 'sp', '--out', 'o', '--prune'], { cwd: work })).code).toBe(0);
    for (const [cwd, arg, o] of [[work, './sp', 'o'], [work, path.join(work, 'sp'), out], [path.join(work, 'sp'), '.', '../o']] as const) {
      const r = await runCli(['ingest', arg, '--out', o, '--prune'], { cwd });
      expect(r.code).toBe(0);
      expect(summary(r.stderr)).toMatch(/4 files: 0 ok, 4 unchanged, 0 failed, 0 warnings in/);
      expect(outputs(out)).toHaveLength(4);
    }
  });
});

describe('item 3: --prune never deletes after a read error, nor because the inputs came up empty', () => {
  it('a missing input (exit 66) prunes nothing', async () => {
    const a = articles(3);
    const out = path.join(tmp, 'out-missing');
    expect((await runCli(['ingest', a, '--out', out])).code).toBe(0);
    unlinkSync(path.join(a, 'a02.txt')); // its output is an orphan now
    const r = await runCli(['ingest', a, path.join(tmp, 'no-such'), '--out', out, '--prune']);
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/Nothing was pruned: 1 input could not be read .*\(manifest\/prune-refused\)/);
    expect(outputs(out)).toContain('a02.json');
    expect((await runCli(['ingest', a, '--out', out, '--prune'])).code).toBe(0);
    expect(outputs(out)).not.toContain('a02.json');
  });

  it('an empty input folder (an unmounted mount point) refuses to prune (exit 66: nothing matched) unless --force', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-empty');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    for (const f of ['a00.txt', 'a01.txt', 'a02.txt']) unlinkSync(path.join(input, f));
    const r = await runCli(['ingest', input, '--out', out, '--prune']);
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/no input file was found, which would remove all 3 outputs .*--force/);
    expect(r.stderr).toMatch(/: error No file in this folder matches --glob "\*\*\/\*\.txt".*\(io\/no-match\)/);
    expect(outputs(out)).toHaveLength(3);
    const forced = await runCli(['ingest', input, '--out', out, '--prune', '--force']);
    expect(forced.code).toBe(0);
    expect(outputs(out)).toHaveLength(0);
  });

  it('a file that cannot be read (a dangling link) prunes nothing', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-unreadable');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    unlinkSync(path.join(input, 'a00.txt'));
    symlinkSync(path.join(tmp, 'nowhere.txt'), path.join(input, 'zz.txt'));
    const r = await runCli(['ingest', input, '--out', out, '--prune']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nothing was pruned/);
    expect(outputs(out)).toContain('a00.json');
  });
});

describe('item 4: the manifest never shrinks on a failure, and a failing input loses its old output with --prune', () => {
  it('a re-run stopped by SIGINT keeps every entry it did not reach', async () => {
    const input = articles(40);
    const out = path.join(tmp, 'out-sigint');
    expect((await runCli(['ingest', input, '--out', out, '-j', '1'])).code).toBe(0);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(input, `a${String(i).padStart(2, '0')}.txt`), goodArticle(i + 100));
    const child = spawn(process.execPath, [testBin, 'ingest', input, '--out', out, '-j', '1'], { env: { ...process.env, TANQIH_TEST_WRITE_DELAY_MS: '100' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(Object.keys(manifestOf(out).files)).toHaveLength(40);
  });

  it('after exit 74 (disk full) the manifest holds what was done, so a re-run redoes only the rest', async () => {
    const input = articles(6);
    const out = path.join(tmp, 'out-74');
    const r = await runCli(['ingest', input, '--out', out], { env: { TANQIH_TEST_WRITE_FAULT: 'ENOSPC@4' }, bin: testBin });
    expect(r.code).toBe(74);
    expect(Object.keys(manifestOf(out).files)).toHaveLength(3);
    const again = await runCli(['ingest', input, '--out', out]);
    expect(summary(again.stderr)).toMatch(/6 files: 3 ok, 3 unchanged/);
  });

  it('an input that starts failing has its old output removed by --prune (and kept without it)', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-failing');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    writeFileSync(path.join(input, 'a01.txt'), '   \n'); // empty: segment/empty
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(1);
    expect(outputs(out)).toContain('a01.json');
    expect((await runCli(['ingest', input, '--out', out, '--prune'])).code).toBe(1);
    expect(outputs(out)).toEqual(['a00.json', 'a02.json']);
  });
});

describe('item 5: an input named like the manifest', () => {
  it('is refused before any work (io/output-reserved), and the manifest is not overwritten', async () => {
    const input = articles(2);
    writeFileSync(path.join(input, '.tanqih-manifest.txt'), goodArticle(9));
    const out = path.join(tmp, 'out-reserved');
    const r = await runCli(['ingest', input, path.join(input, '.tanqih-manifest.txt'), '--out', out]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/\.tanqih-manifest\.txt: error .*\(io\/output-reserved\)/);
  });
});

describe('item 6: one run at a time on an --out folder', () => {
  it('a second run while the first holds the lock fails fast (exit 75) and names the lock', async () => {
    const input = articles(20);
    const out = path.join(tmp, 'out-lock');
    const first = spawn(process.execPath, [testBin, 'ingest', input, '--out', out, '-j', '1'], { env: { ...process.env, TANQIH_TEST_WRITE_DELAY_MS: '100' }, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => first.on('close', resolve));
    while (!existsSync(path.join(out, '.tanqih-manifest.lock'))) await new Promise((r) => setTimeout(r, 20));
    const second = await runCli(['ingest', input, '--out', out, '--profile', 'search']);
    expect(second.code).toBe(75);
    expect(second.stderr).toMatch(/in use by another tanqih run \(pid \d+ on .*\.tanqih-manifest\.lock is its lock/);
    expect(await done).toBe(0);
    expect(existsSync(path.join(out, '.tanqih-manifest.lock'))).toBe(false);
  });

  it('a lock left by a run that died (its pid is gone) is taken over', async () => {
    const input = articles(2);
    const out = path.join(tmp, 'out-stale-lock');
    mkdirSync(out);
    const host = execFileSync('hostname', { encoding: 'utf8' }).trim();
    writeFileSync(path.join(out, '.tanqih-manifest.lock'), JSON.stringify({ pid: 999999999, host, started: 'then' }));
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
  });
});

describe('item 7 and 24: a hand-edited or broken manifest', () => {
  it('naming an output outside --out is not used: nothing outside --out is deleted', async () => {
    const input = articles(2);
    const out = path.join(tmp, 'out-evil');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    const victim = mkdtempSync(path.join(tmp, 'victim-'));
    writeFileSync(path.join(victim, 'keep.txt'), 'keep me');
    const m = manifestOf(out) as { files: Record<string, unknown> };
    m.files['../gone.txt'] = { size: 1, mtimeMs: 1, hash: 'a'.repeat(40), output: `../${path.basename(victim)}/keep.txt` };
    m.files.__proto__ = { size: 1, mtimeMs: 1, hash: 'b'.repeat(40), output: 'x.json' };
    writeFileSync(path.join(out, '.tanqih-manifest.json'), JSON.stringify(m));
    const r = await runCli(['ingest', input, '--out', out, '--prune']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\.tanqih-manifest\.json: warning The manifest is not valid \(.*outside --out.*\(manifest\/invalid\)/);
    expect(readFileSync(path.join(victim, 'keep.txt'), 'utf8')).toBe('keep me');
    expect(Object.keys(manifestOf(out).files)).toHaveLength(2); // rebuilt
  });

  it('a null entry is reported and the manifest rebuilt (not internal error 70 on every run)', async () => {
    const input = articles(2);
    const out = path.join(tmp, 'out-null');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    const m = manifestOf(out) as { files: Record<string, unknown> };
    m.files[Object.keys(m.files)[0]!] = null;
    writeFileSync(path.join(out, '.tanqih-manifest.json'), JSON.stringify(m));
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/is not an object.*\(manifest\/invalid\)/);
    expect((await runCli(['ingest', input, '--out', out])).stderr).not.toMatch(/manifest\/invalid/);
  });
});

const canMkfifo = spawnSync('mkfifo', [path.join(tmp, 'probe-fifo')]).status === 0;

describe('item 15: --check reads changed inputs with the run\'s checks', () => {
  it.skipIf(!canMkfifo)('an input replaced by a FIFO, or by a link to /dev/zero, is reported, not read forever', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-check');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    unlinkSync(path.join(input, 'a00.txt'));
    execFileSync('mkfifo', [path.join(input, 'a00.txt')]);
    unlinkSync(path.join(input, 'a01.txt'));
    symlinkSync('/dev/zero', path.join(input, 'a01.txt'));
    const r = await runCli(['ingest', input, '--out', out, '--check'], { timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual([`${input}/a00.txt`, `${input}/a01.txt`]);
  });
});
