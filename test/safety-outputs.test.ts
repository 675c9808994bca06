import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planOutputs } from '../src/io/output-plan.js';
import { bin, runCli, testBin } from './helpers/cli.js';
import { goodArticle } from './helpers/safety-corpus.js';
import { isTemp, listFiles, readTree } from './helpers/tree.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder holding `n` articles named a00.txt… */
function articles(n: number, name = 'in'): string {
  const dir = mkdtempSync(path.join(tmp, `${name}-`));
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), goodArticle(i));
  return dir;
}

describe('outputs are written atomically and only where they belong', () => {
  it('a run with --out leaves one complete output per input and no temp files', async () => {
    const input = articles(12);
    const out = path.join(tmp, 'out-plain');
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(0);
    const files = listFiles(out);
    expect(files).toHaveLength(12);
    expect(files.some(isTemp)).toBe(false);
    for (const f of files) expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
  });

  it('a folder whose files all fail gets no output folder; a folder with one written output keeps its own', async () => {
    const input = articles(2);
    mkdirSync(path.join(input, 'empty', 'deeper'), { recursive: true });
    writeFileSync(path.join(input, 'empty', 'deeper', 'e.txt'), ''); // segment/empty: fails
    mkdirSync(path.join(input, 'mixed'));
    writeFileSync(path.join(input, 'mixed', 'e.txt'), '');
    writeFileSync(path.join(input, 'mixed', 'g.txt'), goodArticle(7));
    for (const j of ['1', '2']) {
      const out = path.join(tmp, `out-unused-dirs-${j}`);
      const r = await runCli(['ingest', input, '--out', out, '-j', j]);
      expect(r.code).toBe(1);
      expect(existsSync(path.join(out, 'empty'))).toBe(false);
      expect(listFiles(out).sort()).toEqual(['a00.json', 'a01.json', 'mixed/g.json']);
    }
  });

  it('refuses an --out that would overwrite an input (io/output-is-input, exit 73), and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmp, 'self-'));
    writeFileSync(path.join(dir, 'a.json'), goodArticle(1));
    writeFileSync(path.join(dir, 'b.json'), goodArticle(2));
    const r = await runCli(['ingest', '.', '--glob', '*.json', '--out', '.'], { cwd: dir });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^a\.json: error .*\(io\/output-is-input\)$/m);
    expect(r.stderr).toMatch(/^b\.json: error .*\(io\/output-is-input\)$/m);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(goodArticle(1));
    expect(listFiles(dir)).toEqual(['a.json', 'b.json']);
  });

  it('sees an input through a symlinked --out folder (the same file under another name): refused', async () => {
    const dir = mkdtempSync(path.join(tmp, 'viaLink-'));
    writeFileSync(path.join(dir, 'a.json'), goodArticle(1));
    const link = path.join(tmp, `link-to-${path.basename(dir)}`);
    symlinkSync(dir, link);
    const r = await runCli(['ingest', dir, '--glob', '*.json', '--out', link]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/a\.json: error .*\(io\/output-is-input\)/);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(goodArticle(1));
  });

  it('a hard link to an input at an output path is replaced, and the input stays as it was', async () => {
    const input = articles(1);
    const out = mkdtempSync(path.join(tmp, 'hard-'));
    linkSync(path.join(input, 'a00.txt'), path.join(out, 'a00.json'));
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(input, 'a00.txt'), 'utf8')).toBe(goodArticle(0));
    expect(JSON.parse(readFileSync(path.join(out, 'a00.json'), 'utf8')).title).toMatch(/رقم 1$/);
  });

  it('two inputs mapping to one output are an error (io/output-collision), not a silent overwrite', async () => {
    const x = articles(2, 'x');
    const y = articles(1, 'y');
    const out = path.join(tmp, 'out-collide');
    const r = await runCli(['ingest', x, y, '--out', out]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/a00\.txt: error Its output .*a00\.json is also the output of .*a00\.txt.*\(io\/output-collision\)/);
    expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
  });

  it('the plan refuses an output path that climbs out of --out with ..', async () => {
    const problems = await planOutputs([{ path: 'a.txt' }, { path: 'b.txt' }], '/srv/out', (f) => (f.path === 'a.txt' ? '../escape.json' : 'b.json'), '/');
    expect(problems.map((p) => [p.path, p.rule])).toEqual([['a.txt', 'io/output-outside']]);
  });

  it('does not write through a symlinked folder inside --out that points outside it', async () => {
    const input = mkdtempSync(path.join(tmp, 'in-'));
    mkdirSync(path.join(input, 'sub'));
    writeFileSync(path.join(input, 'sub', 'a.txt'), goodArticle(3));
    const out = mkdtempSync(path.join(tmp, 'out-'));
    const elsewhere = mkdtempSync(path.join(tmp, 'elsewhere-'));
    symlinkSync(elsewhere, path.join(out, 'sub'));
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/outside --out .*\(io\/output-outside\)/);
    expect(listFiles(elsewhere)).toEqual([]);
  });

  it('replaces a symlink at the output path itself instead of writing through it', async () => {
    const input = articles(1);
    const out = mkdtempSync(path.join(tmp, 'out-'));
    const victim = path.join(tmp, 'victim.json');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, path.join(out, 'a00.json'));
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(out, 'a00.json')).isFile()).toBe(true);
  });
});

describe('output failures: clear error, earlier outputs intact, exit 73/74', () => {
  it('--out that is a file, not a folder: exit 73 before any work', async () => {
    const input = articles(2);
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli(['ingest', input, '--out', path.join(file, 'out')]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^tanqih: Cannot write .*a-file\/out: a part of the path is a file, not a folder \(ENOTDIR\)/m);
  });

  it('disk full, injected (TANQIH_TEST_WRITE_FAULT test hook): exit 74, earlier outputs complete, no temp or partial file', async () => {
    const input = articles(6);
    const out = path.join(tmp, 'out-enospc');
    const r = await runCli(['ingest', input, '--out', out], { env: { TANQIH_TEST_WRITE_FAULT: 'ENOSPC@3' }, bin: testBin });
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/Cannot write .*a02\.json: no space left on the device \(ENOSPC\)/);
    expect(listFiles(out)).toEqual(['a00.json', 'a01.json']);
    for (const f of listFiles(out)) expect(JSON.parse(readFileSync(path.join(out, f), 'utf8')).path).toMatch(/a0[01]\.txt$/);
  });

  it('a failed rewrite keeps the previous output file as it was', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-rewrite');
    expect((await runCli(['ingest', input, '--out', out])).code).toBe(0);
    const before = readTree(out);
    writeFileSync(path.join(input, 'a01.txt'), goodArticle(40));
    const r = await runCli(['ingest', input, '--out', out], { env: { TANQIH_TEST_WRITE_FAULT: 'EIO@1' }, bin: testBin }); // the rewrite of a01 is the run's first write (a00, a02 are unchanged)
    expect(r.code).toBe(74);
    expect(readTree(out)).toEqual(before);
  });

  const canMount = ((probe: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0 && spawnSync('umount', [probe]).status === 0)(mkdtempSync(path.join(tmp, 'probe-')));
  it.skipIf(!canMount)(`disk full, real: a 64 KiB tmpfs (${canMount ? 'mounted' : 'SKIPPED: cannot mount tmpfs here'}) -> exit 74, outputs so far complete`, async () => {
    const input = articles(60);
    const out = mkdtempSync(path.join(tmp, 'tmpfs-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', out]);
    try {
      // Worker threads write the records of the batches in flight to temp files at once, so on a disk that fills up
      // the first failure may come at any of them (README: "Outputs are never lost or misplaced"): what holds is exit
      // 74, no temp file, every output whole, and none after the failed one. With -j 1 one batch is in flight, and
      // the outputs before the failure are written.
      for (const args of [[], ['-j', '1']]) {
        const r = await runCli(['ingest', input, '--out', out, ...args]);
        expect(r.code).toBe(74);
        expect(r.stderr).toMatch(/no space left on the device \(ENOSPC\)/);
        const files = listFiles(out);
        if (args.length > 0) expect(files.length).toBeGreaterThan(0);
        expect(files.some(isTemp)).toBe(false);
        for (const f of files) expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
        const failedAt = /Cannot write .*\/(a\d+)\.json/.exec(r.stderr)![1]!;
        expect(files.filter((f) => f.endsWith('.json') && !f.startsWith('.')).every((f) => f < `${failedAt}.json`)).toBe(true);
        for (const f of files) if (!f.startsWith('.')) rmSync(path.join(out, f));
      }
    } finally {
      execFileSync('umount', [out]);
    }
  });
});

describe('stdout closed early', () => {
  it('EPIPE (tanqih ingest | head -n 1) ends quietly with exit 0', () => {
    const input = articles(60);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ingest "${input}" | head -n 1 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stderr).toBe('status=0\n');
  });
});
