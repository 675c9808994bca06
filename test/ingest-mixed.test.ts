import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runCli } from './helpers/cli.js';

const article = readFileSync(path.join(root, 'fixtures/cli/plain-layout/input/maktaba.txt'), 'utf8');
const crlf = article.replace(/\n/g, '\r\n');
const dir = mkdtempSync(path.join(tmpdir(), 'tanqih-mixed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest on a folder mixing encodings', () => {
  writeFileSync(path.join(dir, 'a-utf8.txt'), article);
  writeFileSync(path.join(dir, 'b-utf8-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]));
  writeFileSync(path.join(dir, 'c-crlf.txt'), crlf);
  writeFileSync(path.join(dir, 'd-cp1256.txt'), iconv.encode(crlf, 'windows-1256'));
  writeFileSync(path.join(dir, 'e-utf16le-bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(article, 'utf-16le')]));
  symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'f-broken-link.txt'));

  it('emits one correct record per readable file and reports the unreadable one (exit 1)', async () => {
    const r = await runCli(['ingest', dir]);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(records.map((x) => path.basename(x.path))).toEqual(['a-utf8.txt', 'b-utf8-bom.txt', 'c-crlf.txt', 'd-cp1256.txt', 'e-utf16le-bom.txt']);
    const encodings = records.map((x) => [x.encoding.name, x.encoding.bom, x.encoding.newline]);
    expect(encodings).toEqual([
      ['utf-8', false, 'lf'],
      ['utf-8', true, 'lf'],
      ['utf-8', false, 'crlf'],
      ['windows-1256', false, 'crlf'],
      ['utf-16le', true, 'lf'],
    ]);
    // the same article whatever the bytes: title, date, body
    for (const x of records) {
      expect(x.title).toBe(records[0]!.title);
      expect(x.sitename).toBe('صدى المدينة');
      expect(x.date).toBe('2024-03-14');
      expect(x.text).toBe(records[0]!.text);
    }
    expect(r.stderr).toMatch(/f-broken-link\.txt: error .*\(io\/not-found\)/);
    expect(r.code).toBe(1);
  });
});
