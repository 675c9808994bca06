import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareText } from '../src/core/pipeline.js';
import { runCli } from './helpers/cli.js';

/**
 * `tanqih normalize FILE` decodes like `ingest`, on the whole file: a windows-1256 block, mojibake or end padding
 * far into a UTF-8 file changes how the file is read, so the decision cannot be taken from its first 64 KB.
 * `prepareText` is what `ingest` runs on each file's bytes (decode whole, then normalise).
 */

const line = (n: number): string => `السطر رقم ${n}: قالت الهيئة إن التقرير السنوي صدر اليوم بعد مراجعة الحسابات.\n`;

/** UTF-8 lines up to `bytes` bytes. */
function utf8Lines(bytes: number, from = 0): Buffer {
  const parts: string[] = [];
  let size = 0;
  for (let n = from; size < bytes; n++) {
    parts.push(line(n));
    size += Buffer.byteLength(parts[parts.length - 1]!);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

const legacyBlock = 'وأضاف المتحدث أن الاجتماع المقبل سيعقد في جدة خلال شهر شوال.\nوختم بالقول إن اللجنة رفعت توصياتها إلى المجلس.\n';

describe('normalize decodes the whole file, as ingest does', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tanqih-normalize-whole-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [label, offset] of [
    ['64 KB', (64 << 10) + 100],
    ['1 MB', (1 << 20) + 100],
  ] as const) {
    it(`a windows-1256 block after ${label}: the same text as ingest, the block read right, and a mixed-encoding warning`, async () => {
      const bytes = Buffer.concat([utf8Lines(offset), iconv.encode(legacyBlock, 'windows-1256'), utf8Lines(4000, 9000)]);
      const file = path.join(dir, `legacy-after-${offset}.txt`);
      writeFileSync(file, bytes);
      const expected = prepareText(bytes).normalized.text;
      expect(expected).toContain('رفعت توصياتها إلى المجلس');
      for (const profile of ['display', 'none'] as const) {
        const r = await runCli(['normalize', '--profile', profile, file]);
        expect(r.code).toBe(0);
        expect(r.stdout.includes('\uFFFD')).toBe(false);
        expect(r.stdout === prepareText(bytes, { profile }).normalized.text).toBe(true);
        expect(r.stderr).toMatch(/warning Lines? [\d–]+ (is|are) not UTF-8 like the rest of the file; read as windows-1256\. \(decode\/mixed-encoding\)/);
      }
      const ingest = await runCli(['ingest', file]);
      expect(ingest.code).toBe(0);
      expect((JSON.parse(ingest.stdout) as { text: string }).text).toContain('رفعت توصياتها إلى المجلس');
    });
  }

  it('mojibake after 64 KB is repaired as ingest repairs it', async () => {
    const moji = Buffer.from(iconv.decode(Buffer.from(legacyBlock, 'utf8'), 'windows-1256'), 'utf8');
    const bytes = Buffer.concat([utf8Lines((64 << 10) + 10), moji]);
    const file = path.join(dir, 'mojibake-late.txt');
    writeFileSync(file, bytes);
    const r = await runCli(['normalize', file]);
    expect(r.code).toBe(0);
    expect(r.stdout === prepareText(bytes).normalized.text).toBe(true);
    expect(r.stdout).toContain('رفعت توصياتها إلى المجلس');
  });

  it('a plain UTF-8 file still streams, and its end padding is cut (not printed, even under --profile none)', async () => {
    const body = utf8Lines(300 << 10);
    const file = path.join(dir, 'padded.txt');
    writeFileSync(file, Buffer.concat([body, Buffer.from([0x1a]), Buffer.alloc(300)]));
    const r = await runCli(['normalize', '--profile', 'none', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout === body.toString('utf8')).toBe(true);
  });

  it('stdin is decoded whole too', async () => {
    const bytes = Buffer.concat([utf8Lines((64 << 10) + 100), iconv.encode(legacyBlock, 'windows-1256')]);
    const r = await runCli(['normalize', '-'], { input: bytes });
    expect(r.code).toBe(0);
    expect(r.stdout === prepareText(bytes).normalized.text).toBe(true);
  });
});
