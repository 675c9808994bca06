import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NormalizeStream, normalize, parseSwitches, resolveOps, type NormalizeOptions } from '../src/normalize/index.js';
import { root } from './helpers/cli.js';

// One test per folder in fixtures/normalize: input.txt, expected.txt, options.json ({profile, normalize: "+op,-op"}),
// and optionally changes.json (the exact counts). UPDATE_FIXTURES=1 rewrites expected.txt.
const casesDir = path.join(root, 'fixtures/normalize');
const update = process.env.UPDATE_FIXTURES === '1';

function optionsOf(dir: string): NormalizeOptions {
  const file = path.join(dir, 'options.json');
  if (!existsSync(file)) return {};
  const o = JSON.parse(readFileSync(file, 'utf8')) as { profile?: NormalizeOptions['profile']; normalize?: string };
  return { profile: o.profile, ...(o.normalize ? parseSwitches(o.normalize) : {}) };
}

/** The same text fed to the stream in small pieces, as the CLI reads it. */
function chunked(text: string, options: NormalizeOptions, size: number): string {
  const bytes = Buffer.from(text, 'utf8');
  const s = new NormalizeStream(resolveOps(options.profile ?? 'display', options));
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...s.push(bytes.subarray(i, i + size)));
  out.push(...s.end());
  return Buffer.concat(out).toString('utf8');
}

describe('normalize fixtures', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    it(name, () => {
      const input = readFileSync(path.join(dir, 'input.txt'), 'utf8');
      const options = optionsOf(dir);
      const r = normalize(input, options);
      if (update) writeFileSync(path.join(dir, 'expected.txt'), r.text);
      expect(r.text).toBe(readFileSync(path.join(dir, 'expected.txt'), 'utf8'));
      if (existsSync(path.join(dir, 'changes.json'))) {
        const counts = JSON.parse(readFileSync(path.join(dir, 'changes.json'), 'utf8')) as Record<string, number>;
        for (const [op, n] of Object.entries(counts)) expect(r.changes[op], op).toBe(n);
      }
      expect(normalize(r.text, options).text).toBe(r.text);
      for (const size of [1, 3, 7]) expect(chunked(input, options, size)).toBe(r.text);
    });
  }
});
