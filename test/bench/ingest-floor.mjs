// The floor for `npm run bench:ingest`: one thread globs the files, reads and UTF-8-decodes each, and writes
// JSON.stringify({path, text}) lines to stdout. Nothing tanqih does can cost less than this.
//   node test/bench/ingest-floor.mjs DIR > out.jsonl
import { readFileSync, writeSync } from 'node:fs';
import fg from 'fast-glob';

const dir = process.argv[2];
const files = fg.sync('**/*.txt', { cwd: dir, dot: false }).sort();
const decoder = new TextDecoder('utf-8');
let buf = [];
let size = 0;
for (const rel of files) {
  const p = `${dir}/${rel}`;
  const line = JSON.stringify({ path: p, text: decoder.decode(readFileSync(p)) }) + '\n';
  buf.push(line);
  size += line.length;
  if (size > 1 << 20) {
    writeSync(1, buf.join(''));
    buf = [];
    size = 0;
  }
}
writeSync(1, buf.join(''));
