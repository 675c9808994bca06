import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, testBin } from './helpers/cli.js';
import { goodArticle } from './helpers/safety-corpus.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-in-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const paths = (stdout: string): string[] => stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { path: string }).path);

describe('symlinks among inputs', () => {
  const root = path.join(tmp, 'root');
  const outside = path.join(tmp, 'outside.txt');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  writeFileSync(outside, goodArticle(1));
  writeFileSync(path.join(root, 'sub', 'real.txt'), goodArticle(2));
  symlinkSync('sub/real.txt', path.join(root, 'inside-link.txt'));
  symlinkSync(outside, path.join(root, 'outside-link.txt'));

  it('a link inside the input folder is read; one leading out of it is refused (io/symlink-outside)', async () => {
    const r = await runCli(['ingest', '.', '--quiet'], { cwd: root });
    expect(paths(r.stdout)).toEqual(['inside-link.txt', 'sub/real.txt']);
    expect(r.stderr).toBe(`outside-link.txt: error The symbolic link points outside the input folder (to ${realpathSync(outside)}); use --follow-symlinks to read it. (io/symlink-outside)\n`);
    expect(r.code).toBe(1);
  });

  it('--follow-symlinks reads it', async () => {
    const r = await runCli(['ingest', '.', '--quiet', '--follow-symlinks'], { cwd: root });
    expect(paths(r.stdout)).toEqual(['inside-link.txt', 'outside-link.txt', 'sub/real.txt']);
    expect(r.code).toBe(0);
  });

  it('a link named on the command line is the user\'s choice: read', async () => {
    const r = await runCli(['ingest', 'outside-link.txt', '--quiet'], { cwd: root });
    expect(paths(r.stdout)).toEqual(['outside-link.txt']);
    expect(r.code).toBe(0);
  });
});

describe('a file deleted between discovery and reading', () => {
  it('gets one io/not-found message; the others are written', async () => {
    const input = path.join(tmp, 'vanish');
    mkdirSync(input);
    for (let i = 0; i < 100; i++) writeFileSync(path.join(input, `a${String(i).padStart(2, '0')}.txt`), goodArticle(i));
    const out = path.join(tmp, 'vanish-out');
    // One thread reads a batch of 32 files, then writes it. Slow writes (test hook) leave time to delete the last file
    // after the run has listed it and before its batch is read.
    const args = [testBin, 'ingest', input, '--out', out, '--quiet', '--concurrency', '1'];
    const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', TANQIH_TEST_WRITE_DELAY_MS: '10' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!(existsSync(out) && readdirSync(out).length > 0)) await new Promise((r) => setTimeout(r, 5));
    unlinkSync(path.join(input, 'a99.txt'));
    expect(await code).toBe(1);
    expect(stderr).toBe(`${input}/a99.txt: error The file does not exist (a broken symbolic link, or removed after it was found). (io/not-found)\n`);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toHaveLength(99);
  });
});
