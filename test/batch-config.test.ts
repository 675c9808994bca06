import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema, validateConfig } from '../src/io/config.js';
import { profileNames } from '../src/normalize/index.js';
import { article } from './helpers/batch-corpus.js';
import { root, runCli } from './helpers/cli.js';

// project/tanqih.config.json, project/news/*.txt; the CLI runs from project/news (the config is one folder up).
const project = mkdtempSync(path.join(tmpdir(), 'tanqih-config-'));
const news = path.join(project, 'news');
mkdirSync(news);
writeFileSync(path.join(news, 'a.txt'), article(1));
writeFileSync(path.join(news, 'b.txt'), article(2));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const setConfig = (name: string, data: unknown): void => writeFileSync(path.join(project, name), typeof data === 'string' ? data : JSON.stringify(data));
const profiles = (stdout: string): string[] => stdout.trim().split('\n').map((l) => (JSON.parse(l) as { normalization: { profile: string } }).normalization.profile);

describe('config file', () => {
  it('is found walking up from the working directory, and flags override it', async () => {
    setConfig('tanqih.config.json', { profile: 'search', concurrency: 1 });
    expect(profiles((await runCli(['ingest', '.'], { cwd: news })).stdout)).toEqual(['search', 'search']);
    expect(profiles((await runCli(['ingest', '.', '--profile', 'none'], { cwd: news })).stdout)).toEqual(['none', 'none']);
    expect(profiles((await runCli(['ingest', '.', '--no-config'], { cwd: news })).stdout)).toEqual(['display', 'display']);
  });

  it('--print-config shows the merged options and the file they came from', async () => {
    setConfig('tanqih.config.json', { profile: 'search', quiet: true, out: 'build' });
    const r = await runCli(['ingest', '--print-config', '-j', '2'], { cwd: news });
    const shown = JSON.parse(r.stdout) as { configFile: string; options: Record<string, unknown> };
    expect(r.code).toBe(0);
    expect(shown.configFile).toBe(path.join(project, 'tanqih.config.json'));
    expect(shown.options).toMatchObject({ profile: 'search', quiet: true, concurrency: 2, format: 'json', out: path.join(project, 'build') });
  });

  it('takes .tanqihrc.json too, and --config FILE names one explicitly', async () => {
    rmSync(path.join(project, 'tanqih.config.json'));
    setConfig('.tanqihrc.json', { profile: 'none' });
    expect(profiles((await runCli(['ingest', '.'], { cwd: news })).stdout)).toEqual(['none', 'none']);
    writeFileSync(path.join(news, 'other.json'), JSON.stringify({ profile: 'search' }));
    expect(profiles((await runCli(['ingest', 'a.txt', 'b.txt', '--config', 'other.json'], { cwd: news })).stdout)).toEqual(['search', 'search']);
    rmSync(path.join(news, 'other.json'));
  });

  it('a bad config exits 78 naming the file and the problem', async () => {
    for (const [data, problem] of [
      ['{ "profile": ', /not valid JSON/],
      [{ profil: 'search' }, /Unknown option "profil"/],
      [{ profile: 'loud' }, /"profile" must be one of "display", "search", "none"/],
      [{ concurrency: 0 }, /"concurrency" must be an integer from 1 to 256/],
      [{ quiet: 'yes' }, /"quiet" must be a boolean/],
      [[1, 2], /one JSON object/],
    ] as const) {
      setConfig('.tanqihrc.json', data);
      const r = await runCli(['ingest', '.'], { cwd: news });
      expect(r.code).toBe(78);
      expect(r.stderr).toContain('.tanqihrc.json');
      expect(r.stderr).toMatch(problem);
      expect(r.stdout).toBe('');
    }
    rmSync(path.join(project, '.tanqihrc.json'));
  });
});

describe('the published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'src/io/config.schema.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  const check = ajv.compile(schema);

  it('compiles with ajv, is shipped in dist/, and lists the real profiles', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'dist/io/config.schema.json'), 'utf8'))).toEqual(schema);
    expect(configSchema.properties.profile?.enum).toEqual([...profileNames]);
  });

  it('agrees with the built-in validator on good and bad configs', () => {
    const samples: unknown[] = [
      {},
      { $schema: './node_modules/tanqih/dist/io/config.schema.json', profile: 'search', concurrency: 4, out: 'x', color: false },
      { format: 'md', glob: '**/*.md', repair: false, text: true, ignorePath: '.gitignore', prune: true, report: 'r.json', encoding: 'windows-1256', quiet: true },
      { profile: 'loud' },
      { concurrency: 1.5 },
      { concurrency: 0 },
      { unknown: 1 },
      { format: 'xml' },
      { quiet: 1 },
      { out: 3 },
    ];
    for (const s of samples) expect(validateConfig(s).length === 0, JSON.stringify(s)).toBe(check(s));
  });
});
