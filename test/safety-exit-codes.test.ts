import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { ExitCode, exitCodeFor } from '../src/cli/exit-codes.js';
import { parseSize } from '../src/cli/safety-options.js';
import { runCli } from './helpers/cli.js';
import { goodArticle } from './helpers/safety-corpus.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-exit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ok = path.join(tmp, 'ok.txt');
writeFileSync(ok, goodArticle(5));
// a text with no Arabic letter: processed, with one warning (segment/not-arabic); a body-only text gives only notes
const warned = path.join(tmp, 'warned.txt');
writeFileSync(warned, 'A first line with no Arabic in it.\nAnd a second one.\n');

describe('exit codes', () => {
  it('0: success, warnings allowed', async () => {
    expect((await runCli(['ingest', ok, warned])).code).toBe(0);
  });

  it('1: warnings past --max-warnings (and 0 at or under it)', async () => {
    const over = await runCli(['ingest', ok, warned, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stdout.trim().split('\n')).toHaveLength(2); // the records are still written
    expect((await runCli(['ingest', ok, warned, '--max-warnings', '1'])).code).toBe(0);
  });

  it.each([
    [['ingest', '--no-such-flag']],
    [['ingest', ok, '--format', 'xml']],
    [['ingest', ok, '--max-bytes', '12Q']],
    [['ingest', ok, '--max-warnings', 'many']],
    [['no-such-command']],
    [['ingest', ok, '--encoding', 'klingon']],
  ])('64: usage error %j, with a message', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/error|Invalid|Unknown/i);
    expect(r.stdout).toBe('');
  });

  it('66: a named input does not exist (the others are still processed)', async () => {
    const r = await runCli(['ingest', ok, path.join(tmp, 'missing.txt')]);
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/missing\.txt: error No such file or directory \(io\/not-found\)/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('70: an internal error (a bug) is reported as such', async () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (c: Buffer) => (text += c.toString()));
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {}, cwd: (): string => { throw new Error('boom'); } };
    expect(await main(['ingest', ok], io)).toBe(70);
    expect(text).toMatch(/^tanqih: internal error: Error: boom/);
  });

  it('the order when several apply: interrupted > missing input > failed file > warnings', () => {
    const base = { failed: 0, missing: 0, warnings: 0 };
    expect(exitCodeFor(base)).toBe(ExitCode.ok);
    expect(exitCodeFor({ ...base, warnings: 3, maxWarnings: 2 })).toBe(1);
    expect(exitCodeFor({ ...base, warnings: 3, maxWarnings: -1 })).toBe(0);
    expect(exitCodeFor({ ...base, failed: 1, warnings: 3, maxWarnings: 2 })).toBe(1);
    expect(exitCodeFor({ ...base, failed: 1, missing: 1 })).toBe(66);
    expect(exitCodeFor({ ...base, failed: 1, missing: 1, interrupted: 143 })).toBe(143);
  });

  it('tanqih --help lists every exit code; the help of a command names its own in one line, not the whole table', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const code of [0, 1, 64, 66, 70, 73, 74, 75, 78, 130]) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}\\s`, 'm'));
    expect(r.stdout).toMatch(/130 +interrupted \(SIGINT\), 143 terminated/);
    for (const command of ['ingest', 'normalize', 'inspect', 'report', 'learn']) {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Exit codes: 0 ok, .*; all of them: tanqih --help\.$/m);
      expect(help.stdout).not.toMatch(/^\s+130\s/m);
    }
  });
});

describe('--max-bytes', () => {
  it('parses sizes with binary units', () => {
    expect(parseSize('64M')).toBe(64 * 1024 * 1024);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('1GiB')).toBe(1024 ** 3);
    expect(parseSize('1000')).toBe(1000);
    expect(() => parseSize('-1')).toThrow(/Invalid size/);
  });

  it('by default refuses a file over 64 MiB, unread (io/too-large), and goes on', async () => {
    const huge = path.join(tmp, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 64 * 1024 * 1024 + 1); // sparse: costs no disk
    const r = await runCli(['ingest', huge, ok, '--quiet']);
    expect(r.stderr).toBe(`${huge}: error The file is 64.0 MiB, over --max-bytes 64.0 MiB; not read. (io/too-large)\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(1);
  });

  it('applies to stdin too', async () => {
    const r = await runCli(['ingest', '-', '--quiet', '--max-bytes', '1k'], { input: goodArticle(1).repeat(3) });
    expect(r.stderr).toMatch(/^-: error The file is \d+ bytes, over --max-bytes 1024 bytes; not read\. \(io\/too-large\)$/m);
    expect(r.code).toBe(1);
  });
});
