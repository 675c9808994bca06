// How reading costs, one thread, the bulk corpus: readInput (fs/promises: stat + open/fstat/read/close) awaited one
// file at a time, the same with a batch of 32 started at once (what the engine's workers do), and readFileSync.
//   node test/bench/ingest-read.mjs [DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { readInput } from '../../dist/io/read.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const unpack = path.join(root, '../shared/corpus/unpack-bulk.sh');
if (!process.argv[2] && !existsSync(unpack)) {
  console.log('ingest-read skipped: ../shared/corpus is absent and no folder was given.');
  process.exit(0);
}
const dir = process.argv[2] ?? execFileSync(unpack, { encoding: 'utf8' }).trim();
const files = fg.sync('**/*.txt', { cwd: dir }).sort();
const stdin = Readable.from([]);
const ways = {
  'readInput, one at a time': async () => {
    for (const f of files) await readInput(f, dir, stdin);
  },
  'readInput, 32 started at once': async () => {
    for (let i = 0; i < files.length; i += 32) await Promise.all(files.slice(i, i + 32).map((f) => readInput(f, dir, stdin)));
  },
  readFileSync: async () => {
    for (const f of files) readFileSync(path.join(dir, f));
  },
};
for (let round = 0; round < 2; round++) {
  for (const [name, run] of Object.entries(ways)) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await run();
    const c = process.cpuUsage(c0);
    if (round === 1) console.log(`- ${name}: ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${((c.user + c.system) / 1e6).toFixed(2)} s CPU (${files.length} files)`);
  }
}
