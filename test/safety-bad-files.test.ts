import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '../src/core/display-path.js';
import { runCli, type RunResult } from './helpers/cli.js';
import { cp1256, goodArticle, writeBadFiles, writeGoodFiles, type BadCase } from './helpers/safety-corpus.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-safety-'));
const goodDir = path.join(tmp, 'good');
const allDir = path.join(tmp, 'all');
const maxBytes = 4096; // a small --max-bytes keeps the "huge file" small; the 64 MiB default is tested apart
let good: string[] = [];
let bad: BadCase[] = [];
let server: net.Server | undefined;
let goodRun: RunResult;
let allRun: RunResult;

beforeAll(async () => {
  good = writeGoodFiles(goodDir, 100);
  writeGoodFiles(allDir, 100); // the same files again (cpSync would mangle the non-UTF-8 name)
  bad = writeBadFiles(allDir, { maxBytes });
  server = net.createServer();
  await new Promise<void>((resolve) => server!.listen(path.join(allDir, 'bad-socket.txt'), resolve));
  bad.push({ name: 'bad-socket.txt', rule: 'io/not-a-file', severity: 'error' });
  const args = ['ingest', '.', '--quiet', '--max-bytes', String(maxBytes)]; // --quiet: no summary line
  [goodRun, allRun] = await Promise.all([runCli(args, { cwd: goodDir }), runCli(args, { cwd: allDir, timeoutMs: 30_000 })]);
});
afterAll(() => {
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('ingest over 100 good files plus every kind of bad file', () => {
  it('the good files alone: exit 0, 100 records, nothing on stderr', () => {
    expect(goodRun.stderr).toBe('');
    expect(goodRun.code).toBe(0);
    const paths = lines(goodRun.stdout).map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths.sort()).toEqual([...good].sort());
  });

  it('with the bad files: exit 1 and not hung on the FIFO or socket', () => {
    expect(allRun.signal).toBeNull();
    expect(allRun.code).toBe(1);
  });

  it('emits exactly the 100 good records, byte-identical to the good-only run, plus the warned no-Arabic file', () => {
    const records = lines(allRun.stdout);
    const byPath = new Map(records.map((l) => [(JSON.parse(l) as { path: string }).path, l]));
    expect([...byPath.keys()].sort()).toEqual([...good, 'bad-not-arabic.txt'].sort());
    expect(records.filter((l) => !l.includes('"path":"bad-not-arabic.txt"'))).toEqual(lines(goodRun.stdout));
    const notArabic = JSON.parse(byPath.get('bad-not-arabic.txt')!) as { warnings: { rule: string }[] };
    expect(notArabic.warnings.map((w) => w.rule)).toEqual(['segment/not-arabic']);
  });

  it('prints exactly one message per bad file, naming it, with its rule id, and none for good files', () => {
    const messages = lines(allRun.stderr);
    for (const c of bad) {
      const mine = messages.filter((m) => m.startsWith(`${c.name}: `));
      expect(mine, c.name).toHaveLength(1);
      expect(mine[0], c.name).toMatch(new RegExp(`^${c.name}: ${c.severity} .+ \\(${c.rule.replace('/', '\\/')}\\)$`));
    }
    expect(messages).toHaveLength(bad.length);
  });

  it('a folder named x.txt is walked, not read as a file (no message for it; files in it are read)', async () => {
    const dir = mkdtempSync(path.join(tmp, 'dir-'));
    mkdirSync(path.join(dir, 'x.txt'));
    writeFileSync(path.join(dir, 'x.txt', 'inner.txt'), goodArticle(7));
    const r = await runCli(['ingest', '.', '--quiet'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['x.txt/inner.txt']);
    expect(r.code).toBe(0);
  });
});

describe('file names', () => {
  it('a name that is not UTF-8 is read, and its record path escapes the raw byte losslessly as \\udcff', () => {
    const line = lines(goodRun.stdout).find((l) => l.includes('"path":"name-\\udcff.txt"'));
    expect(line).toBeDefined();
    expect((JSON.parse(line!) as { path: string }).path).toBe('name-\udcff.txt');
  });

  it('messages show raw bytes as \\xNN and a newline in a name as \\n, so each message stays one line', async () => {
    const dir = mkdtempSync(path.join(tmp, 'names-'));
    writeFileSync(Buffer.from(`${dir}/empty-\xfe.txt`, 'latin1'), '');
    writeFileSync(path.join(dir, 'empty\nname.txt'), '');
    writeFileSync(path.join(dir, 'فارغ تماما.txt'), '');
    const r = await runCli(['ingest', '.', '--quiet'], { cwd: dir });
    expect(lines(r.stderr).sort()).toEqual(
      ['empty-\\xfe.txt', 'empty\\nname.txt', 'فارغ تماما.txt'].map((n) => `${n}: error The file is empty: there is no article in it. (segment/empty)`).sort(),
    );
    expect(displayPath('a\udcffb\nc')).toBe('a\\xffb\\nc');
    expect(r.code).toBe(1);
  });

  it('two names that differ only in invalid bytes stay two files', async () => {
    const dir = mkdtempSync(path.join(tmp, 'twins-'));
    writeFileSync(Buffer.from(`${dir}/t-\xfe.txt`, 'latin1'), goodArticle(1));
    writeFileSync(Buffer.from(`${dir}/t-\xff.txt`, 'latin1'), goodArticle(2));
    const r = await runCli(['ingest', '.', '--quiet'], { cwd: dir });
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['t-\udcfe.txt', 't-\udcff.txt']);
    expect(r.code).toBe(0);
  });
});

describe('text that is not clean UTF-8 (decoding is the decoder\'s; here: never passed off as clean, never fatal to the run)', () => {
  const article = goodArticle(11);
  const cases: Record<string, Buffer> = {
    'invalid-utf8.txt': Buffer.concat([Buffer.from(article.slice(0, 200)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(article.slice(200))]),
    // cut inside the last letter's two bytes, as a download that stopped short would
    'truncated-utf8.txt': Buffer.from(`${article}انتهى`).subarray(0, Buffer.byteLength(`${article}انتهى`) - 1),
    'cp1256-block-in-utf8.txt': Buffer.concat([Buffer.from(article), cp1256('\nفقرة مكتوبة بترميز ويندوز العربي داخل ملف مرمز بيونيكود.\n')]),
  };
  it.each(Object.keys(cases))('%s: processed or refused with a decode/ rule, flagged either way, at most one message', async (name) => {
    const dir = mkdtempSync(path.join(tmp, 'enc-'));
    writeFileSync(path.join(dir, name), cases[name]!);
    writeFileSync(path.join(dir, 'ok.txt'), goodArticle(12));
    const r = await runCli(['ingest', '.', '--quiet'], { cwd: dir });
    const records = lines(r.stdout).map((l) => JSON.parse(l) as { path: string; encoding: { name: string; confidence: number }; warnings: { rule: string }[] });
    expect(records.some((x) => x.path === 'ok.txt')).toBe(true);
    const mine = lines(r.stderr).filter((m) => m.startsWith(`${name}:`));
    expect(mine.length).toBeLessThanOrEqual(1);
    const rec = records.find((x) => x.path === name);
    if (rec) {
      // a record: it must say the bytes were not clean UTF-8 (lower confidence, another encoding, or a decode/ warning)
      const flagged = rec.encoding.confidence < 1 || rec.encoding.name !== 'utf-8' || rec.warnings.some((w) => w.rule.startsWith('decode/'));
      expect(flagged).toBe(true);
    } else {
      expect(mine[0]).toMatch(/: error .*\(decode\/[a-z-]+\)$/);
    }
    expect([0, 1]).toContain(r.code);
  });
});
