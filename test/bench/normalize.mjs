// `npm run bench:normalize`: `tanqih normalize` against the floor (read the file as text, write it back), as whole
// processes on the same >= 50 MB corpus of real articles, in the same run; then peak RSS on a 1 GB input.
//   node test/bench/normalize.mjs [--runs N] [--no-big]
// Wall time is noisy on a shared 2-core machine, so CPU time (user + system) is reported next to it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, openSync, closeSync, readdirSync, readFileSync, statSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const big = !args.includes('--no-big');
const unpack = path.resolve(root, '../shared/corpus/unpack-bulk.sh');
if (!existsSync(unpack)) {
  console.log(`bench:normalize skipped: ${unpack} is absent (the bulk corpus lives in ../shared).`);
  process.exit(0);
}

const work = path.join(os.tmpdir(), 'tanqih-bench');
mkdirSync(work, { recursive: true });
const corpus = path.join(work, 'normalize-corpus.txt');
const minBytes = 50 << 20;

function listTxt(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTxt(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** Concatenates the real articles (a line break between files) until the corpus is at least 50 MB. */
async function buildCorpus() {
  if (existsSync(corpus) && statSync(corpus).size >= minBytes) return;
  const bulk = execFileSync(unpack, { encoding: 'utf8' }).trim();
  const out = createWriteStream(corpus);
  let size = 0;
  for (let pass = 0; size < minBytes; pass++) {
    for (const f of listTxt(bulk)) {
      const b = readFileSync(f);
      out.write(b);
      out.write('\n');
      size += b.length + 1;
      if (size >= minBytes && pass > 0) break; // every file once, then more only if still short
    }
  }
  await new Promise((r) => out.end(r));
}

const tanqih = path.join(root, 'bin/tanqih.js');
const commands = {
  floor: [path.join(root, 'test/bench/helpers/floor-copy.mjs')],
  display: [tanqih, 'normalize', '--profile', 'display'],
  search: [tanqih, 'normalize', '--profile', 'search'],
};

/** Runs one command on a file with stdout to /dev/null; wall ms, CPU ms, peak RSS KB. */
function measure(argv, file) {
  const devnull = openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(root, 'test/bench/helpers/rusage.cjs'), ...argv, file], {
    stdio: ['ignore', devnull, 'inherit', 'pipe'],
    maxBuffer: 1 << 20,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(devnull);
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited with ${r.status}`);
  return { wallMs, ...JSON.parse(r.output[3].toString()) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbs = (bytes, ms) => bytes / (1 << 20) / (ms / 1000);

await buildCorpus();
const size = statSync(corpus).size;
console.log(`corpus: ${corpus}, ${(size / (1 << 20)).toFixed(1)} MB; ${runs} runs each, interleaved; node ${process.version}, ${os.cpus().length} cores`);
const results = { floor: [], display: [], search: [] };
for (let r = 0; r < runs; r++) for (const [name, argv] of Object.entries(commands)) results[name].push(measure(argv, corpus));

const floorWall = median(results.floor.map((x) => x.wallMs));
const floorCpu = median(results.floor.map((x) => x.cpuMs));
console.log('\n| command | median wall MB/s | ratio to floor | median CPU MB/s | CPU ratio to floor | peak RSS MB |');
console.log('|---|---|---|---|---|---|');
for (const [name, xs] of Object.entries(results)) {
  const w = median(xs.map((x) => x.wallMs));
  const c = median(xs.map((x) => x.cpuMs));
  const rss = Math.max(...xs.map((x) => x.maxRssKb)) / 1024;
  console.log(`| ${name} | ${mbs(size, w).toFixed(1)} | ${(floorWall / w).toFixed(2)} | ${mbs(size, c).toFixed(1)} | ${(floorCpu / c).toFixed(2)} | ${rss.toFixed(0)} |`);
}

if (big) {
  const gb = path.join(work, 'normalize-1gb.txt');
  if (!existsSync(gb) || statSync(gb).size < 1 << 30) {
    const out = createWriteStream(gb);
    const chunk = readFileSync(corpus);
    for (let n = 0; n < 1 << 30; n += chunk.length) if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
    await new Promise((r) => out.end(r));
  }
  const gbSize = statSync(gb).size;
  console.log(`\n1 GB input (${(gbSize / (1 << 20)).toFixed(0)} MB, the corpus repeated), one run each; the floor streams (one string cannot hold 1 GB):`);
  console.log('| command | wall MB/s | ratio to floor | CPU MB/s | CPU ratio to floor | peak RSS MB |');
  console.log('|---|---|---|---|---|---|');
  const bigRuns = { 'floor (streaming)': [path.join(root, 'test/bench/helpers/floor-stream.mjs')], display: commands.display, search: commands.search };
  let floorBig = null;
  for (const [name, argv] of Object.entries(bigRuns)) {
    const m = measure(argv, gb);
    floorBig ??= m;
    const ratio = (a, b) => (a / b).toFixed(2);
    console.log(`| ${name} | ${mbs(gbSize, m.wallMs).toFixed(1)} | ${ratio(floorBig.wallMs, m.wallMs)} | ${mbs(gbSize, m.cpuMs).toFixed(1)} | ${ratio(floorBig.cpuMs, m.cpuMs)} | ${(m.maxRssKb / 1024).toFixed(0)} |`);
  }
  if (process.env.KEEP_BENCH_FILES !== '1') rmSync(gb);
}
