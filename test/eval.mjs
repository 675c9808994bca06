#!/usr/bin/env node
// npm run eval [-- --min 0.93]: scores the built CLI on the labelled dev corpus in ../shared.
// Skips (exit 0, with a message) when ../shared is absent, so a lone clone stays green.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const scorer = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
const corpus = process.env.TANQIH_EVAL_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url));
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.log(`eval: skipped — ${existsSync(scorer) ? corpus : scorer} not found (../shared is not beside this clone).`);
  process.exit(0);
}
const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
