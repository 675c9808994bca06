#!/usr/bin/env node
// npm run eval:synth [-- --per-family N --seed S]: renders the layout families (render.mjs), runs the built CLI
// once over them, and scores each family with the shared scorer. Skips cleanly without ../shared.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from './render.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scorer = fileURLToPath(new URL('../../../shared/eval/score.mjs', import.meta.url));
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const extra = opt('--cmd-args', '');

if (!existsSync(scorer)) {
  console.log('eval:synth: skipped — ../shared is not beside this clone.');
  process.exit(0);
}
const out = path.join(tmpdir(), `tanqih-synth-${process.pid}`);
const made = await render({ out, perFamily: Number(opt('--per-family', '60')), seed: Number(opt('--seed', '1')), only: opt('--families', null)?.split(','), legacy: Number(opt('--legacy', '0.15')) });
if (!made) {
  console.log('eval:synth: skipped — ../shared/corpus/records is not beside this clone.');
  process.exit(0);
}
const run = spawnSync(process.execPath, [path.join(root, 'bin/tanqih.js'), 'ingest', '--format', 'jsonl', '-q', ...extra.split(' ').filter(Boolean), out], { encoding: 'utf8', maxBuffer: 1 << 30 });
const records = path.join(out, 'records.jsonl');
writeFileSync(records, run.stdout);
const fields = ['title', 'sitename', 'date', 'body start', 'body end', 'boilerplate gone'];
console.log(`${'family'.padEnd(14)} ${fields.map((f) => f.slice(0, 9).padStart(9)).join(' ')}   score`);
const scores = [];
for (const family of execFileSync('ls', [out], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.endsWith('.jsonl'))) {
  const res = spawnSync(process.execPath, [scorer, '--corpus', path.join(out, family), '--output', records], { encoding: 'utf8' });
  const row = fields.map((f) => new RegExp(`^${f}\\s+([0-9.]+)`, 'm').exec(res.stdout)?.[1] ?? '-');
  const score = Number(/score: ([0-9.]+)/u.exec(res.stdout)?.[1] ?? 0);
  scores.push(score);
  console.log(`${family.padEnd(14)} ${row.map((x) => x.padStart(9)).join(' ')}   ${score.toFixed(3)}`);
}
console.log(`mean over families: ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(3)}`);
