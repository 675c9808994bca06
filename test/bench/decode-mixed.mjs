#!/usr/bin/env node
/**
 * Decode benchmark: a folder of N files mixing every encoding the decoder detects, and the same articles as plain
 * UTF-8. Runs `tanqih ingest` on both (alternating, median of --runs), counts wrong guesses (encoding name, BOM,
 * repair or text differing from the UTF-8 run; a binary file not refused), and times decode() against the floor
 * of a bare strict UTF-8 decode on the UTF-8 files.
 *
 *   npm run build && node test/bench/decode-mixed.mjs [--files 10000] [--runs 3] [--offset 0] [--dir /tmp/tanqih-decode-bench]
 *
 * Text: the real bulk corpus (../shared/corpus, unpacked to /tmp) when present, else our fixture articles.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, fixtureTexts, variants } from '../helpers/encode.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const total = Number(arg('files', '10000'));
const runs = Number(arg('runs', '3'));
const dir = arg('dir', '/tmp/tanqih-decode-bench');
/** Skip this many usable articles of the bulk corpus first, to try other text. */
const offset = Number(arg('offset', '0'));

function sourceTexts() {
  const unpack = path.join(root, '../shared/corpus/unpack-bulk.sh');
  if (existsSync(unpack)) {
    const bulk = execFileSync(unpack, { encoding: 'utf8' }).trim().split('\n').pop();
    const base = path.join(bulk, 'saudinewsnet/articles');
    const out = [];
    let seen = 0;
    for (const day of readdirSync(base).sort()) {
      for (const f of readdirSync(path.join(base, day)).sort()) {
        const text = readFileSync(path.join(base, day, f), 'utf8');
        // an empty article, or one without an Arabic letter, says nothing about its encoding
        if (/[\u0621-\u064a]/.test(text) && seen++ >= offset) out.push(text);
        if (out.length >= total) return { from: 'real bulk corpus (saudinewsnet)', texts: out };
      }
    }
    return { from: 'real bulk corpus (saudinewsnet)', texts: out };
  }
  console.log('../shared is absent: using the fixture articles instead of the bulk corpus');
  const texts = [...fixtureTexts().values()];
  // vary them: rotate the paragraphs so files differ
  const out = [];
  for (let i = 0; i < total; i++) {
    const t = texts[i % texts.length].split('\n');
    const k = Math.floor(i / texts.length) % t.length;
    out.push([...t.slice(k), ...t.slice(0, k)].join('\n'));
  }
  return { from: 'fixture articles', texts: out };
}

/** Made-up files that begin like real binaries (the decoder must refuse them). */
const binaries = [
  ['png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR')])],
  ['gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x5c, 0x3a, 0x11, 0x65, 0x00, 0x03, 0xcb, 0x48])],
  ['elf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)])],
  ['pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1')],
];

function newlines(text, i) {
  if (i % 5 === 1) return text.replace(/\r?\n/g, '\r\n');
  if (i % 11 === 2) return text.replace(/\r?\n/g, '\r');
  return text;
}

function generate(texts) {
  rmSync(dir, { recursive: true, force: true });
  const manifest = [];
  for (const kind of ['mixed', 'utf8']) mkdirSync(path.join(dir, kind), { recursive: true });
  for (let i = 0; i < total; i++) {
    const name = `f${String(i).padStart(5, '0')}.txt`;
    if (i % 500 === 250) {
      const [label, bytes] = binaries[(i / 500) | 0 % binaries.length] ?? binaries[0];
      for (const kind of ['mixed', 'utf8']) writeFileSync(path.join(dir, kind, name), bytes);
      manifest.push({ name, variant: `binary-${label}`, binary: true });
      continue;
    }
    const variant = variants[i % variants.length];
    const b = build(newlines(texts[i % texts.length], i), variant);
    // text that is plain ASCII in a page (an empty article, digits only) is the same bytes as UTF-8: so reported
    if (!/^utf-(16|32)|-bom$/.test(variant) && !/[^\x00-\x7f]/.test(b.text)) Object.assign(b, { name: 'utf-8', repaired: null });
    writeFileSync(path.join(dir, 'mixed', name), b.bytes);
    writeFileSync(path.join(dir, 'utf8', name), b.text);
    manifest.push({ name, variant, binary: false, expect: { name: b.name, bom: b.bom, repaired: b.repaired } });
  }
  return manifest;
}

/** One `tanqih ingest` run: wall time, and the child's CPU time (user + system) from /usr/bin/time when present. */
function ingest(kind) {
  const out = path.join(dir, `${kind}.jsonl`);
  const err = path.join(dir, `${kind}.stderr`);
  const timing = path.join(dir, `${kind}.time`);
  const fdOut = openSync(out, 'w');
  const fdErr = openSync(err, 'w');
  const cmd = [process.execPath, path.join(root, 'bin/tanqih.js'), 'ingest', path.join(dir, kind)];
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%U %S', '-o', timing, ...cmd] : cmd;
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(timed[0], timed.slice(1), { stdio: ['ignore', fdOut, fdErr] });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      closeSync(fdOut);
      closeSync(fdErr);
      const cpu = existsSync(timing) ? readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-2).reduce((a, x) => a + 1000 * Number(x), 0) : NaN;
      resolve({ ms, cpu, code, out, err });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function records(file) {
  const map = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    map.set(path.basename(r.path), r);
  }
  return map;
}

async function decodeFloor(manifest) {
  const { decode } = await import(path.join(root, 'dist/decode/index.js'));
  const files = manifest.filter((m) => !m.binary).map((m) => readFileSync(path.join(dir, 'utf8', m.name)));
  const strict = new TextDecoder('utf-8', { fatal: true });
  // CPU time of this process: less disturbed by other load on the machine than the wall clock
  const time = (fn) => {
    const c0 = process.cpuUsage();
    for (const b of files) fn(b);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const floor = [];
  const full = [];
  for (let k = 0; k < 7; k++) {
    floor.push(time((b) => strict.decode(b)));
    full.push(time((b) => decode(b)));
  }
  return { files: files.length, floorMs: median(floor), decodeMs: median(full) };
}

const { from, texts } = sourceTexts();
console.log(`generating ${total} files from the ${from} in ${dir} …`);
const manifest = generate(texts);
const times = { utf8: [], mixed: [] };
const cpus = { utf8: [], mixed: [] };
let last = {};
for (let r = 0; r < runs; r++) {
  for (const kind of ['utf8', 'mixed']) {
    last[kind] = await ingest(kind);
    times[kind].push(last[kind].ms);
    cpus[kind].push(last[kind].cpu);
  }
}
const mixed = records(last.mixed.out);
const utf8 = records(last.utf8.out);
const refused = new Set(
  readFileSync(last.mixed.err, 'utf8')
    .split('\n')
    .filter((l) => l.includes('(decode/binary)'))
    .map((l) => path.basename(l.split(':')[0])),
);
const wrong = [];
const perVariant = new Map();
for (const m of manifest) {
  const v = perVariant.get(m.variant) ?? { files: 0, wrong: 0 };
  v.files++;
  let why = null;
  if (m.binary) why = refused.has(m.name) && !mixed.has(m.name) ? null : 'binary not refused';
  else {
    const r = mixed.get(m.name);
    const ref = utf8.get(m.name);
    if (!r) why = 'no record';
    else if (r.encoding.name !== m.expect.name || r.encoding.bom !== m.expect.bom || r.encoding.repaired !== m.expect.repaired)
      why = `reported ${JSON.stringify(r.encoding)}, expected ${JSON.stringify(m.expect)}`;
    else if (!ref || r.text !== ref.text || r.title !== ref.title) why = 'text differs from the UTF-8 run';
  }
  if (why) {
    v.wrong++;
    wrong.push(`${m.name} (${m.variant}): ${why}`);
  }
  perVariant.set(m.variant, v);
}
const floor = await decodeFloor(manifest);
const mu = median(times.utf8);
const mm = median(times.mixed);
console.log(`\nfiles: ${total} (${from}); wrong guesses: ${wrong.length}`);
for (const [v, s] of perVariant) console.log(`  ${v.padEnd(16)} ${String(s.files).padStart(5)} files, ${s.wrong} wrong`);
for (const w of wrong.slice(0, 20)) console.log('  WRONG', w);
console.log(`\ningest, median of ${runs} (ms): utf-8 only ${mu.toFixed(0)}, mixed ${mm.toFixed(0)}; mixed/utf-8 = ${(mm / mu).toFixed(3)}`);
const cu = median(cpus.utf8);
const cm = median(cpus.mixed);
console.log(`ingest CPU time (user+sys), median of ${runs} (ms): utf-8 only ${cu.toFixed(0)}, mixed ${cm.toFixed(0)}; mixed/utf-8 = ${(cm / cu).toFixed(3)}`);
console.log(`  all runs utf-8: ${times.utf8.map((t) => t.toFixed(0)).join(', ')}; mixed: ${times.mixed.map((t) => t.toFixed(0)).join(', ')}`);
console.log(
  `decode() on the ${floor.files} UTF-8 files, median of 7 (ms): strict TextDecoder alone ${floor.floorMs.toFixed(1)}, ` +
    `decode() with detection ${floor.decodeMs.toFixed(1)} (CPU); detection adds ${(floor.decodeMs - floor.floorMs).toFixed(1)} ms ` +
    `= ${((100 * (floor.decodeMs - floor.floorMs)) / cu).toFixed(2)}% of the utf-8 ingest CPU time`,
);
process.exitCode = wrong.length === 0 ? 0 : 1;
