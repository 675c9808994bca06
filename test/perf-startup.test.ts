import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { windows1252, windows1256 } from '../src/decode/codepages.js';

// Start-up loads only what a command needs (issue 14): the code-page tables are built without iconv-lite, and
// `tanqih normalize` of a UTF-8 file loads neither iconv-lite, nor the batch engine (fast-glob), nor safe-regex2.

const root = path.resolve(import.meta.dirname, '..');

describe('start-up', () => {
  it('builds the windows-1252 and windows-1256 tables exactly as iconv-lite reads those pages', () => {
    for (const page of [windows1252, windows1256]) {
      const expected = new Uint8Array(0x10000);
      for (let b = 0x80; b <= 0xff; b++) {
        const c = iconv.decode(Buffer.from([b]), page.name).charCodeAt(0);
        if (c !== 0xfffd) expected[c] = b;
      }
      // the C1 controls keep their bytes in windows-1252 (see codepages.ts)
      if (page.name === 'windows-1252') for (let b = 0x80; b <= 0x9f; b++) expected[b] = b;
      expect(Buffer.from(page.byteOf).equals(Buffer.from(expected)), page.name).toBe(true);
    }
  });

  it('tanqih normalize loads no iconv-lite, no fast-glob (the batch engine) and no safe-regex2 for UTF-8 input', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tanqih-startup-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'قالت الوزارة إن العدد بلغ ٣٫٥ في المئة.\n');
    const probe = path.join(dir, 'probe.cjs');
    // at exit, the CommonJS packages the process loaded (ESM imports of them go through the same cache)
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
    const r = spawnSync(process.execPath, ['--require', probe, path.join(root, 'bin/tanqih.js'), 'normalize', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('قالت الوزارة إن العدد بلغ ٣٫٥ في المئة.\n');
    const loaded = (JSON.parse(r.stderr) as string[]).map((f) => f.split(path.sep).join('/'));
    expect(loaded.some((f) => f.includes('/node_modules/commander/'))).toBe(true); // the probe sees packages at all
    for (const pkg of ['iconv-lite', 'fast-glob', 'safe-regex2']) expect(loaded.filter((f) => f.includes(`/node_modules/${pkg}/`)), pkg).toEqual([]);
  });
});
