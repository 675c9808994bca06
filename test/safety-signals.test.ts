import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, runCli, testBin } from './helpers/cli.js';
import { goodArticle } from './helpers/safety-corpus.js';
import { isTemp, listFiles, readTree } from './helpers/tree.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-sig-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const input = path.join(tmp, 'in');
const count = 24;
mkdirSync(input);
for (let i = 0; i < count; i++) {
  const f = path.join(input, `a${String(i).padStart(2, '0')}.txt`);
  writeFileSync(f, goodArticle(i));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Starts `ingest --out` with slow writes (test hook), sends `signals` once `after` outputs exist; resolves with the exit. */
async function interrupt(out: string, signals: NodeJS.Signals[], after: number, delayMs: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [testBin, 'ingest', input, '--out', out], {
    env: { ...process.env, NO_COLOR: '1', TANQIH_TEST_WRITE_DELAY_MS: String(delayMs) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  // wait until `after` outputs are in place and a temp file is being written
  while (Date.now() < deadline && !(existsSync(out) && listFiles(out).filter((f) => !isTemp(f)).length >= after && listFiles(out).some(isTemp))) await sleep(10);
  for (const s of signals) {
    child.kill(s);
    await sleep(30);
  }
  return { code: await exited, stderr };
}

/** The outputs of an uninterrupted run, to compare with. */
const reference = (async () => {
  const out = path.join(tmp, 'reference');
  const r = await runCli(['ingest', input, '--out', out]);
  expect(r.code).toBe(0);
  return readTree(out);
})();

describe('SIGINT / SIGTERM mid-run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: stops taking files, finishes the write in flight, exits %i, leaves no temp or partial file; a re-run completes', async (signal, code) => {
    const out = path.join(tmp, `out-${signal}`);
    const r = await interrupt(out, [signal], 3, 150);
    expect(r.code).toBe(code);
    const files = listFiles(out);
    expect(files.some(isTemp)).toBe(false);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.length).toBeLessThan(count);
    const ref = await reference;
    for (const f of files) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(ref.get(f));
    const again = await runCli(['ingest', input, '--out', out]);
    expect(again.code).toBe(0);
    expect(readTree(out)).toEqual(ref);
  });

  it('a second SIGINT stops at once: the temp file in flight is removed, exit 130', async () => {
    const out = path.join(tmp, 'out-twice');
    const started = Date.now();
    const r = await interrupt(out, ['SIGINT', 'SIGINT'], 0, 5_000);
    expect(r.code).toBe(130);
    expect(Date.now() - started).toBeLessThan(4_500); // did not wait for the 5 s write in flight to finish
    expect(listFiles(out)).toEqual([]);
    expect(listFiles(out).some(isTemp)).toBe(false);
    const ref = await reference;
    for (const f of listFiles(out)) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(ref.get(f));
  });
});

describe('SIGINT while records go to stdout', () => {
  const many = path.join(tmp, 'many');
  mkdirSync(many);
  for (let i = 0; i < 300; i++) writeFileSync(path.join(many, `m${String(i).padStart(3, '0')}.txt`), goodArticle(i));

  it.each(['jsonl', 'json'])('--format %s: the output ends on a whole record (JSON stays valid), exit 130', async (format) => {
    const child = spawn(process.execPath, [bin, 'ingest', many, '--format', format], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    // Read nothing at first: the pipe fills (about 1 MB of records) and tanqih waits on a write.
    await new Promise((r) => child.stdout.once('readable', r)); // tanqih is writing records: its handlers are in place
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const text = Buffer.concat(chunks).toString('utf8');
    const records = format === 'json' ? (JSON.parse(text) as unknown[]) : text.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(text.endsWith('\n')).toBe(true);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(300);
  });
});
