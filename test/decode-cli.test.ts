import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { build, fixtureTexts, variants } from './helpers/encode.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'tanqih-decode-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const texts = [...fixtureTexts().values()];

interface Expected {
  name: string;
  bom: boolean;
  repaired: string | null;
  text: string;
}

describe('one ingest run over a folder mixing every encoding', () => {
  const expected = new Map<string, Expected>();
  for (const sub of ['mixed', 'plain']) mkdirSync(path.join(dir, sub));
  variants.forEach((variant, i) => {
    const b = build(texts[i % texts.length]!, variant);
    const file = `${String(i).padStart(2, '0')}-${variant}.txt`;
    writeFileSync(path.join(dir, 'mixed', file), b.bytes, { flag: 'w' });
    expected.set(file, { name: b.name, bom: b.bom, repaired: b.repaired, text: b.text });
    writeFileSync(path.join(dir, 'plain', file), b.text);
  });
  writeFileSync(path.join(dir, 'mixed', 'zz-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));

  it('reports every encoding right, the same articles as plain UTF-8 gives, and refuses the binary (exit 1)', async () => {
    const [mixed, plain] = await Promise.all([runCli(['ingest', path.join(dir, 'mixed')]), runCli(['ingest', path.join(dir, 'plain')])]);
    const records = (r: { stdout: string }) => new Map(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>).map((x) => [path.basename(x.path), x]));
    const got = records(mixed);
    const ref = records(plain);
    expect([...got.keys()]).toEqual([...expected.keys()]);
    for (const [file, e] of expected) {
      const r = got.get(file)!;
      expect({ file, ...r.encoding, confidence: undefined }).toEqual({ file, name: e.name, bom: e.bom, repaired: e.repaired, newline: 'lf', confidence: undefined });
      expect(r.text, file).toBe(ref.get(file)!.text);
      expect(r.title, file).toBe(ref.get(file)!.title);
    }
    expect(mixed.stderr).toMatch(/zz-image\.txt: error The file starts like a PNG image: it looks binary, so it was skipped \(--text decodes it anyway\)\. \(decode\/binary\)/);
    expect(mixed.code).toBe(1);
  });
});

describe('decoding flags', () => {
  it('--encoding with an unknown name is a usage error listing the supported encodings', async () => {
    const r = await runCli(['ingest', '--encoding', 'klingon', dir]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/Unknown encoding "klingon"/);
    expect(r.stderr).toMatch(/utf-8, utf-16le, utf-16be, utf-32le, utf-32be, windows-1256, iso-8859-6, cp720, cp864/);
  });

  it('normalize FILE decodes a windows-1256 file like ingest does', async () => {
    const file = path.join(dir, 'legacy.txt');
    const b = build(texts[0]!, 'windows-1256');
    writeFileSync(file, b.bytes);
    const r = await runCli(['normalize', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(b.text.split('\n')[0]);
  });

  it('--no-repair keeps mojibake and warns; --text decodes a file with NULs all through it', async () => {
    const moji = path.join(dir, 'moji.txt');
    writeFileSync(moji, build(texts[1]!, 'mojibake-1256').bytes);
    const r = await runCli(['normalize', '--no-repair', moji]);
    expect(r.stdout).toContain('ط§ظ„');
    expect(r.stderr).toMatch(/warning The text looks like utf-8 read as windows-1256 \(mojibake\); left as it is because repair is off\. \(decode\/mojibake\)/);
    const nul = path.join(dir, 'nul.txt');
    writeFileSync(nul, Buffer.concat([Buffer.from('سطر\n'), Buffer.alloc(8), Buffer.from('\nسطر آخر\n'), Buffer.alloc(8), Buffer.from('\n')]));
    expect((await runCli(['normalize', nul])).code).toBe(1);
    const forced = await runCli(['normalize', '--text', nul]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('سطر آخر');
  });
});
