import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, runCli } from './helpers/cli.js';
import { folderOf, headed } from './helpers/ux-corpus.js';

// Issue 17, point 4: no input matched is no silent success; a terminal on stdin with no input is no silent wait.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-exit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI with a pseudo-terminal as its stdin, stdout and stderr (util-linux `script`), or null where there is none. */
function onTerminal(args: string[]): { code: number | null; out: string } | null {
  if (spawnSync('script', ['--version']).status !== 0) return null;
  const command = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', timeout: 20_000, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, out: r.stdout.replace(/\r\n/g, '\n') };
}
const haveScript = spawnSync('script', ['--version']).status === 0;

describe('issue 17.4: exit codes', () => {
  it('a folder with no file matching --glob: a message naming the folder and the glob, exit 66', async () => {
    const html = folderOf(tmp, { 'a.html': '<p>خبر</p>', 'b.html': '<p>خبر</p>' });
    const r = await runCli(['ingest', html]);
    expect(r.code).toBe(66);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${html}: error No file in this folder matches --glob "\\*\\*/\\*\\.txt" \\(another pattern: --glob "\\*\\*/\\*\\.html"\\)\\. \\(io/no-match\\)$`, 'm'));
    const glob = await runCli(['ingest', `${html}/*.txt`]);
    expect(glob.code).toBe(66);
    expect(glob.stderr).toMatch(/\*\.txt: error The pattern matches no file\. \(io\/no-match\)/);
    // with the right glob it reads them
    expect((await runCli(['ingest', html, '--glob', '**/*.html', '-q'])).code).toBe(0);
  });

  it('an empty shard is no mistake (exit 0); an empty --files-from list neither', async () => {
    const one = folderOf(tmp, { 'only.txt': headed(0) });
    const shards = await Promise.all(['1/4', '2/4', '3/4', '4/4'].map((s) => runCli(['ingest', one, '--shard', s, '-q'])));
    expect(shards.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(shards.map((r) => r.stdout).join('').split('\n').filter(Boolean)).toHaveLength(1);
    expect((await runCli(['ingest', '--files-from', '-', '-q'], { input: '' })).code).toBe(0);
  });

  it.skipIf(!haveScript)(`ingest, normalize, inspect and report with no input on a terminal: usage, exit 64, no wait (${haveScript ? 'script(1)' : 'SKIPPED: no script(1) for a pseudo-terminal'})`, () => {
    for (const [command, sentence] of [
      ['ingest', 'ingest needs paths'],
      ['normalize', 'normalize needs a file'],
      ['inspect', 'inspect needs a file'],
      ['report', 'report needs JSON Lines files'],
    ] as const) {
      const r = onTerminal([command])!;
      expect(r.code, command).toBe(64);
      expect(r.out).toMatch(new RegExp(`^Usage: tanqih ${command} `, 'm'));
      expect(r.out).toContain(`tanqih: ${sentence}`);
    }
    // `-` reads the terminal on purpose: no usage; at the end of input (nothing typed) it writes an empty text
    const dash = onTerminal(['normalize', '-'])!;
    expect(dash.code).toBe(0);
    expect(dash.out).not.toMatch(/Usage:/);
  });
});
