import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, runCli, testBin } from './helpers/cli.js';
import { articleFolder, goodArticle } from './helpers/safety-corpus.js';
import { isTemp, listFiles } from './helpers/tree.js';

// Issue 13, items 1, 8, 9, 17, 19 and the special files: every write checked whole, nothing outside --out.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-rw-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const articles = (n: number, dir?: string): string => articleFolder(tmp, n, dir);

const canMount = ((probe: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0 && spawnSync('umount', [probe]).status === 0)(mkdtempSync(path.join(tmp, 'probe-')));
const canMkfifo = spawnSync('mkfifo', [path.join(tmp, 'probe-fifo')]).status === 0;

describe('item 1: a short write on a full disk is an error, never a short output', () => {
  it('a write that takes half the bytes and then ENOSPC: exit 74, no truncated output in place (test seam)', async () => {
    const input = articles(5);
    const out = path.join(tmp, 'out-short');
    const r = await runCli(['ingest', input, '--out', out], { env: { TANQIH_TEST_WRITE_FAULT: 'SHORT@3' }, bin: testBin });
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/a02\.json: no space left on the device \(ENOSPC\)/);
    const files = listFiles(out).filter((f) => !f.startsWith('.'));
    expect(files).toEqual(['a00.json', 'a01.json']);
    for (const f of files) expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
  });

  it.skipIf(!canMount)(`a re-run into a nearly full tmpfs never exits 0 with outputs missing (${canMount ? 'mounted' : 'SKIPPED: cannot mount tmpfs here'})`, async () => {
    const input = articles(60);
    const out = mkdtempSync(path.join(tmp, 'tmpfs-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', out]);
    try {
      const first = await runCli(['ingest', input, '--out', out]);
      const again = await runCli(['ingest', input, '--out', out]);
      for (const [run, r] of [['first', first], ['again', again]] as const) {
        const written = listFiles(out).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
        const what = `${run} run: exit ${r.code} (first ${first.code}, again ${again.code}); stderr: ${r.stderr.slice(-600)}`;
        if (r.code === 0) expect(written, what).toHaveLength(60);
        else expect(r.code, what).toBe(74);
      }
      for (const f of listFiles(out)) {
        expect(isTemp(f)).toBe(false);
        expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8')), f).not.toThrow();
      }
    } finally {
      execFileSync('umount', [out]);
    }
  });
});

describe('item 19: temp files a killed run left behind', () => {
  it('are swept from --out folders (only tanqih names), and a reused pid is no clash', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-sweep');
    mkdirSync(out);
    // a dead pid, and a name with the pid of the run itself (the next process in a container often gets it back)
    writeFileSync(path.join(out, '.tanqih-tmp-999999999-0'), '');
    writeFileSync(path.join(out, '.tanqih-tmp-1-0'), ''); // pid 1 is alive: kept unless old
    writeFileSync(path.join(out, 'keep.tanqih-tmp-note'), 'not ours');
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(0);
    const names = readdirSync(out);
    expect(names).not.toContain('.tanqih-tmp-999999999-0');
    expect(names).toContain('.tanqih-tmp-1-0');
    expect(names).toContain('keep.tanqih-tmp-note');
    expect(names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))).toHaveLength(3);
  });
});

describe('item 8: --report never follows a planted link and never replaces a special file', () => {
  it.skipIf(!canMkfifo)('a FIFO at the report path: exit 73 before any work, the FIFO stays', async () => {
    const input = articles(2);
    const fifo = path.join(tmp, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await runCli(['ingest', input, '--report', fifo], { timeoutMs: 20_000 });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/Cannot write the report .*not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  // a device node of the test's own (a null device), never the system's: code that replaces devices would replace it
  const device = path.join(tmp, 'null-device');
  const canMknod = spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status === 0;
  it.skipIf(!canMknod)(`a device as the report: refused, the device stays a device (${canMknod ? 'mknod' : 'SKIPPED: cannot mknod here'})`, async () => {
    const r = await runCli(['ingest', articles(1), '--report', device]);
    expect(r.code).toBe(73);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  const canUnshare = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;
  it.skipIf(!canUnshare)(`the report temp file has a random name: a symlink planted at the pid-named one is not written through (${canUnshare ? 'in a PID namespace, where the run is pid 1' : 'SKIPPED: unshare --pid unavailable'})`, () => {
    const input = articles(2);
    const dir = mkdtempSync(path.join(tmp, 'rep-'));
    const victim = path.join(tmp, 'victim.txt');
    writeFileSync(victim, 'keep me');
    // the old name was `.NAME.tanqih-tmp-PID`; in a fresh PID namespace the run is pid 1
    symlinkSync(victim, path.join(dir, '.r.json.tanqih-tmp-1'));
    const r = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', process.execPath, bin, 'ingest', input, '--report', path.join(dir, 'r.json')], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(r.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect((JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as { files: unknown[] }).files).toHaveLength(2);
  });
});

describe('special files and long names at output paths', () => {
  it.skipIf(!canMkfifo)('a FIFO at one output path is a message on that file; the others are written (exit 1)', async () => {
    const input = articles(3);
    const out = path.join(tmp, 'out-fifo');
    mkdirSync(out);
    execFileSync('mkfifo', [path.join(out, 'a01.json')]);
    const r = await runCli(['ingest', input, '--out', out], { timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a01\.txt: error A FIFO, device or socket stands at its output path.*\(io\/output-not-regular\)/);
    expect(lstatSync(path.join(out, 'a01.json')).isFIFO()).toBe(true);
    expect(existsSync(path.join(out, 'a00.json')) && existsSync(path.join(out, 'a02.json'))).toBe(true);
  });

  it('item 17: a 255-byte input name fails that file only, on every run (exit 1), the others are written', async () => {
    const input = articles(2);
    const long = `${'ب'.repeat(125)}x.txt`; // 255 bytes: its output name, with .json, is 256
    writeFileSync(path.join(input, long), goodArticle(7));
    const out = path.join(tmp, 'out-long');
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['ingest', input, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/error Its output name is too long .*\(io\/output-name-too-long\)/);
      expect(listFiles(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['a00.json', 'a01.json']);
    }
  });
});

describe('item 9: a symlinked folder inside --out that leads out of it', () => {
  it('is refused before any output is written (exit 73), not after the earlier outputs', async () => {
    const input = mkdtempSync(path.join(tmp, 'in-'));
    writeFileSync(path.join(input, 'a.txt'), goodArticle(1));
    mkdirSync(path.join(input, 'zz'));
    writeFileSync(path.join(input, 'zz', 'b.txt'), goodArticle(2));
    const out = mkdtempSync(path.join(tmp, 'out-'));
    const elsewhere = mkdtempSync(path.join(tmp, 'elsewhere-'));
    symlinkSync(elsewhere, path.join(out, 'zz'));
    const r = await runCli(['ingest', input, '--out', out]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/b\.txt: error Its output path .* would be outside --out .*\(io\/output-outside\)/);
    expect(readdirSync(out)).toEqual(['zz']); // a.json, earlier in the order, was not written either
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
