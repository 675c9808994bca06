import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bin, runCli, testBin } from './helpers/cli.js';
import { folderOf, headed, latin } from './helpers/ux-corpus.js';

// Issue 17, points 8 (Markdown) and 9 (the small items).
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const front = (md: string): Record<string, unknown> => parseYaml(md.split('---\n')[1]!) as Record<string, unknown>;

// a wire story written for this test: kicker over the headline, deck under it, a dated dateline with a Hijri date and
// an agency
const wire = [
  'عاجل',
  'افتتاح طريق جديد يربط القرى الجبلية بالعاصمة',
  'الطريق يختصر زمن الرحلة إلى النصف ويخدم آلاف السكان',
  '',
  'الرياض، 12 رمضان 1444 هـ (3 أبريل 2023م) (واس) - افتتح وزير النقل اليوم طريقا جديدا يربط القرى الجبلية بالعاصمة، بعد عامين من العمل المتواصل.',
  '',
  'وقال الوزير إن الطريق يختصر زمن الرحلة إلى النصف، وإن المرحلة الثانية تبدأ العام المقبل.',
  '',
].join('\n');

// a tagged export (TREC style): a section, a URL and a document id
const tagged = '<DOC>\n<DOCNO>TEST-0001</DOCNO>\n<URL>https://example.org/news/1</URL>\n<CAT>اقتصاد</CAT>\n<TITLE>ارتفاع أسعار الخضار في الأسواق المحلية</TITLE>\n<TEXT>\nارتفعت أسعار الخضار في الأسواق المحلية هذا الأسبوع بسبب موجة الحر التي ضربت المزارع، وقال تجار إن الأسعار ستعود إلى مستواها خلال أسابيع.\n</TEXT>\n</DOC>\n';

describe('issue 17.8: Markdown', () => {
  it('front matter holds every field a site shows, parses as YAML, and says lang: ar, dir: rtl', async () => {
    const dir = folderOf(tmp, { 'a-wire.txt': wire, 'b-tagged.txt': tagged, 'c-latin.txt': latin });
    const r = await runCli(['ingest', dir, '--format', 'md', '--no-template']);
    expect(r.code).toBe(0);
    const mds = r.stdout.split(/\n(?=---\ntitle:)/);
    const records = (await runCli(['ingest', dir, '--no-template'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(mds).toHaveLength(3);
    const keys = ['title', 'kicker', 'subtitle', 'section', 'sitename', 'author', 'date', 'dateRaw', 'hijriDate', 'dateline', 'agencies', 'url', 'meta', 'path'];
    for (const [i, md] of mds.entries()) {
      const f = front(md);
      expect(Object.keys(f)).toEqual([...keys, 'lang', 'dir']);
      for (const k of keys) expect(f[k], `${i} ${k}`).toEqual(records[i]![k]);
    }
    const [wireFront, taggedFront, latinFront] = mds.map(front);
    expect(wireFront).toMatchObject({ kicker: 'عاجل', hijriDate: { year: 1444, month: 9, day: 12 }, dateline: { place: 'الرياض', agency: 'واس' }, lang: 'ar', dir: 'rtl' });
    expect(wireFront!.subtitle).not.toBeNull();
    expect(taggedFront).toMatchObject({ section: 'اقتصاد', url: 'https://example.org/news/1', meta: { docno: 'TEST-0001' } });
    expect(latinFront).toMatchObject({ lang: 'und', dir: 'auto' });
  });

  it('--out with --format md writes index.md: every article linked, with its headline and date, also after a re-run that skips everything', async () => {
    const dir = folderOf(tmp, { 'news/wire.txt': wire, 'news/a b.txt': headed(1), 'other/c.txt': headed(2) });
    const out = path.join(tmp, 'site');
    expect((await runCli(['ingest', dir, '--out', out, '--format', 'md', '-q'])).code).toBe(0);
    const index = readFileSync(path.join(out, 'index.md'), 'utf8');
    expect(front(index)).toMatchObject({ title: 'Articles', lang: 'ar', dir: 'rtl' });
    const items = index.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toEqual([
      '- [المجلس البلدي يناقش خطة الحدائق رقم 2](news/a%20b.md)',
      '- [افتتاح طريق جديد يربط القرى الجبلية بالعاصمة](news/wire.md) — 2023-04-03',
      '- [المجلس البلدي يناقش خطة الحدائق رقم 3](other/c.md)',
    ]);
    for (const link of items.map((l) => /\]\((.+?)\)/.exec(l)![1]!)) expect(existsSync(path.join(out, decodeURIComponent(link)))).toBe(true);
    const again = await runCli(['ingest', dir, '--out', out, '--format', 'md']);
    expect(again.stderr).toMatch(/3 files: 0 ok, 3 unchanged/);
    expect(readFileSync(path.join(out, 'index.md'), 'utf8')).toBe(index);
  });
});

describe('issue 17.9: the small items', () => {
  it('plurals: "1 file", "1 warning", "1 file checked"; "unchanged", not "skipped"', async () => {
    const dir = folderOf(tmp, { 'latin.txt': latin });
    const out = path.join(tmp, 'plural');
    const r = await runCli(['ingest', dir, '--out', out, '--no-template']);
    expect(r.stderr).toMatch(/^tanqih: 1 file: 1 ok, 0 unchanged, 0 failed, 1 warning, 2 notes in /m);
    const again = await runCli(['ingest', dir, '--out', out, '--no-template']);
    expect(again.stderr).toMatch(/^tanqih: 1 file: 0 ok, 1 unchanged, 0 failed, 0 warnings in /m);
    expect(again.stderr).not.toMatch(/skipped/);
    const check = await runCli(['ingest', dir, '--out', out, '--no-template', '--check']);
    expect(check.stderr).toMatch(/^tanqih: 1 file checked: 1 up to date in /m);
  });

  it('"an ELF executable", "a PNG image"', async () => {
    const dir = folderOf(tmp, { 'elf.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) });
    const r = await runCli(['ingest', dir]);
    expect(r.stderr).toMatch(/elf\.txt: error The file starts like an ELF executable/);
    expect(r.stderr).toMatch(/png\.txt: error The file starts like a PNG image/);
  });

  const haveScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!haveScript)(`on a terminal the progress line fits its width, with elapsed time and failures (${haveScript ? 'script(1)' : 'SKIPPED: no script(1)'})`, () => {
    const dir = folderOf(tmp, Object.fromEntries([...Array.from({ length: 60 }, (_, i) => [`a${i}.txt`, headed(i)]), ['empty.txt', '']]));
    const out = path.join(tmp, 'progress-out');
    const cmd = `stty cols 60 rows 20; TANQIH_TEST_WRITE_DELAY_MS=15 '${process.execPath}' '${testBin}' ingest '${dir}' --out '${out}' -j 1 --no-template`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', input: '', timeout: 60_000, env: { ...process.env, CI: '', GITHUB_ACTIONS: '', NO_COLOR: '1', TERM: 'xterm' } });
    expect(r.status).toBe(1); // the empty file fails
    const draws = r.stdout.split('\r\x1b[K').map((d) => d.replace(/\r?\n[\s\S]*$/, '')).filter((d) => / files \(/.test(d));
    expect(draws.length).toBeGreaterThan(0);
    for (const d of draws) expect(d.length).toBeLessThan(60);
    expect(draws.every((d) => / · \d+s elapsed/.test(d))).toBe(true);
    expect(draws.some((d) => / · 1 failed/.test(d))).toBe(true);
  });

  it('Ctrl-C says where the run stopped and how to resume, and the re-run does only the rest', async () => {
    const dir = folderOf(tmp, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${String(i).padStart(2, '0')}.txt`, headed(i)])));
    const out = path.join(tmp, 'stopped');
    const child = spawn(process.execPath, [testBin, 'ingest', dir, '--out', out, '-j', '1', '--no-template'], { env: { ...process.env, NO_COLOR: '1', CI: 'true', TANQIH_TEST_WRITE_DELAY_MS: '60' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length < 5) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await code).toBe(130);
    const m = /^tanqih: stopped after (\d+) files of 40 in [\d.]+ m?s; every output written is complete; run the same command again to resume: the \1 files done are not redone\.$/m.exec(stderr);
    expect(m, stderr).not.toBeNull();
    const again = await runCli(['ingest', dir, '--out', out, '--no-template']);
    expect(again.stderr).toMatch(new RegExp(`40 files: ${40 - Number(m![1])} ok, ${m![1]} unchanged`));
  });

  it('the records on stdout are never glued to a progress line on the same terminal', () => {
    if (!haveScript) return;
    const dir = folderOf(tmp, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${i}.txt`, headed(i)])));
    const r = spawnSync('script', ['-qec', `'${process.execPath}' '${bin}' ingest '${dir}' -j 1 --no-template`, '/dev/null'], { encoding: 'utf8', input: '', timeout: 60_000, env: { ...process.env, CI: '', GITHUB_ACTIONS: '', NO_COLOR: '1', TERM: 'xterm' } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/files\/s|\x1b\[K/);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('{"schemaVersion"'))).toHaveLength(40);
  });
});

