#!/usr/bin/env node
// npm run bench:segment — segmentation speed on the bulk corpus (../shared/corpus/unpack-bulk.sh).
// Decoding and normalising are done first and not timed; then segment() runs over every article, 5 rounds,
// against a floor measured in the same run (split into lines + trim each line: the least any line-based
// segmenter does). Prints medians and the ratio, and the spread over articles (median, 90th and 99th
// percentile of one round with each call timed). Skips (exit 0) when ../shared is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { decode } from '../../dist/decode/index.js';
import { normalize } from '../../dist/normalize/index.js';
import { segment } from '../../dist/segment/index.js';

const unpack = fileURLToPath(new URL('../../../shared/corpus/unpack-bulk.sh', import.meta.url));
if (!existsSync(unpack)) {
  console.log(`bench:segment skipped — ${unpack} not found (../shared is not beside this clone).`);
  process.exit(0);
}
const dir = execFileSync('bash', [unpack], { encoding: 'utf8' }).trim();
const files = (await fg('**/*.txt', { cwd: dir, absolute: true })).sort();
const texts = files.map((f) => normalize(decode(readFileSync(f)).text).text);
const mb = texts.reduce((a, t) => a + t.length, 0) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time of this process (user + system), not wall time: on a shared machine the wall clock counts the others
const time = (fn) => {
  const t0 = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / 1000;
};
let sink = 0;
const seg = [];
const floor = [];
for (let round = 0; round < 5; round++) {
  floor.push(time(() => { for (const t of texts) for (const l of t.split('\n')) sink += l.trim().length; }));
  seg.push(time(() => { for (const t of texts) sink += segment(t).blocks.length; }));
}
// the spread over articles: one more round, each call timed alone (hrtime: wall time, but a preempted call is one
// article among 41,000, so the median and the 90th percentile hold)
const each = new Float64Array(texts.length);
texts.forEach((t, i) => {
  const t0 = process.hrtime.bigint();
  sink += segment(t).blocks.length;
  each[i] = Number(process.hrtime.bigint() - t0) / 1000;
});
each.sort();
const s = median(seg);
const f = median(floor);
console.log(`articles: ${texts.length} (${mb.toFixed(1)} M chars), node ${process.version}`);
console.log(`segment: median ${s.toFixed(0)} ms CPU = ${((s * 1000) / texts.length).toFixed(1)} µs/article (rounds: ${seg.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`per article (one round, each call timed): median ${each[each.length >> 1].toFixed(1)} µs, 90th percentile ${each[Math.floor(each.length * 0.9)].toFixed(1)} µs, 99th ${each[Math.floor(each.length * 0.99)].toFixed(1)} µs`);
console.log(`floor (split + trim lines): median ${f.toFixed(0)} ms; segment / floor = ${(s / f).toFixed(1)}x`);
const piece = 'طباعة ارسل لصديق 12 يناير 2020 المصدر: رويترز إقرأ المزيد تخطى الأكثر قراءة وواصل القراءة 26-05-2026 نص. ';
const one = piece.repeat(Math.ceil(2_500_000 / piece.length));
const fifth = one.slice(0, one.length / 5);
const big = median([0, 1, 2].map(() => time(() => segment(one))));
const small = median([0, 1, 2].map(() => time(() => segment(fifth))));
console.log(`one line of ${(one.length * 2 / 1e6).toFixed(1)} MB (UTF-16): median ${big.toFixed(0)} ms; 1/5 of it: ${small.toFixed(0)} ms (ratio ${(big / small).toFixed(1)}, linear = 5)`);
if (sink === -1) console.log(sink);
