import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { displayPath } from '../src/core/display-path.js';
import { processBytes } from '../src/core/pipeline.js';
import type { Article } from '../src/core/types.js';
import { toMarkdown } from '../src/emit/index.js';
import { findConfig } from '../src/io/config.js';
import { runCli } from './helpers/cli.js';
import { goodArticle } from './helpers/safety-corpus.js';

// Issue 13, items 10, 11, 21, 23, 25: outputs that cannot be turned against their reader, and inputs and configs
// that cannot turn a run into an internal error.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-ri-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function article(): Article {
  const r = processBytes('a.txt', Buffer.from(goodArticle(1)));
  if (!r.ok) throw new Error('fixture');
  return r.article;
}

/** The HTML a CommonMark renderer would make of a Markdown text's inline content holds no tag of the input. */
describe('item 10: Markdown output escapes raw HTML and Markdown by default', () => {
  const hostile = 'قال <img src=x onerror=alert(1)> و[رابط](javascript:alert(1)) و**غامق** و`كود` & | ~~';
  it('the text comes out as text: entities for <, > and &, backslashes for the inline syntax', () => {
    const full = toMarkdown({ ...article(), title: hostile, blocks: [{ type: 'paragraph', text: hostile }] });
    // the front matter is data (a quoted YAML string, as it was); the body is what a site renders
    const md = full.slice(full.indexOf('\n---\n') + 5);
    expect(md).toMatch(/^\n# قال /);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('\\[رابط\\](javascript:alert(1))');
    expect(md).toContain('\\*\\*غامق\\*\\*');
    expect(md).toContain('\\`كود\\`');
    expect(md).toContain('&amp; \\| \\~\\~');
  });

  it('--md-raw keeps the text as it is', async () => {
    const dir = mkdtempSync(path.join(tmp, 'md-'));
    writeFileSync(path.join(dir, 'a.txt'), `عنوان الخبر هنا\n\nنص الخبر <b>مهم</b> جدا وفيه تفاصيل كثيرة عن الحدث.\n`);
    const escaped = await runCli(['ingest', dir, '--format', 'md']);
    const raw = await runCli(['ingest', dir, '--format', 'md', '--md-raw']);
    expect(escaped.stdout).toContain('&lt;b&gt;مهم&lt;/b&gt;');
    expect(raw.stdout).toContain('<b>مهم</b>');
  });
});

describe('item 25: YAML front matter and messages stay one line and exact', () => {
  it('DEL, NEL, LS, PS and C1 controls in a title or path round-trip through a YAML parser', () => {
    const title = 'عنوان\u007F\u0085\u2028\u2029\u0090 نهاية';
    const md = toMarkdown({ ...article(), title, path: 'a\u0085b.txt' });
    const front = md.split('---\n')[1]!;
    expect(front.split('\n').filter(Boolean)).toHaveLength(16); // sixteen keys, each on its line
    // none raw: a YAML 1.1 parser (PyYAML, many site generators) breaks the line at NEL, LS and PS
    expect(front).not.toMatch(/[\u007F-\u009F\u2028\u2029]/);
    const data = parseYaml(front) as { title: string; path: string };
    expect(data.title).toBe(title);
    expect(data.path).toBe('a\u0085b.txt');
  });

  it('a backslash in a file name is doubled in messages, so it cannot pass for an escape', () => {
    expect(displayPath('a\\x41.txt')).toBe('a\\\\x41.txt');
    expect(displayPath('a\u0085.txt')).toBe('a\\x85.txt');
  });
});

describe('item 11: --rules patterns', () => {
  const rules = (patterns: string[]): string => {
    const f = path.join(mkdtempSync(path.join(tmp, 'rules-')), 'r.json');
    writeFileSync(f, JSON.stringify({ patterns }));
    return f;
  };
  it('a pattern that can take exponential time is a config error (78), before any file', async () => {
    const r = await runCli(['ingest', '-', '--rules', rules(['^(\u0627+)+$'])], { input: goodArticle(1) });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/can take exponential time/);
  });
  it('an invalid pattern is a config error (78), not internal/crash on every file', async () => {
    const r = await runCli(['ingest', '-', '--rules', rules(['(unclosed'])], { input: goodArticle(1) });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/not a valid regular expression/);
  });
});

describe('item 21: folders whose names are not UTF-8', () => {
  it('are walked and their files read, the names kept losslessly', async () => {
    const root = mkdtempSync(path.join(tmp, 'raw-'));
    const folder = Buffer.concat([Buffer.from(`${root}/f`), Buffer.from([0xe9]), Buffer.from('lder')]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/a.txt')]), goodArticle(4));
    const r = await runCli(['ingest', root]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { path: string }).path).toBe(`${root}/f\udce9lder/a.txt`);
  });
});

describe('item 23: config files', () => {
  const project = (config: string): string => {
    const dir = mkdtempSync(path.join(tmp, 'cfg-'));
    writeFileSync(path.join(dir, 'tanqih.config.json'), config);
    writeFileSync(path.join(dir, 'a.txt'), goodArticle(5));
    return dir;
  };
  it.each([
    ['{"encoding": "klingon-8"}', /klingon-8/],
    ['{"glob": ""}', /"glob" must not be empty/],
    ['{"constructor": 1}', /Unknown option "constructor"/],
    ['{"__proto__": {"x": 1}}', /Unknown option "__proto__"/],
    ['{"concurrency": 100000}', /"concurrency" must be an integer from 1 to 256/],
  ])('%s is a config error (78)', async (config, why) => {
    const r = await runCli(['ingest', 'a.txt'], { cwd: project(config) });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(why);
  });
  it('a BOM is allowed', async () => {
    expect((await runCli(['ingest', 'a.txt'], { cwd: project('\uFEFF{"profile": "search"}') })).code).toBe(0);
  });
  it('the search stops at the repository root and never climbs into a top-level folder', async () => {
    const top = mkdtempSync(path.join(tmp, 'top-'));
    writeFileSync(path.join(top, 'tanqih.config.json'), '{}');
    mkdirSync(path.join(top, 'repo', '.git'), { recursive: true });
    mkdirSync(path.join(top, 'repo', 'sub'));
    expect(await findConfig(path.join(top, 'repo', 'sub'), '/nonexistent-home')).toBeNull();
    expect(await findConfig(path.join(top, 'x'), '/nonexistent-home')).toBe(path.join(top, 'tanqih.config.json'));
    expect(await findConfig('/tmp/any/where/below', '/nonexistent-home')).toBeNull(); // unless one is in /tmp/any/...
  });
  it('a config "out" does not make --stdin-format jsonl a usage error', async () => {
    const dir = project(`{"out": "records"}`);
    const r = await runCli(['ingest', '--stdin-format', 'jsonl'], { cwd: dir, input: JSON.stringify({ path: 'x', text: goodArticle(6) }) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { path: string }).path).toBe('x');
  });
});

describe('item 25: exit codes, read-only --out, merging shards', () => {
  it('normalize and inspect exit 1 (as ingest does) for a folder given as the input', async () => {
    for (const cmd of ['normalize', 'inspect']) expect((await runCli([cmd, tmp])).code, cmd).toBe(1);
  });

  const canMount = ((probe: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', probe]).status === 0 && spawnSync('umount', [probe]).status === 0)(mkdtempSync(path.join(tmp, 'probe-')));
  it.skipIf(!canMount)(`a read-only --out says so (EROFS), not ENOENT (${canMount ? 'mounted' : 'SKIPPED: cannot mount tmpfs here'})`, async () => {
    const ro = mkdtempSync(path.join(tmp, 'ro-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', ro]);
    try {
      const r = await runCli(['ingest', '-', '--out', path.join(ro, 'a', 'b')], { input: goodArticle(1) });
      expect(r.code).toBe(73);
      expect(r.stderr).toMatch(/the file system is read-only \(EROFS\)/);
    } finally {
      execFileSync('umount', [ro]);
    }
  });

  it('tanqih merge puts shard outputs back in the run\'s order where sort -m does not (names with ", \\ and a tab)', async () => {
    const dir = mkdtempSync(path.join(tmp, 'shards-'));
    const input = path.join(dir, 'in');
    mkdirSync(input);
    for (const name of ['a"b', 'a\\b', 'a\tb', 'ab', 'a b', 'a!b', 'a#b', 'a]b']) writeFileSync(path.join(input, `${name}.txt`), goodArticle(name.length));
    const parts: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const part = path.join(dir, `p${i}.jsonl`);
      writeFileSync(part, (await runCli(['ingest', input, '-q', '--shard', `${i}/3`])).stdout);
      parts.push(part);
    }
    const whole = (await runCli(['ingest', input, '-q'])).stdout;
    const merged = await runCli(['merge', ...parts]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole);
    const sorted = spawnSync('sort', ['-m', ...parts], { env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8' }).stdout;
    expect(sorted).not.toBe(whole); // why the README no longer says sort -m
    expect(readFileSync(parts[0]!, 'utf8').length).toBeGreaterThan(0);
  });
});
