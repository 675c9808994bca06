// The stages alone, for `npm run bench:ingest`: one thread globs, reads each file, runs processBytes and writes the
// JSON line, with no engine around it. tanqih's wall time divided by this one shows what the engine adds (or, with
// two threads, saves): the stages' cost per article changes as they are rewritten; the engine's share should not.
//   node test/bench/ingest-stages.mjs DIR > out.jsonl
import { readFileSync, writeSync } from 'node:fs';
import fg from 'fast-glob';
import { processBytes } from '../../dist/core/pipeline.js';

const dir = process.argv[2];
const files = fg.sync('**/*.txt', { cwd: dir, dot: false }).sort();
let buf = [];
let size = 0;
for (const rel of files) {
  const p = `${dir}/${rel}`;
  const r = processBytes(p, readFileSync(p), {});
  if (!r.ok) continue;
  const line = JSON.stringify(r.article) + '\n';
  buf.push(line);
  size += line.length;
  if (size > 1 << 20) {
    writeSync(1, buf.join(''));
    buf = [];
    size = 0;
  }
}
writeSync(1, buf.join(''));
