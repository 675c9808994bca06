#!/usr/bin/env node
// npm run eval: scores the built CLI on the labelled dev and train sets of ../shared (in sample: the line models
// were trained with them), then the leave-one-out figures (test/eval-loso.mjs: each source segmented by models
// trained without it, each synthetic layout family likewise). `--quick` skips the leave-one-out part;
// `--min X` fails when the dev score is below X; `--sizes 120,150,180` gives the leave-one-out figures at several
// training sizes, to show how much of a difference is the training's own noise. Skips (exit 0, with a message)
// when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const scorer = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const args = process.argv.slice(2);
if (!existsSync(scorer) || !existsSync(`${shared}dev`)) {
  console.log('eval: skipped — ../shared is not beside this clone.');
  process.exit(0);
}
const min = args.includes('--min') ? ['--min', args[args.indexOf('--min') + 1]] : [];
// TANQIH_EVAL_CORPUS scores one other folder of labelled files instead
const sets = process.env.TANQIH_EVAL_CORPUS ? [['corpus', process.env.TANQIH_EVAL_CORPUS]] : [['dev', `${shared}dev`], ['train', `${shared}train`]];
let status = 0;
for (const [name, corpus] of sets) {
  console.log(`== ${name} (in sample)`);
  const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, ...(name === 'dev' || name === 'corpus' ? min : [])], { cwd: root, stdio: 'inherit' });
  status ||= r.status ?? 1;
}
if (!args.includes('--quick') && !process.env.TANQIH_EVAL_CORPUS) {
  console.log('== leave-one-out');
  // --sizes 120,150,180 is passed on: the leave-one-out figures at several training sizes (their noise)
  const sizes = args.includes('--sizes') ? ['--sizes', args[args.indexOf('--sizes') + 1]] : [];
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('./eval-loso.mjs', import.meta.url)), ...sizes], { cwd: root, stdio: 'inherit' });
  status ||= r.status ?? 1;
}
process.exit(status);
