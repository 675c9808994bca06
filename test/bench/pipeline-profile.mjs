#!/usr/bin/env node
// npm run bench:pipeline — per-file CPU of each pipeline stage on the bulk corpus (../shared/corpus/unpack-bulk.sh),
// one thread, against a floor measured in the same run: readFileSync + TextDecoder('utf-8') + JSON.stringify({path,text}).
// Stages: (b) readInput alone (async, as the CLI reads), (b') readInputSync alone (when present), (c) decode() alone,
// (d) normalize() alone (display), (e) segment() alone, (f) processBytes + JSON.stringify (the whole per-file unit).
// Each is timed (process CPU time, user + system) over all files, 3 rounds, median reported with its ratio to the floor. Skips (exit 0) when ../shared
// is absent. `--profile` writes a V8 CPU profile of the (f) loop to /tmp/tanqih-pipeline.cpuprofile and prints the
// top self-time functions.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { processBytes } from '../../dist/core/pipeline.js';
import { decode } from '../../dist/decode/index.js';
import * as read from '../../dist/io/read.js';
import { normalize } from '../../dist/normalize/index.js';
import { segment } from '../../dist/segment/index.js';

const unpack = fileURLToPath(new URL('../../../shared/corpus/unpack-bulk.sh', import.meta.url));
if (!existsSync(unpack)) {
  console.log(`bench:pipeline skipped — ${unpack} not found (../shared is not beside this clone).`);
  process.exit(0);
}
const dir = execFileSync('bash', [unpack], { encoding: 'utf8' }).trim();
const files = (await fg('**/*', { cwd: dir, onlyFiles: true })).sort();
const rounds = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let sink = 0;

// inputs for the single-stage timings, computed once, untimed
const bytes = files.map((f) => readFileSync(`${dir}/${f}`));
const decodedTexts = bytes.map((b) => { try { return decode(b).text; } catch { return ''; } });
const normalizedTexts = decodedTexts.map((t) => normalize(t).text);
const mb = bytes.reduce((a, b) => a + b.length, 0) / 1e6;

const utf8 = new TextDecoder('utf-8');
const stdin = Readable.from([]);
const stages = {
  'floor: readFileSync + decode + stringify': () => {
    for (const f of files) sink += JSON.stringify({ path: f, text: utf8.decode(readFileSync(`${dir}/${f}`)) }).length;
  },
  'readInput (async)': async () => {
    for (const f of files) sink += (await read.readInput(f, dir, stdin, { root: '.' })).length;
  },
  ...(read.readInputSync
    ? { 'readInputSync': () => { for (const f of files) sink += read.readInputSync(f, dir, { root: '.' }).length; } }
    : {}),
  'decode()': () => {
    for (const b of bytes) { try { sink += decode(b).text.length; } catch { /* binary */ } }
  },
  'normalize() display': () => {
    for (const t of decodedTexts) sink += normalize(t).text.length;
  },
  'segment()': () => {
    for (const t of normalizedTexts) { try { sink += segment(t).blocks.length; } catch { /* empty */ } }
  },
  'processBytes + stringify': () => {
    for (let i = 0; i < files.length; i++) {
      const r = processBytes(files[i], bytes[i]);
      if (r.ok) sink += JSON.stringify(r.article).length;
    }
  },
};

const times = Object.fromEntries(Object.keys(stages).map((k) => [k, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, fn] of Object.entries(stages)) {
    // CPU time of the whole process (user + system, all threads): the machine is shared, wall time is noise
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    times[name].push((c.user + c.system) / 1000);
  }
}
const floor = median(times['floor: readFileSync + decode + stringify']);
console.log(`files: ${files.length} (${mb.toFixed(1)} MB), node ${process.version}, CPU ms (user + system), median of ${rounds} rounds, one thread`);
for (const [name, ts] of Object.entries(times)) {
  const m = median(ts);
  console.log(`${name.padEnd(42)} ${m.toFixed(0).padStart(6)} ms CPU  ${(m / floor).toFixed(2).padStart(5)}x floor  (${ts.map((x) => x.toFixed(0)).join(', ')})`);
}

if (process.argv.includes('--profile')) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  stages['processBytes + stringify']();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/tanqih-pipeline.cpuprofile', JSON.stringify(profile));
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id).callFrame;
    const key = `${n.functionName || '(anon)'} ${n.url.replace(/.*\/dist\//, '')}:${n.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('\nCPU profile of processBytes + stringify (self time, top 25): /tmp/tanqih-pipeline.cpuprofile');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${(v / 1000).toFixed(0).padStart(6)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
}
if (sink === -1) console.log(sink);
