// `npm run bench:ingest`: the batch engine on the real bulk corpus (41,191 articles), against a floor measured in the
// same run. Prints a Markdown table for BENCHMARKS.md. Skips with a message when ../shared is absent.
//   npm run bench:ingest [-- --runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const unpack = path.join(root, '../shared/corpus/unpack-bulk.sh');
if (!existsSync(unpack)) {
  console.log('bench:ingest skipped: ../shared/corpus is absent (the bulk corpus is not in this checkout).');
  process.exit(0);
}
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const bulk = execFileSync(unpack, { encoding: 'utf8' }).trim();
const tmp = process.env.TMPDIR ?? '/tmp';
const bin = path.join(root, 'bin/tanqih.js');
// the CLI with its test and benchmark seams (TANQIH_READ_IN=main); the shipped bin reads no such variable
const testBin = path.join(root, 'test/helpers/tanqih-test-bin.mjs');
const floor = path.join(root, 'test/bench/ingest-floor.mjs');
const stages = path.join(root, 'test/bench/ingest-stages.mjs');

/** The bulk corpus four times over (hard links under four folders): same files, four times the count. */
function makeFourfold() {
  const dest = path.join(tmp, 'tanqih-bulk-4x');
  if (existsSync(path.join(dest, '.done'))) return dest;
  rmSync(dest, { recursive: true, force: true });
  const walk = (dir, rel) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), path.join(rel, e.name));
      else if (e.name.endsWith('.txt')) for (let k = 1; k <= 4; k++) {
        const to = path.join(dest, `copy${k}`, rel);
        mkdirSync(to, { recursive: true });
        linkSync(path.join(dir, e.name), path.join(to, e.name));
      }
    }
  };
  walk(bulk, '');
  execFileSync('touch', [path.join(dest, '.done')]);
  return dest;
}

/** Runs a command under /usr/bin/time; stdout to a file or /dev/null. Returns wall seconds and peak RSS (MB). */
function measure(cmd, args, { stdout = '/dev/null', env = {} } = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'sh', '-c', `"$0" "$@" > '${stdout}' 2>/dev/null`, cmd, ...args], {
    env: { ...process.env, CI: 'true', ...env },
    encoding: 'utf8',
  });
  const [wall, kb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, rss: kb / 1024, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');

const node = process.execPath;
const four = makeFourfold();
const cases = {
  floor: () => measure(node, [floor, bulk]),
  stages: () => measure(node, [stages, bulk]),
  default: () => measure(node, [bin, 'ingest', bulk, '-q']),
  search: () => measure(node, [bin, 'ingest', bulk, '-q', '--profile', 'search']),
  c1: () => measure(node, [bin, 'ingest', bulk, '-q', '--concurrency', '1']),
  readMain: () => measure(node, [testBin, 'ingest', bulk, '-q'], { env: { TANQIH_READ_IN: 'main' } }),
  // memory on four times the files, interleaved with the 1× runs so both see the same machine
  four: () => measure(node, [bin, 'ingest', four, '-q']),
};
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [k, f] of Object.entries(cases)) results[k].push(f());

// --out: a first run into an empty folder, then a re-run with nothing changed.
const out = path.join(tmp, 'tanqih-bench-out');
const first = [];
const again = [];
for (let i = 0; i < runs; i++) {
  rmSync(out, { recursive: true, force: true });
  first.push(measure(node, [bin, 'ingest', bulk, '-q', '--out', out]));
  again.push(measure(node, [bin, 'ingest', bulk, '-q', '--out', out]));
}

// Output identical whatever the concurrency.
const a = path.join(tmp, 'tanqih-bench-c1.jsonl');
const b = path.join(tmp, 'tanqih-bench-cN.jsonl');
measure(node, [bin, 'ingest', bulk, '-q', '--concurrency', '1'], { stdout: a });
measure(node, [bin, 'ingest', bulk, '-q'], { stdout: b });
const identical = sha(a) === sha(b) && statSync(a).size > 0;

const rss4 = results.four;
const medianRss = (rs) => median(rs.map((r) => r.rss));

const fl = median(results.floor.map((r) => r.wall));
const row = (name, cmd, rs) => {
  const w = median(rs.map((r) => r.wall));
  const cpu = median(rs.map((r) => r.cpu));
  return `| ${name} | \`${cmd}\` | ${w.toFixed(2)} s | ${(w / fl).toFixed(2)}× | ${cpu.toFixed(1)} s | ${Math.max(...rs.map((r) => r.rss)).toFixed(0)} MB |`;
};
const lines = [
  `Bulk corpus: ${bulk} (41,191 files); ${runs} runs each, interleaved; medians; peak RSS = max over runs. CI=true, stdout to /dev/null.`,
  '',
  '| case | command | wall (median) | × floor | CPU user+sys (median) | peak RSS |',
  '|---|---|---|---|---|---|',
  row('floor', 'node test/bench/ingest-floor.mjs BULK', results.floor),
  row('stages alone, one thread, no engine', 'node test/bench/ingest-stages.mjs BULK', results.stages),
  row('default profile', 'tanqih ingest BULK -q', results.default),
  row('search profile', 'tanqih ingest BULK -q --profile search', results.search),
  row('one thread', 'tanqih ingest BULK -q --concurrency 1', results.c1),
  row('reads on main thread', 'TANQIH_READ_IN=main test/helpers/tanqih-test-bin.mjs ingest BULK -q', results.readMain),
  row('--out, first run', 'tanqih ingest BULK -q --out OUT', first),
  row('--out, unchanged re-run', 'tanqih ingest BULK -q --out OUT (again)', again),
  row('4× corpus (164,764 files)', 'tanqih ingest BULK4 -q', rss4),
  '',
  `- default / stages alone (wall): ${(median(results.default.map((r) => r.wall)) / median(results.stages.map((r) => r.wall))).toFixed(2)} (2 threads: 0.5 would be perfect scaling)`,
  `- unchanged re-run / first run: ${((100 * median(again.map((r) => r.wall))) / median(first.map((r) => r.wall))).toFixed(1)} %`,
  `- peak RSS 4× / 1×: ${(medianRss(rss4) / medianRss(results.default)).toFixed(2)} (medians ${medianRss(rss4).toFixed(0)} / ${medianRss(results.default).toFixed(0)} MB; max over runs ${(Math.max(...rss4.map((r) => r.rss)) / Math.max(...results.default.map((r) => r.rss))).toFixed(2)})`,
  `- output byte-identical for --concurrency 1 and the default: ${identical ? 'yes' : 'NO'}`,
  `- machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
];
console.log(lines.join('\n'));
