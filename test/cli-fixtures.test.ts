import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './helpers/cli.js';

// One test per folder in fixtures/cli: args.json (argv), input/**, expected.stdout, expected.stderr, expected.code.
// The CLI runs with the case folder as its working directory. UPDATE_FIXTURES=1 rewrites the expected files.
const casesDir = path.join(root, 'fixtures/cli');
const update = process.env.UPDATE_FIXTURES === '1';

function readOr(file: string, fallback: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : fallback;
}

describe('cli fixtures', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    it(name, async () => {
      const args = JSON.parse(readFileSync(path.join(dir, 'args.json'), 'utf8')) as string[];
      const stdin = existsSync(path.join(dir, 'stdin.txt')) ? readFileSync(path.join(dir, 'stdin.txt')) : '';
      const r = await runCli(args, { cwd: dir, input: stdin });
      // the summary line ends with the run's duration, which differs every run
      const stderr = r.stderr.replace(/ in \d+(?:\.\d+)? m?s$/gm, ' in <time>');
      if (update) {
        writeFileSync(path.join(dir, 'expected.stdout'), r.stdout);
        writeFileSync(path.join(dir, 'expected.stderr'), stderr);
        writeFileSync(path.join(dir, 'expected.code'), `${r.code}\n`);
      }
      expect(stderr).toBe(readOr(path.join(dir, 'expected.stderr'), ''));
      expect(r.stdout).toBe(readFileSync(path.join(dir, 'expected.stdout'), 'utf8'));
      expect(r.code).toBe(Number(readOr(path.join(dir, 'expected.code'), '0')));
    });
  }
});
