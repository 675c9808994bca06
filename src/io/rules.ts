import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RunError } from '../core/errors.js';
import type { SegmentRules } from '../segment/index.js';

const EX_CONFIG = 78;
const keys = ['sites', 'boilerplateLines', 'patterns', 'cutoffLines'] as const;

function fail(file: string, why: string): never {
  throw new RunError(`Bad rules file ${file}: ${why}`, EX_CONFIG);
}

/**
 * Reads and checks a `--rules FILE` (JSON: `{"sites": [...], "boilerplateLines": [...], "patterns": [...],
 * "cutoffLines": [...]}`, every key optional). Throws a RunError with exit code 78 naming the file and the fault.
 */
export function readRulesFile(file: string, cwd: string = process.cwd()): SegmentRules {
  let raw: string;
  try {
    raw = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    fail(file, `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/u, ''));
  } catch (err) {
    fail(file, `not valid JSON (${(err as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(file, 'expected a JSON object');
  const rules: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(keys as readonly string[]).includes(key)) fail(file, `unknown key "${key}" (allowed: ${keys.join(', ')})`);
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
      fail(file, `"${key}" must be an array of non-empty strings`);
    }
    rules[key] = value as string[];
  }
  for (const p of rules.patterns ?? []) {
    try {
      new RegExp(p, 'u');
    } catch (err) {
      fail(file, `pattern ${JSON.stringify(p)} is not a valid regular expression (${(err as Error).message})`);
    }
  }
  return rules as SegmentRules;
}
