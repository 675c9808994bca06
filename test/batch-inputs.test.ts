import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFileList } from '../src/io/ignore-file.js';
import { article, makeCorpus } from './helpers/batch-corpus.js';
import { runCli } from './helpers/cli.js';

const dir = makeCorpus(9);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const paths = (stdout: string): string[] => stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { path: string }).path);

describe('inputs at scale', () => {
  it('--files-from FILE takes one path per line; -0 takes NUL-separated paths from stdin', async () => {
    writeFileSync(path.join(dir, 'list.lst'), 'part-1/a0004.txt\r\npart-0/a0000.txt\n\npart-0/a0000.txt\n');
    const r = await runCli(['ingest', '--files-from', 'list.lst', '-q'], { cwd: dir });
    expect(paths(r.stdout)).toEqual(['part-0/a0000.txt', 'part-1/a0004.txt']);
    const z = await runCli(['ingest', '--files-from', '-', '-0', '-q'], { cwd: dir, input: 'part-2/a0002.txt\0part-1/a0001.txt\0' });
    expect(paths(z.stdout)).toEqual(['part-1/a0001.txt', 'part-2/a0002.txt']);
    expect(splitFileList('a b.txt\0c\nd.txt\0', true)).toEqual(['a b.txt', 'c\nd.txt']);
  });

  it('a listed file that does not exist is one failed file, and the rest go on', async () => {
    const r = await runCli(['ingest', '--files-from', '-', '-q'], { cwd: dir, input: 'gone.txt\npart-0/a0000.txt\n' });
    expect(paths(r.stdout)).toEqual(['part-0/a0000.txt']);
    expect(r.stderr).toMatch(/^gone\.txt: error .*\(io\/not-found\)$/m);
    expect(r.code).toBe(1);
  });

  it('.tanqihignore (gitignore syntax) and --ignore-path skip found files, never named ones', async () => {
    writeFileSync(path.join(dir, '.tanqihignore'), 'part-1/\n*0000.txt\n!part-1/a0007.txt\n');
    const r = await runCli(['ingest', '.', '-q'], { cwd: dir });
    rmSync(path.join(dir, '.tanqihignore'));
    expect(paths(r.stdout)).toEqual(['part-0/a0003.txt', 'part-0/a0006.txt', 'part-2/a0002.txt', 'part-2/a0005.txt', 'part-2/a0008.txt']);
    writeFileSync(path.join(dir, '.tanqihignore'), '*0000.txt\n');
    const named = await runCli(['ingest', 'part-0/a0000.txt', '-q'], { cwd: dir });
    rmSync(path.join(dir, '.tanqihignore'));
    expect(paths(named.stdout)).toEqual(['part-0/a0000.txt']);
    writeFileSync(path.join(dir, 'other-ignore'), 'part-0/\npart-2/\n');
    const other = await runCli(['ingest', '.', '-q', '--ignore-path', 'other-ignore'], { cwd: dir });
    expect(paths(other.stdout)).toEqual(['part-1/a0001.txt', 'part-1/a0004.txt', 'part-1/a0007.txt']);
    const missing = await runCli(['ingest', '.', '--ignore-path', 'nope'], { cwd: dir });
    expect(missing.code).toBe(66);
  });

  it('--stdin-format jsonl reads {path,text} and {path,bytes_b64} records and streams records out in order', async () => {
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xe3, 0xcf, 0xed, 0xe4, 0xc9]); // "المدينة" in windows-1256
    const input = [
      JSON.stringify({ path: 'x/1.txt', text: article(1) }),
      '',
      '{not json',
      JSON.stringify({ path: 'x/2.txt', bytes_b64: Buffer.from(article(2)).toString('base64') }),
      JSON.stringify({ path: 'x/3.txt', bytes_b64: cp1256.toString('base64') }),
      JSON.stringify({ path: 'x/4.txt' }),
    ].join('\n');
    const r = await runCli(['ingest', '--stdin-format', 'jsonl', '-j', '2'], { input });
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; title: string; text: string; encoding: { name: string } });
    expect(recs.map((x) => x.path)).toEqual(['x/1.txt', 'x/2.txt', 'x/3.txt']);
    expect(recs[0]!.title).toBe(recs[0]!.title && 'افتتاح مكتبة عامة في مدينة الساحل رقم 1');
    expect(recs[2]!.encoding.name).toBe('windows-1256');
    expect(r.stderr).toMatch(/^-:3: error This input line is not valid JSON\. \(io\/bad-record\)$/m);
    expect(r.stderr).toMatch(/^x\/4\.txt: error .*"bytes_b64".*\(io\/bad-record\)$/m);
    expect(r.code).toBe(1);
  });

  it('--stdin-format jsonl gives the same records for 200 lines at any concurrency', async () => {
    const input = Array.from({ length: 200 }, (_, i) => JSON.stringify({ path: `r/${i}.txt`, text: article(i) })).join('\n') + '\n';
    const one = await runCli(['ingest', '--stdin-format', 'jsonl', '-j', '1', '-q'], { input });
    const two = await runCli(['ingest', '--stdin-format', 'jsonl', '-j', '2', '-q'], { input });
    expect(two.stdout).toBe(one.stdout);
    expect(paths(one.stdout)).toEqual(Array.from({ length: 200 }, (_, i) => `r/${i}.txt`));
    // --shard splits records by path: the two halves hold every record once
    const halves = await Promise.all(['1/2', '2/2'].map((s) => runCli(['ingest', '--stdin-format', 'jsonl', '--shard', s, '-q'], { input })));
    const both = halves.flatMap((h) => paths(h.stdout));
    expect(halves.every((h) => h.stdout.length > 0)).toBe(true);
    expect(both.sort()).toEqual(paths(one.stdout).sort());
  });

  it('--report FILE writes per-file status, encoding and messages, with totals', async () => {
    mkdirSync(path.join(dir, 'bad'), { recursive: true });
    writeFileSync(path.join(dir, 'bad', 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0xff, 0xfe, 0]));
    const r = await runCli(['ingest', '.', '-q', '--report', 'run.json'], { cwd: dir });
    const rep = JSON.parse(readFileSync(path.join(dir, 'run.json'), 'utf8')) as {
      tool: string;
      files: { path: string; status: string; encoding: string | null; messages: { rule: string }[] }[];
      totals: Record<string, number>;
    };
    expect(rep.tool).toMatch(/^tanqih /);
    expect(rep.files.map((f) => f.path)).toEqual([...rep.files.map((f) => f.path)].sort());
    expect(rep.files.find((f) => f.path === 'bad/bin.txt')).toMatchObject({ status: 'failed', encoding: null });
    expect(rep.files.find((f) => f.path === 'part-0/a0000.txt')).toMatchObject({ status: 'ok', encoding: 'utf-8' });
    expect(rep.totals).toMatchObject({ files: 10, ok: 9, failed: 1, skipped: 0 });
    expect(r.code).toBe(1);
    rmSync(path.join(dir, 'bad'), { recursive: true });
  });
});

describe('findFiles', () => {
  it('merges folders, files and globs into one sorted list without duplicates, each with its relative path', async () => {
    const { findFiles } = await import('../src/io/find-files.js');
    const r = await findFiles(['part-1', 'part-0/a0000.txt', 'part-*/a000[36].txt', 'nope.txt'], { cwd: dir, glob: '**/*.txt', listed: ['./part-1/../part-2/a0002.txt'] });
    const files = Array.from({ length: r.files.length }, (_, i) => r.files.at(i));
    expect(files).toEqual([
      { path: 'part-0/a0000.txt', rel: 'a0000.txt' },
      { path: 'part-0/a0003.txt', rel: 'part-0/a0003.txt' },
      { path: 'part-0/a0006.txt', rel: 'part-0/a0006.txt' },
      { path: 'part-1/a0001.txt', rel: 'a0001.txt', root: 'part-1' }, // walked from the folder argument
      { path: 'part-1/a0004.txt', rel: 'a0004.txt', root: 'part-1' }, // walked from the folder argument
      { path: 'part-1/a0007.txt', rel: 'a0007.txt', root: 'part-1' }, // walked from the folder argument
      { path: 'part-2/a0002.txt', rel: 'part-2/a0002.txt' },
    ]);
    expect(r.missing).toEqual(['nope.txt']);
  });
});

describe('streamed discovery', () => {
  it('merges several folder arguments into one sorted stream, the first argument winning a path found twice', async () => {
    const { Inputs } = await import('../src/io/find-files.js');
    const inputs = await Inputs.resolve(['part-2', '.', 'part-0'], { cwd: dir, glob: '**/*.txt' });
    const got: { path: string; rel: string; root?: string }[] = [];
    for await (const run of inputs.stream()) got.push(...run);
    const sorted = [...got].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    expect(got).toEqual(sorted);
    expect(new Set(got.map((f) => f.path)).size).toBe(got.length);
    expect(got).toHaveLength(9);
    // part-2 came first: its files carry it as their root; part-0's files were found first by '.'
    expect(got.find((f) => f.path === 'part-2/a0002.txt')).toEqual({ path: 'part-2/a0002.txt', rel: 'a0002.txt', root: 'part-2' });
    expect(got.find((f) => f.path === 'part-0/a0000.txt')).toEqual({ path: 'part-0/a0000.txt', rel: 'part-0/a0000.txt', root: '.' });
    // a second stream gives the same files (the progress line counts with one)
    let n = 0;
    for await (const run of inputs.stream()) n += run.length;
    expect(n).toBe(9);
  });

  it('the CLI writes records in sorted order across folder arguments given out of order', async () => {
    const r = await runCli(['ingest', 'part-2', 'part-0', 'part-1', '-q', '-j', '2'], { cwd: dir });
    const got = paths(r.stdout);
    expect(got).toEqual([...got].sort());
    expect(got).toHaveLength(9);
  });
});
