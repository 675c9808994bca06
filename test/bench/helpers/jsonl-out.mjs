// One loop for the one-thread bench scripts (the floor, the stages alone): globs DIR's .txt files in sorted order,
// turns each into one JSON line with `lineOf(path)` (null: no line), and writes the lines to stdout in 1 MB pieces.
import { writeSync } from 'node:fs';
import fg from 'fast-glob';

export function writeJsonLines(dir, lineOf) {
  const files = fg.sync('**/*.txt', { cwd: dir, dot: false }).sort();
  let buf = [];
  let size = 0;
  for (const rel of files) {
    const line = lineOf(`${dir}/${rel}`);
    if (line === null) continue;
    buf.push(line);
    size += line.length;
    if (size > 1 << 20) {
      writeSync(1, buf.join(''));
      buf = [];
      size = 0;
    }
  }
  writeSync(1, buf.join(''));
}
