// The floor for `npm run bench:ingest`: one thread globs the files, reads and UTF-8-decodes each, and writes
// JSON.stringify({path, text}) lines to stdout. Nothing tanqih does can cost less than this.
//   node test/bench/ingest-floor.mjs DIR > out.jsonl
import { readFileSync } from 'node:fs';
import { writeJsonLines } from './helpers/jsonl-out.mjs';

const decoder = new TextDecoder('utf-8');
writeJsonLines(process.argv[2], (p) => JSON.stringify({ path: p, text: decoder.decode(readFileSync(p)) }) + '\n');
