#!/usr/bin/env node
// Out-of-sample figures for the segmenter (npm run eval:loso):
//  - leave-one-source-out: every source of ../shared/corpus/dev and train (file-name prefix before _NNN) is
//    segmented by a line model trained without that source (and, for SNN-<paper>, without that paper's rendered
//    records); the records of all folds are scored together per set, and each source's own score is listed;
//  - leave-one-family-out: every synthetic layout family (test/synth) is segmented by a model trained without it.
// The hand-set parts hold no source-specific data, so they need no refitting. Skips cleanly without ../shared.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processBytes } from '../dist/core/pipeline.js';
import { toJsonLine } from '../dist/emit/jsonl.js';
import { render } from './synth/render.mjs';
import { sourceOf } from './train/sequences.mjs';
import { outside, train, trainingSet } from './train/train-lines.mjs';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const scorer = `${shared}eval/score.mjs`;
if (!existsSync(scorer) || !existsSync(`${shared}corpus/dev`)) {
  console.log('eval:loso: skipped — ../shared is not beside this clone.');
  process.exit(0);
}
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = args.includes('--quick');
// --sizes 120,150,180: the whole evaluation once per number of rendered records per family in training, then the
// means side by side. The perceptron's weights move with the size and order of its data, and so do these figures
// (a source's score by ±0.1, the mean by ±0.003): a change is real when it holds at every size.
const sizes = opt('--sizes', null);
if (sizes !== null) {
  const means = [];
  for (const n of sizes.split(',').map(Number)) {
    console.log(`== ${n} rendered records per family`);
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--per-family', String(n)], { encoding: 'utf8' });
    process.stdout.write(r.stdout);
    if (r.status !== 0) process.exit(r.status ?? 1);
    const [source, family] = [/mean over \d+ sources: ([0-9.]+)/u, /mean over \d+ families: ([0-9.]+)/u].map((re) => Number(re.exec(r.stdout)?.[1]));
    means.push([n, source, family]);
  }
  const avg = (k) => (means.reduce((a, m) => a + m[k], 0) / means.length).toFixed(3);
  const spread = (k) => (Math.max(...means.map((m) => m[k])) - Math.min(...means.map((m) => m[k]))).toFixed(3);
  console.log(`leave-one-source-out mean at ${means.map((m) => m[0]).join(' / ')} records per family: ${means.map((m) => m[1].toFixed(3)).join(' / ')} (average ${avg(1)}, spread ${spread(1)})`);
  console.log(`leave-one-family-out mean at the same sizes: ${means.map((m) => m[2].toFixed(3)).join(' / ')} (average ${avg(2)}, spread ${spread(2)})`);
  process.exit(0);
}
const perFamily = Number(opt('--per-family', quick ? 60 : 150));
const work = path.join(tmpdir(), `tanqih-loso-${process.pid}`);
mkdirSync(work, { recursive: true });

const all = await trainingSet({ perFamily });
const allPieces = await trainingSet({ perFamily, kind: 'one-line' });
/** Both models (lines and pieces) trained on what `keep` lets through. */
const models = (keep) => ({ model: train(all.filter(keep), {}), pieceModel: train(allPieces.filter(keep), {}) });
const files = ['dev', 'train'].flatMap((set) =>
  readdirSync(`${shared}corpus/${set}`).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ set, f, source: sourceOf(f), full: `${shared}corpus/${set}/${f}` })),
);

function score(corpus, output) {
  const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--output', output, '--json'], { encoding: 'utf8' });
  const rows = JSON.parse(r.stdout.slice(0, r.stdout.lastIndexOf(']') + 1));
  const fields = ['title', 'sitename', 'date', 'body start', 'body end', 'boilerplate gone'];
  const per = (row) => fields.filter((k) => row[k]).length / fields.length;
  return { rows, per, mean: rows.reduce((a, r) => a + per(r), 0) / rows.length, fields: Object.fromEntries(fields.map((k) => [k, rows.filter((r) => r[k]).length / rows.length])) };
}

// leave one source out
const records = [];
const sources = [...new Set(files.map((x) => x.source))];
for (const source of sources) {
  const fold = models((s) => outside(s, source));
  for (const x of files.filter((y) => y.source === source)) {
    const r = processBytes(x.f, readFileSync(x.full), fold);
    if (r.ok) records.push(toJsonLine(r.article));
  }
}
writeFileSync(path.join(work, 'loso.jsonl'), records.join(''));
console.log('leave-one-source-out (each source segmented by a model trained without it):');
const perSource = new Map();
for (const set of ['dev', 'train']) {
  const s = score(`${shared}corpus/${set}`, path.join(work, 'loso.jsonl'));
  console.log(`  ${set.padEnd(6)} score ${s.mean.toFixed(3)}   ${Object.entries(s.fields).map(([k, v]) => `${k} ${v.toFixed(3)}`).join('  ')}`);
  for (const row of s.rows) {
    const src = sourceOf(row.file);
    perSource.set(src, [...(perSource.get(src) ?? []), s.per(row)]);
  }
}
const means = [...perSource].map(([src, v]) => [src, v.reduce((a, b) => a + b, 0) / v.length, v.length]);
console.log(`  mean over ${means.length} sources: ${(means.reduce((a, m) => a + m[1], 0) / means.length).toFixed(3)}`);
console.log(`  ${means.map(([s, m, n]) => `${s} ${m.toFixed(2)} (${n})`).join(', ')}`);

// leave one layout family out
const synthDir = path.join(work, 'synth');
await render({ out: synthDir, perFamily: quick ? 30 : 60, seed: 1, legacy: 0.15 });
console.log('leave-one-family-out (each synthetic layout family segmented by a model trained without it):');
const famScores = [];
for (const family of readdirSync(synthDir).sort()) {
  const fold = models((s) => s.source !== `synth:${family}`);
  const dir = path.join(synthDir, family);
  const out = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => processBytes(f, readFileSync(path.join(dir, f)), fold)).filter((r) => r.ok).map((r) => toJsonLine(r.article));
  writeFileSync(path.join(dir, 'records.jsonl.out'), out.join(''));
  const s = score(dir, path.join(dir, 'records.jsonl.out'));
  famScores.push(s.mean);
  console.log(`  ${family.padEnd(12)} ${s.mean.toFixed(3)}   ${Object.entries(s.fields).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  ')}`);
}
console.log(`  mean over ${famScores.length} families: ${(famScores.reduce((a, b) => a + b, 0) / famScores.length).toFixed(3)}`);
rmSync(work, { recursive: true, force: true });
