import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './helpers/cli.js';

const fixture = (name: string): string => path.join(root, 'fixtures/segment', name, 'input.txt');
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-segment-'));

describe('tanqih inspect', () => {
  it('tags each line with its role and rule, without colour when not a TTY', async () => {
    const r = await runCli(['inspect', fixture('plain-headline-site-credit')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    // (where the line model decided, its strongest features follow in brackets)
    expect(r.stdout).toMatch(/^\s+1 {2}title {7}head\/title/mu);
    expect(r.stdout).toMatch(/^\s+3 {2}site {8}site\/line\s+صدى الواحة(?: {2}\[[^\]]+\])?$/mu);
    expect(r.stdout).toMatch(/^\s+9 {2}heading {5}block\/heading\s+مواقف وخدمات(?: {2}\[[^\]]+\])?$/mu);
    expect(r.stdout).toMatch(/^\s+15 {2}credit {6}credit\/agency\s+\(وكالات\)(?: {2}\[[^\]]+\])?$/mu);
    expect(r.stdout).toMatch(/^\s+23 {2}boilerplate {1}boilerplate\/back-to-top/mu);
    expect(r.stdout).toMatch(/\[[a-z:&-]+ -?\d+(?:\.\d)?(?:, [a-z0-9:&+-]+ -?\d+(?:\.\d)?)*\]/u);
    expect(r.stdout).toContain('date      2024-03-10');
  });

  it('colours on request (FORCE_COLOR) and prints JSON with --json', async () => {
    const coloured = await runCli(['inspect', fixture('wire-copy-hijri-only')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    const json = await runCli(['inspect', '--json', fixture('one-line-page')]);
    const data = JSON.parse(json.stdout) as { fields: { title: string; notes: { rule: string }[] }; pieces: { role: string; rule: string }[] };
    expect(data.fields.title).toBe('مكتبة جديدة في الواحة تفتح أبوابها للزوار');
    expect(data.fields.notes.map((w) => w.rule)).toContain('segment/one-line');
    expect(data.pieces.map((p) => p.rule)).toContain('date/line');
  });

  it('reports a missing file with exit 66', async () => {
    const r = await runCli(['inspect', 'no-such-file.txt']);
    expect(r.code).toBe(66);
    expect(r.stderr).toContain('no-such-file.txt: error');
  });
});

describe('--rules FILE', () => {
  const article = path.join(tmp, 'a.txt');
  writeFileSync(
    article,
    'صوت الوادي – الخرطوم\nأعلنت الهيئة العامة للمياه عن خطة جديدة لتحسين الشبكات في الأحياء الشرقية من المدينة خلال العام المقبل.\nوقال مدير الهيئة إن العمل سيبدأ قريبا في ثلاثة أحياء.\nتابعونا على تلغرام\n',
  );

  it('adds site names and boilerplate lines', async () => {
    const before = JSON.parse((await runCli(['ingest', article])).stdout) as { sitename: string | null; text: string };
    expect(before.sitename).toBeNull();
    const rules = path.join(tmp, 'rules.json');
    writeFileSync(rules, JSON.stringify({ sites: ['صوت الوادي'], boilerplateLines: ['تابعونا على تلغرام'], patterns: ['^للاشتراك'] }));
    const r = await runCli(['ingest', '--rules', rules, article]);
    expect(r.code).toBe(0);
    const after = JSON.parse(r.stdout) as { sitename: string; text: string; boilerplate: { rule: string }[] };
    expect(after.sitename).toBe('صوت الوادي');
    expect(after.text).not.toContain('تلغرام');
    expect(after.boilerplate.map((b) => b.rule)).toContain('user/boilerplate-line');
  });

  it.each([
    ['not json', '{sites: ['],
    ['wrong type', '{"sites": "x"}'],
    ['unknown key', '{"site": ["x"]}'],
    ['bad pattern', '{"patterns": ["(["]}'],
  ])('refuses a bad rules file (%s) with exit 78', async (_why, content) => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, content);
    const r = await runCli(['ingest', '--rules', bad, article]);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain(`Bad rules file ${bad}`);
    expect(r.stdout).toBe('');
  });
});

const scorer = path.join(root, '../shared/eval/score.mjs');
describe.skipIf(!existsSync(scorer))('dev corpus (../shared)', () => {
  it('scores at least 0.93 overall with npm run eval', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'test/eval.mjs'), '--quick', '--min', '0.93'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toMatch(/score: /u);
    expect(r.status).toBe(0);
  }, 60_000);
});
if (!existsSync(scorer)) console.log(`segment-cli: dev corpus test skipped (${scorer} not found)`);
