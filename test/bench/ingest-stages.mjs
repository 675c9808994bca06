// The stages alone, for `npm run bench:ingest`: one thread globs, reads each file, runs processBytes and writes the
// JSON line, with no engine around it. tanqih's wall time divided by this one shows what the engine adds (or, with
// two threads, saves): the stages' cost per article changes as they are rewritten; the engine's share should not.
//   node test/bench/ingest-stages.mjs DIR > out.jsonl
import { readFileSync } from 'node:fs';
import { processBytes } from '../../dist/core/pipeline.js';
import { writeJsonLines } from './helpers/jsonl-out.mjs';

writeJsonLines(process.argv[2], (p) => {
  const r = processBytes(p, readFileSync(p), {});
  return r.ok ? JSON.stringify(r.article) + '\n' : null;
});
