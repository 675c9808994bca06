// `npm run bench:ingest`: the batch engine on the real bulk corpus (41,191 articles), against a floor measured in the
// same run, and how its cost grows (1×, 4× and 16× the corpus as hard links, one 1 GB file). Prints Markdown tables
// for BENCHMARKS.md. Skips with a message when ../shared is absent.
//   npm run bench:ingest [-- --runs 3] [--no-scale] [--no-big]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const unpack = path.join(root, '../shared/corpus/unpack-bulk.sh');
if (!existsSync(unpack)) {
  console.log('bench:ingest skipped: ../shared/corpus is absent (the bulk corpus is not in this checkout).');
  process.exit(0);
}
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const scale = !args.includes('--no-scale');
const big = !args.includes('--no-big');
const bulk = execFileSync(unpack, { encoding: 'utf8' }).trim();
const tmp = process.env.TMPDIR ?? '/tmp';
const bin = path.join(root, 'bin/tanqih.js');
const floor = path.join(root, 'test/bench/ingest-floor.mjs');
const stages = path.join(root, 'test/bench/ingest-stages.mjs');
const node = process.execPath;

/** Every .txt file under a folder, with its size. */
function walk(dir, rel = '', out = []) {
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) walk(dir, r, out);
    else if (e.name.endsWith('.txt')) out.push(r);
  }
  return out;
}
const files = walk(bulk);
const bytes = files.reduce((n, f) => n + statSync(path.join(bulk, f)).size, 0);

/** The bulk corpus `k` times over (hard links under k folders): same files, k times the count. */
function copies(k) {
  const dest = path.join(tmp, `tanqih-bulk-${k}x`);
  if (existsSync(path.join(dest, '.done'))) return dest;
  rmSync(dest, { recursive: true, force: true });
  for (let c = 1; c <= k; c++) {
    for (const f of files) {
      const to = path.join(dest, `copy${c}`, f);
      mkdirSync(path.dirname(to), { recursive: true });
      linkSync(path.join(bulk, f), to);
    }
  }
  execFileSync('touch', [path.join(dest, '.done')]);
  return dest;
}

/** One file of at least 1 GiB: the corpus's articles one after another, again and again. */
async function gigabyte() {
  const file = path.join(tmp, 'tanqih-bench', 'ingest-1gb.txt');
  if (existsSync(file) && statSync(file).size >= 1 << 30) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const all = Buffer.concat(files.map((f) => readFileSync(path.join(bulk, f))));
  for (let n = 0; n < 1 << 30; n += all.length) if (!out.write(all)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
  return file;
}

/** Runs a command under /usr/bin/time; stdout to a file or /dev/null. Returns wall seconds, CPU seconds and peak RSS (MB). */
function measure(cmd, argv, { stdout = '/dev/null' } = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'sh', '-c', `"$0" "$@" > '${stdout}' 2>/dev/null`, cmd, ...argv], {
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
  });
  const [wall, kb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, rss: kb / 1024, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const loads = [load()];

// --out: each first run writes into a folder of its own; the folders are removed only at the end. Removing 41,000
// files just before a run makes ext4 skip every recently freed inode when the run creates its own (recently_deleted()
// in the kernel's inode allocator), which triples the run's system time: a cost of the benchmark, not of tanqih.
const outs = [];
const freshOut = () => {
  const o = path.join(tmp, `tanqih-bench-out-${process.pid}-${outs.length}`);
  outs.push(o);
  return o;
};
let lastOut = null;
const cases = {
  floor: () => measure(node, [floor, bulk]),
  stages: () => measure(node, [stages, bulk]),
  default: () => measure(node, [bin, 'ingest', bulk, '-q']),
  search: () => measure(node, [bin, 'ingest', bulk, '-q', '--profile', 'search']),
  c1: () => measure(node, [bin, 'ingest', bulk, '-q', '--concurrency', '1']),
  c2: () => measure(node, [bin, 'ingest', bulk, '-q', '--concurrency', '2']),
  out: () => measure(node, [bin, 'ingest', bulk, '-q', '--out', (lastOut = freshOut())]),
  again: () => measure(node, [bin, 'ingest', bulk, '-q', '--out', lastOut]),
};
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [k, f] of Object.entries(cases)) results[k].push(f());
loads.push(load());

// How cost grows: 1×, 4× and 16× the files (hard links), interleaved, each once per run.
const scaled = [];
if (scale) {
  const dirs = [[1, bulk], [4, copies(4)], [16, copies(16)]];
  for (const [k, dir] of dirs) scaled.push({ k, dir, rs: [] });
  for (let i = 0; i < Math.min(runs, 2); i++) for (const s of scaled) s.rs.push(measure(node, [bin, 'ingest', s.dir, '-q']));
  loads.push(load());
}

// One 1 GB file: normalize streams it; ingest refuses it by default (--max-bytes 64M) without reading it.
const bigRows = [];
if (big) {
  const gb = await gigabyte();
  const size = statSync(gb).size;
  bigRows.push(['normalize --profile display', measure(node, [bin, 'normalize', '--profile', 'display', gb]), size]);
  bigRows.push(['normalize --profile search', measure(node, [bin, 'normalize', '--profile', 'search', gb]), size]);
  bigRows.push(['ingest (default --max-bytes 64M: refused unread)', measure(node, [bin, 'ingest', gb, '-q']), size]);
  if (process.env.KEEP_BENCH_FILES !== '1') rmSync(gb);
  loads.push(load());
}

// Output identical whatever the concurrency.
const a = path.join(tmp, 'tanqih-bench-c1.jsonl');
const b = path.join(tmp, 'tanqih-bench-cN.jsonl');
measure(node, [bin, 'ingest', bulk, '-q', '--concurrency', '1'], { stdout: a });
measure(node, [bin, 'ingest', bulk, '-q'], { stdout: b });
const identical = sha(a) === sha(b) && statSync(a).size > 0;
for (const o of outs) rmSync(o, { recursive: true, force: true });

const mb = bytes / 1e6;
const w = (rs) => median(rs.map((r) => r.wall));
const fl = w(results.floor);
const row = (name, cmd, rs, n = files.length, m = mb) => {
  const wall = w(rs);
  const cpu = median(rs.map((r) => r.cpu));
  return `| ${name} | \`${cmd}\` | ${wall.toFixed(2)} s | ${(wall / fl).toFixed(2)}× | ${cpu.toFixed(1)} s | ${Math.round(n / wall)} | ${(m / wall).toFixed(1)} | ${Math.max(...rs.map((r) => r.rss)).toFixed(0)} MB |`;
};
const header = ['| case | command | wall (median) | × floor | CPU user+sys (median) | files/s | MB/s | peak RSS |', '|---|---|---|---|---|---|---|---|'];
const lines = [
  `Bulk corpus: ${bulk} (${files.length} files, ${mb.toFixed(1)} MB); ${runs} runs each, interleaved; medians; peak RSS = max over runs. CI=true, stdout to /dev/null. Node ${process.version}.`,
  '',
  ...header,
  row('floor', 'node test/bench/ingest-floor.mjs BULK', results.floor),
  row('stages alone, one thread, no engine', 'node test/bench/ingest-stages.mjs BULK', results.stages),
  row('default profile (2 threads)', 'tanqih ingest BULK -q', results.default),
  row('search profile', 'tanqih ingest BULK -q --profile search', results.search),
  row('one thread', 'tanqih ingest BULK -q --concurrency 1', results.c1),
  row('two threads', 'tanqih ingest BULK -q --concurrency 2', results.c2),
  row('--out, first run', 'tanqih ingest BULK -q --out OUT (a new folder)', results.out),
  row('--out, unchanged re-run', 'tanqih ingest BULK -q --out OUT (again)', results.again),
  '',
  `- ingest / floor (wall): ${(w(results.default) / fl).toFixed(2)}`,
  `- 2-thread scaling, --concurrency 1 / --concurrency 2 (wall): ${(w(results.c1) / w(results.c2)).toFixed(2)}× (CPU ${median(results.c1.map((r) => r.cpu)).toFixed(1)} s / ${median(results.c2.map((r) => r.cpu)).toFixed(1)} s)`,
  `- --out first run / stdout run (wall): ${(w(results.out) / w(results.default)).toFixed(2)}`,
  `- unchanged re-run / first run: ${((100 * w(results.again)) / w(results.out)).toFixed(1)} %`,
  `- output byte-identical for --concurrency 1 and the default: ${identical ? 'yes' : 'NO'}`,
];
if (scaled.length > 0) {
  lines.push('', `How cost grows (\`tanqih ingest DIR -q\`, hard links; ${scaled[0].rs.length} run(s) each, interleaved, medians):`, '');
  lines.push('| corpus | files | MB | wall | files/s | MB/s | peak RSS |', '|---|---|---|---|---|---|---|');
  for (const s of scaled) {
    const wall = w(s.rs);
    lines.push(`| ${s.k}× | ${files.length * s.k} | ${(mb * s.k).toFixed(0)} | ${wall.toFixed(1)} s | ${Math.round((files.length * s.k) / wall)} | ${((mb * s.k) / wall).toFixed(1)} | ${Math.max(...s.rs.map((r) => r.rss)).toFixed(0)} MB |`);
  }
}
if (bigRows.length > 0) {
  lines.push('', 'One 1 GB file (the corpus repeated), one run each:', '', '| command | wall | MB/s | CPU | peak RSS |', '|---|---|---|---|---|');
  for (const [name, m, size] of bigRows) lines.push(`| \`tanqih ${name}\` | ${m.wall.toFixed(1)} s | ${(size / 1e6 / m.wall).toFixed(1)} | ${m.cpu.toFixed(1)} s | ${m.rss.toFixed(0)} MB |`);
}
lines.push('', `- machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores; load average (1, 5, 15 min) at the start, after each part: ${loads.join(' → ')}`);
console.log(lines.join('\n'));
