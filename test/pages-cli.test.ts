import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './helpers/cli.js';

// `tanqih report` and `tanqih inspect --html` as a user runs them: the built bin, NO_COLOR=1, stdout, stderr, exit code.

const fixture = (name: string): string => path.join(root, 'fixtures/pages', name, 'input.txt');
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-pages-cli-'));

/** Two records of the article fixtures, as ingest writes them. */
async function records(): Promise<string> {
  const r = await runCli(['ingest', fixture('article-full'), fixture('agency-dateline'), '-q']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const totals = (page: string): Record<string, string> =>
  Object.fromEntries([...page.matchAll(/<li data-total="([^"]+)"><b>([^<]*)<\/b>/g)].map((m) => [m[1]!, m[2]!]));

describe('tanqih report', () => {
  it('reads a records file and writes one page on stdout, nothing on stderr', async () => {
    const file = path.join(tmp, 'two.jsonl');
    writeFileSync(file, await records());
    const r = await runCli(['report', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(totals(r.stdout)).toMatchObject({ files: '2', ok: '2', failed: '?' });
  });

  it('reads stdin with - and with no argument', async () => {
    const input = await records();
    for (const args of [['report', '-'], ['report']]) {
      const r = await runCli(args, { input });
      expect(r.code, r.stderr).toBe(0);
      expect(totals(r.stdout).ok).toBe('2');
      expect(r.stdout).toContain('<code>stdin</code>');
    }
  });

  it('reads several files (shards) as one run', async () => {
    const lines = (await records()).trimEnd().split('\n');
    writeFileSync(path.join(tmp, 'part-1.jsonl'), lines[0] + '\n');
    writeFileSync(path.join(tmp, 'part-2.jsonl'), lines[1] + '\n');
    const r = await runCli(['report', 'part-1.jsonl', 'part-2.jsonl'], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout).ok).toBe('2');
  });

  it('a bad line is an error naming path:line (exit 1); the other records still make the page', async () => {
    const good = (await records()).trimEnd().split('\n');
    writeFileSync(path.join(tmp, 'bad.jsonl'), [good[0], '{"path": "x.txt", "blocks": [', good[1], '{"title": "no path"}', '', '[1, 2]'].join('\n') + '\n');
    const r = await runCli(['report', 'bad.jsonl'], { cwd: tmp });
    expect(r.code).toBe(1);
    const errs = r.stderr.trimEnd().split('\n');
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/^bad\.jsonl:2: error This line is not valid JSON \(.+\)\. \(io\/bad-record\)$/);
    expect(errs[1]).toBe('bad.jsonl:4: error This line is not a tanqih record: it has no "path" string. (io/bad-record)');
    expect(errs[2]).toBe('bad.jsonl:6: error This line is not a JSON object. (io/bad-record)');
    expect(totals(r.stdout).ok).toBe('2');
  });

  it('a missing file: exit 66, the message, and no page when nothing could be read', async () => {
    const r = await runCli(['report', 'nope.jsonl'], { cwd: tmp });
    expect(r.code).toBe(66);
    expect(r.stderr).toBe('nope.jsonl: error No such file or directory (io/not-found)\n');
    expect(r.stdout).toBe('');
  });

  it('a missing file among others: exit 66, and the page from the others', async () => {
    writeFileSync(path.join(tmp, 'ok.jsonl'), await records());
    const r = await runCli(['report', 'ok.jsonl', 'nope.jsonl'], { cwd: tmp });
    expect(r.code).toBe(66);
    expect(r.stderr).toBe('nope.jsonl: error No such file or directory (io/not-found)\n');
    expect(totals(r.stdout).ok).toBe('2');
  });

  it('counts failed files from the run report (--run-report), and -o writes the page to a file', async () => {
    const dir = mkdtempSync(path.join(tmp, 'run-'));
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(fixture('article-full')));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const ingest = await runCli(['ingest', '.', '-q', '--report', 'run.json'], { cwd: dir });
    expect(ingest.code).toBe(1);
    writeFileSync(path.join(dir, 'records.jsonl'), ingest.stdout);
    const r = await runCli(['report', 'records.jsonl', '--run-report', 'run.json', '-o', 'out/report.html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const page = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    expect(totals(page)).toMatchObject({ files: '2', ok: '1', failed: '1' });
    expect(page).toContain('empty.txt');
    expect(page).toContain('(segment/empty)');
  });

  it('a run report that is missing (66) or not one (1)', async () => {
    writeFileSync(path.join(tmp, 'ok.jsonl'), await records());
    writeFileSync(path.join(tmp, 'not-run.json'), '{"files": 3}');
    writeFileSync(path.join(tmp, 'broken.json'), '{');
    const missing = await runCli(['report', 'ok.jsonl', '--run-report', 'none.json'], { cwd: tmp });
    expect(missing.code).toBe(66);
    expect(missing.stderr).toBe('none.json: error No such file or directory (io/not-found)\n');
    const bad = await runCli(['report', 'ok.jsonl', '--run-report', 'not-run.json', '--run-report', 'broken.json'], { cwd: tmp });
    expect(bad.code).toBe(1);
    const errs = bad.stderr.trimEnd().split('\n');
    expect(errs[0]).toBe('not-run.json: error This is not a run report of tanqih ingest --report: it has no "files" list. (io/bad-report)');
    expect(errs[1]).toMatch(/^broken\.json: error The run report is not valid JSON \(.+\)\. \(io\/bad-report\)$/);
    expect(totals(bad.stdout).failed).toBe('?');
  });

  it('refuses to write the page over an input: exit 73', async () => {
    writeFileSync(path.join(tmp, 'keep.jsonl'), await records());
    const before = readFileSync(path.join(tmp, 'keep.jsonl'));
    const r = await runCli(['report', 'keep.jsonl', '-o', 'keep.jsonl'], { cwd: tmp });
    expect(r.code).toBe(73);
    expect(r.stderr).toBe('tanqih: Refusing to write keep.jsonl: it is one of the inputs (io/output-is-input).\n');
    expect(readFileSync(path.join(tmp, 'keep.jsonl'))).toEqual(before);
  });

  it.each([
    [['report', '--depth', '0'], '--depth expects a whole number >= 1, not "0".'],
    [['report', '--examples', 'x'], '--examples expects a whole number >= 0, not "x".'],
    [['report', '--bogus'], "unknown option '--bogus'"],
  ])('usage errors exit 64: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('tanqih inspect --html', () => {
  it('writes one page for one file; stdout stays empty', async () => {
    const out = path.join(tmp, 'one.html');
    const r = await runCli(['inspect', '--html', out, fixture('article-full')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('محطة جديدة لتحلية المياه تدخل الخدمة في مدينة الساحل');
    expect(page.match(/<article class="view"/g)).toHaveLength(1);
    expect(page).not.toContain('<nav');
  });

  it('several files give one page with a list; --html - writes to stdout', async () => {
    const r = await runCli(['inspect', '--html', '-', fixture('article-full'), fixture('one-line-page'), fixture('wire-hijri')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/<article class="view"/g)).toHaveLength(3);
    expect(r.stdout.match(/<li><a href="#a-\d"/g)).toHaveLength(3);
    // the one-line page gives a row per piece, all on line 1
    expect(r.stdout).toContain('data-rule="boilerplate/print"');
    expect(r.stdout).toContain('data-rule="boilerplate/font-size"');
  });

  it('a failed and a missing file: messages on stderr, listed on the page, exit 66 (missing beats failed)', async () => {
    const out = path.join(tmp, 'mixed.html');
    const r = await runCli(['inspect', '--html', out, fixture('agency-dateline'), fixture('empty-file'), 'nope.txt']);
    expect(r.code).toBe(66);
    expect(r.stderr).toBe(`${fixture('empty-file')}: error The file is empty: there is no article in it. (segment/empty)\nnope.txt: error No such file or directory (io/not-found)\n`);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('(segment/empty)');
    expect(page).toContain('nope.txt');
  });

  it('only a failed file: exit 1 and no page', async () => {
    const out = path.join(tmp, 'none.html');
    const r = await runCli(['inspect', '--html', out, fixture('empty-file')]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('reads stdin', async () => {
    const r = await runCli(['inspect', '--html', '-'], { input: readFileSync(fixture('wire-hijri')) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('الدمام');
  });

  it.each([
    [['inspect', '--html', 'x.html', '--json', 'a.txt'], "option '--html <file>' cannot be used with option '--json'"],
    [['inspect', '-', '-'], 'inspect reads stdin (-) once.'],
  ])('usage errors exit 64: %j', async (args, message) => {
    const r = await runCli(args, { cwd: tmp });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(message);
  });

  it('refuses to write over one of its inputs: exit 73, the input untouched', async () => {
    const input = path.join(tmp, 'in.txt');
    writeFileSync(input, readFileSync(fixture('wire-hijri')));
    const r = await runCli(['inspect', '--html', 'in.txt', 'in.txt'], { cwd: tmp });
    expect(r.code).toBe(73);
    expect(r.stderr).toBe('tanqih: Refusing to write in.txt: it is one of the inputs (io/output-is-input).\n');
    expect(readFileSync(input)).toEqual(readFileSync(fixture('wire-hijri')));
  });

  it('an output that cannot be created: exit 73', async () => {
    writeFileSync(path.join(tmp, 'a-file'), '');
    const r = await runCli(['inspect', '--html', path.join(tmp, 'a-file', 'x.html'), fixture('wire-hijri')]);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^tanqih: Cannot write .*x\.html: a part of the path is a file, not a folder/);
  });
});
