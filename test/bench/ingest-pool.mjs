// Thread pools compared on the same work: the engine's WorkerPool (node:worker_threads directly) and piscina 4.
// Same batches (32 files), same ordered window (4 per thread), 2 threads; medians of interleaved runs.
//   node test/bench/ingest-pool.mjs [DIR] [--runs 3]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { Piscina } from 'piscina';
import { WorkerPool } from '../../dist/batch/threads/pool.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const unpack = path.join(root, '../shared/corpus/unpack-bulk.sh');
const argDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
if (!argDir && !existsSync(unpack)) {
  console.log('ingest-pool skipped: ../shared/corpus is absent and no folder was given.');
  process.exit(0);
}
const dir = argDir ?? execFileSync(unpack, { encoding: 'utf8' }).trim();
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const threads = 2;
const options = { pipeline: {}, format: 'jsonl', toFiles: false, cwd: dir, hash: false };
const files = fg.sync('**/*.txt', { cwd: dir }).sort();
const batches = [];
for (let i = 0; i < files.length; i += 32) batches.push({ files: files.slice(i, i + 32).map((p) => ({ path: p })) });

async function ordered(exec) {
  const t0 = performance.now();
  let bytes = 0;
  const pending = [];
  for (const b of batches) {
    const p = exec(b);
    p.catch(() => {});
    pending.push(p);
    if (pending.length >= threads * 4) bytes += (await pending.shift()).out.byteLength;
  }
  for (const p of pending) bytes += (await p).out.byteLength;
  return { ms: performance.now() - t0, bytes };
}

const pools = {
  'worker_threads (WorkerPool)': async () => {
    const pool = new WorkerPool(threads, new URL('../../dist/batch/threads/worker.js', import.meta.url), options);
    const r = await ordered((b) => pool.run(b));
    await pool.close();
    return r;
  },
  'piscina 4': async () => {
    const pool = new Piscina({ filename: new URL('./ingest-piscina-worker.mjs', import.meta.url).href, minThreads: threads, maxThreads: threads, workerData: options });
    const r = await ordered((b) => pool.run(b));
    await pool.destroy();
    return r;
  },
};
const times = Object.fromEntries(Object.keys(pools).map((k) => [k, []]));
let size = null;
for (let i = 0; i < runs; i++) {
  for (const [name, run] of Object.entries(pools)) {
    const r = await run();
    times[name].push(r.ms);
    if (size !== null && r.bytes !== size) throw new Error(`${name} wrote ${r.bytes} bytes, not ${size}`);
    size = r.bytes;
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${files.length} files, ${batches.length} batches of 32, ${threads} threads, ${runs} interleaved runs (pool start included):`);
for (const [name, ts] of Object.entries(times)) console.log(`- ${name}: median ${(median(ts) / 1000).toFixed(2)} s (runs: ${ts.map((t) => (t / 1000).toFixed(2)).join(', ')})`);
