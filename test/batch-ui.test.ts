import { rmSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { colorEnabled } from '../src/cli/color.js';
import { isCi, Progress, progressEnabled } from '../src/cli/progress.js';
import { main } from '../src/cli/main.js';
import { makeCorpus } from './helpers/batch-corpus.js';
import { runCli } from './helpers/cli.js';

const dir = makeCorpus(6);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in this process with a stderr that says it is a terminal. */
async function runWithTty(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  const stdout = new PassThrough();
  stdout.resume();
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  const chunks: Buffer[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c));
  const code = await main(args, { stdin: Readable.from([]), stdout, stderr, env, cwd: () => process.cwd() });
  return { code, stderr: Buffer.concat(chunks).toString('utf8') };
}

describe('progress line', () => {
  it('is drawn on a terminal outside CI, then cleared before the summary', async () => {
    const r = await runWithTty(['ingest', dir, '-j', '1'], { TERM: 'xterm' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[K\d+\/6 files \(\d+%\) · ETA \d+s · \d+s elapsed · \d+ files\/s · [\d.]+ MB\/s/);
    expect(r.stderr).toMatch(/\r\x1b\[Ktanqih: 6 files: 6 ok/);
  });

  it('is off in CI, with --quiet, on a dumb terminal, and when stderr is a pipe', async () => {
    for (const [args, env] of [
      [[], { CI: 'true' }],
      [[], { GITHUB_ACTIONS: 'true' }],
      [['--quiet'], {}],
      [[], { TERM: 'dumb' }],
    ] as const) {
      const r = await runWithTty(['ingest', dir, ...args], env);
      expect(r.stderr).not.toMatch(/\r|files\/s/);
    }
    const piped = await runCli(['ingest', dir], { env: { CI: undefined, GITHUB_ACTIONS: undefined } });
    expect(piped.stderr).not.toMatch(/\r|files\/s/);
    expect(piped.stderr).toMatch(/^tanqih: 6 files: 6 ok, 0 unchanged, 0 failed, 0 warnings in [\d.]+ m?s\n$/);
  });

  it('shows no percentage and no ETA while the files are still being counted, then both', () => {
    const p = new Progress(new PassThrough(), null, () => 0);
    p.add(250, 250_000);
    expect(p.line(1000)).toBe('250 files (counting…) · 1s elapsed · 250 files/s · 0.3 MB/s');
    p.setTotal(1000);
    expect(p.line(1000)).toBe('250/1000 files (25%) · ETA 3s · 1s elapsed · 250 files/s · 0.3 MB/s');
  });

  it('redraws at most 10 times a second', () => {
    let now = 0;
    const out = new PassThrough();
    const draws: string[] = [];
    out.on('data', (c: Buffer) => draws.push(c.toString()));
    const p = new Progress(out, 1000, () => now);
    for (let i = 0; i < 1000; i++) {
      now += 2; // 1,000 files over 2 seconds
      p.add(1, 1000);
    }
    return new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        try {
          expect(draws.length).toBeGreaterThanOrEqual(19);
          expect(draws.length).toBeLessThanOrEqual(21);
          expect(p.line(2000)).toBe('1000/1000 files (100%) · ETA 0s · 2s elapsed · 500 files/s · 0.5 MB/s');
          resolve();
        } catch (err) {
          reject(err as Error);
        }
      }),
    );
  });

  it('fits the terminal width (the least useful parts go first) and counts failures', () => {
    const narrow = Object.assign(new PassThrough(), { columns: 40 });
    const p = new Progress(narrow, 41191, () => 0);
    p.add(1234, 5_000_000, 3);
    const line = p.line(65_000);
    expect(line).toBe('1234/41191 files (2%) · 3 failed');
    expect(line.length).toBeLessThan(40);
    const wide = new Progress(Object.assign(new PassThrough(), { columns: 200 }), 41191, () => 0);
    wide.add(1234, 5_000_000, 3);
    // 1234 files in 65 s is 18.98 files/s: the 39,957 left take 2,105 s
    expect(wide.line(65_000)).toBe('1234/41191 files (2%) · 3 failed · ETA 35m05s · 1m05s elapsed · 19 files/s · 0.1 MB/s');
    const tiny = new Progress(Object.assign(new PassThrough(), { columns: 12 }), 41191, () => 0);
    tiny.add(1234, 0);
    expect(tiny.line(1000).length).toBeLessThanOrEqual(11);
  });

  it('is not drawn when the records go to the same terminal (stdout a TTY, no --out)', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    stdout.resume();
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: Buffer[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c));
    const code = await main(['ingest', dir, '-j', '1'], { stdin: Readable.from([]), stdout, stderr, env: { TERM: 'xterm' }, cwd: () => process.cwd() });
    expect(code).toBe(0);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).not.toMatch(/files\/s/);
    expect(text).toMatch(/^tanqih: 6 files: 6 ok/);
    expect(progressEnabled({ isTTY: true }, {}, false, true)).toBe(false);
  });

  it('is decided by TTY, CI variables, --quiet and TERM', () => {
    expect(progressEnabled({ isTTY: true }, {}, false)).toBe(true);
    expect(progressEnabled({ isTTY: false }, {}, false)).toBe(false);
    expect(progressEnabled({ isTTY: true }, { CI: '1' }, false)).toBe(false);
    expect(progressEnabled({ isTTY: true }, {}, true)).toBe(false);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ BUILDKITE: 'true' })).toBe(true);
  });
});

describe('colour', () => {
  it('NO_COLOR and --no-color give plain text; FORCE_COLOR gives ANSI colour on a pipe', async () => {
    const plain = await runCli(['ingest', dir, 'nope.txt'], { env: { NO_COLOR: '1' } });
    expect(plain.stderr).toMatch(/nope\.txt: error No such file/);
    expect(plain.stderr).not.toMatch(/\x1b\[/);
    const forced = await runCli(['ingest', dir, 'nope.txt'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stderr).toMatch(/nope\.txt: (\x1b\[\d+m)+error/);
    const flag = await runCli(['ingest', dir, 'nope.txt', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(flag.stderr).not.toMatch(/\x1b\[/);
  });

  it('follows --no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    const tty = { isTTY: true };
    expect(colorEnabled({}, tty, undefined)).toBe(true);
    expect(colorEnabled({}, { isTTY: false }, undefined)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1' }, tty, undefined)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, tty, undefined)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '1', NO_COLOR: '1' }, { isTTY: false }, undefined)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, tty, undefined)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '1' }, tty, false)).toBe(false);
    expect(colorEnabled({ TERM: 'dumb' }, tty, undefined)).toBe(false);
  });
});
