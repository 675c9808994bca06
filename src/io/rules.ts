import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { RunError } from '../core/errors.js';
import type { SegmentRules } from '../segment/index.js';

/** safe-regex2, loaded only when a rules file is read (every command parses --rules, few runs give it). */
let checker: ((re: string) => boolean) | null = null;
function safeRegex(): (re: string) => boolean {
  return (checker ??= createRequire(import.meta.url)('safe-regex2') as (re: string) => boolean);
}

const EX_CONFIG = 78;
const keys = ['sites', 'boilerplateLines', 'patterns', 'cutoffLines'] as const;

function fail(file: string, why: string): never {
  throw new RunError(`Bad rules file ${file}: ${why}`, EX_CONFIG);
}

/** Longer patterns are refused: a line pattern is a short label, and a long one is a slow one. */
const maxPatternLength = 300;

/**
 * A user pattern must compile as segmentation compiles it, and must not be able to take exponential time: patterns
 * with a quantifier inside a quantifier (`(a+)+`, star height > 1, the safe-regex test) are refused. That test misses
 * some slow patterns (overlapping alternatives, `(a|a)*`); segmentation bounds those by trying patterns only on lines
 * of at most 200 characters.
 */
function checkPattern(file: string, p: string): void {
  try {
    new RegExp(p, 'u');
  } catch (err) {
    fail(file, `pattern ${JSON.stringify(p)} is not a valid regular expression (${(err as Error).message})`);
  }
  if (p.length > maxPatternLength) fail(file, `pattern ${JSON.stringify(p.slice(0, 40))}… is longer than ${maxPatternLength} characters`);
  if (!safeRegex()(p)) fail(file, `pattern ${JSON.stringify(p)} can take exponential time (a repetition inside a repetition, like (a+)+); write it without the nested repetition`);
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
  for (const p of rules.patterns ?? []) checkPattern(file, p);
  return rules as SegmentRules;
}
