import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { folderOf, latin } from './helpers/ux-corpus.js';

// Issue 17, point 5: a config file holds normalize, maxWarnings, maxBytes and followSymlinks; `tanqih normalize`
// reads it; `inspect --no-color`. Each case is checked against the same command without the config (or the flag).
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-opts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const tatweel = '\u0643\u062a\u0640\u0640\u0640\u0627\u0628'; // KAF TEH TATWEEL x3 ALEF BEH
const text = `عنوان الخبر الجديد\n\n${tatweel} جديد في المدينة القديمة عن تاريخها الطويل وأهلها.\n`;

/** A project folder with `config` as tanqih.config.json and the article as in/a.txt (plus `extra` files). */
function project(config: Record<string, unknown>, extra: Record<string, string> = {}): string {
  const dir = folderOf(tmp, { 'in/a.txt': text, ...extra });
  writeFileSync(path.join(dir, 'tanqih.config.json'), JSON.stringify(config));
  return dir;
}

describe('issue 17.5: what a config file can hold', () => {
  it('"normalize": its switches apply to ingest and to tanqih normalize (--no-config: the profile alone)', async () => {
    const cwd = project({ normalize: '-tatweel' });
    const withConfig = await runCli(['ingest', 'in/a.txt'], { cwd });
    expect(withConfig.code).toBe(0);
    expect(withConfig.stdout).toContain(tatweel);
    const without = await runCli(['ingest', 'in/a.txt', '--no-config'], { cwd });
    expect(without.stdout).not.toContain(tatweel); // display removes tatweel
    const normalized = await runCli(['normalize', 'in/a.txt'], { cwd });
    expect(normalized.code).toBe(0);
    expect(normalized.stdout).toContain(tatweel);
  });

  it('tanqih normalize takes the profile from the config file', async () => {
    const cwd = project({ profile: 'search' });
    const r = await runCli(['normalize', 'in/a.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('المدينه القديمه'); // search folds teh marbuta
    expect((await runCli(['normalize', 'in/a.txt', '--no-config'], { cwd })).stdout).toContain('المدينة القديمة');
  });

  it('"maxWarnings" and "maxBytes"', async () => {
    const cwd = project({ maxWarnings: 0 }, { 'in/b.txt': latin });
    const warned = await runCli(['ingest', 'in'], { cwd });
    expect(warned.code).toBe(1);
    expect(warned.stderr).toMatch(/1 warning, more than --max-warnings 0 allows/);
    expect((await runCli(['ingest', 'in', '--no-config'], { cwd })).code).toBe(0);
    const small = project({ maxBytes: '10' });
    const big = await runCli(['ingest', 'in/a.txt'], { cwd: small });
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/over --max-bytes 10 bytes; not read\. \(io\/too-large\)/);
  });

  it('"followSymlinks": a link in a folder to a file outside it is read', async () => {
    const cwd = project({ followSymlinks: true });
    const linked = folderOf(tmp, {});
    symlinkSync(path.join(cwd, 'in', 'a.txt'), path.join(linked, 'l.txt'));
    const followed = await runCli(['ingest', linked], { cwd });
    expect(followed.code).toBe(0);
    expect(followed.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    const refused = await runCli(['ingest', linked, '--no-config'], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/io\/symlink-outside/);
  });
});

describe('issue 17.5: inspect --no-color', () => {
  it('is accepted and removes the colour a forced-colour run has', async () => {
    const cwd = project({});
    const env = { NO_COLOR: undefined, FORCE_COLOR: '1' };
    const coloured = await runCli(['inspect', 'in/a.txt'], { cwd, env });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain('\u001b[');
    const plain = await runCli(['inspect', 'in/a.txt', '--no-color'], { cwd, env });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
  });
});

describe('issue 17.5: inspect takes several files', () => {
  const second = `خبر آخر عن افتتاح سوق جديد\n\nافتتحت البلدية سوقا جديدا للخضار في الحي الشرقي بعد أشهر من العمل، وقال مديرها إنه سيفتح كل يوم.\n`;

  it('shows each in turn; a file that fails is reported and the others still shown, with the worst exit code', async () => {
    const cwd = project({});
    writeFileSync(path.join(cwd, 'in', 'b.txt'), second);
    const r = await runCli(['inspect', 'in/a.txt', 'in/missing.txt', 'in/b.txt'], { cwd });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('in/missing.txt');
    expect(r.stdout).toContain('in/a.txt');
    expect(r.stdout).toContain('in/b.txt');
    // each file's own title, in the order given
    expect(r.stdout.indexOf('عنوان الخبر الجديد')).toBeGreaterThan(r.stdout.indexOf('in/a.txt'));
    expect(r.stdout.indexOf('خبر آخر عن افتتاح سوق جديد')).toBeGreaterThan(r.stdout.indexOf('in/b.txt'));
  });

  it('with --json: one object per line, one line per file', async () => {
    const cwd = project({});
    writeFileSync(path.join(cwd, 'in', 'b.txt'), second);
    const r = await runCli(['inspect', '--json', 'in/a.txt', 'in/b.txt'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; fields: { title: string } });
    expect(lines.map((l) => [l.path, l.fields.title])).toEqual([
      ['in/a.txt', 'عنوان الخبر الجديد'],
      ['in/b.txt', 'خبر آخر عن افتتاح سوق جديد'],
    ]);
  });
});
