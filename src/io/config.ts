import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { RunError } from '../core/errors.js';
import { isSupportedEncoding, unknownEncodingMessage } from '../decode/index.js';
import { parseSwitches } from '../normalize/index.js';
import { ruleLevelProblem } from '../core/rule-levels.js';
import { didYouMean } from '../core/suggest.js';
import { parseSize } from '../core/size.js';

/** Config file names, in the order they are looked for in each folder. */
export const configNames = ['tanqih.config.json', '.tanqihrc.json'] as const;

/** Options whose values are paths, made absolute against the config file's folder. */
const pathKeys = new Set(['out', 'ignorePath', 'report', 'rulesFile', 'template']);

interface PropSchema {
  type?: 'string' | 'boolean' | 'integer' | 'object' | ('string' | 'boolean' | 'integer')[];
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
}

/** The published JSON Schema (shipped as dist/io/config.schema.json); validation below reads it, so they never drift. */
export const configSchema = JSON.parse(readFileSync(new URL('./config.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, PropSchema>;
};

/** A loaded configuration: its file and its options. */
export interface LoadedConfig {
  file: string;
  options: Record<string, unknown>;
}

const EX_CONFIG = 78;

/** Problems of a `"rules"` object: each key a rule id, each value a level. */
function ruleLevelProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['"rules" must be an object of rule levels, e.g. {"segment/one-line": "off"}.'];
  const out: string[] = [];
  for (const [rule, level] of Object.entries(value)) {
    const p = ruleLevelProblem(rule, level);
    if (p !== null) out.push(p);
  }
  return out;
}

function sizeProblem(value: string | number): string[] {
  if (typeof value === 'number') return value >= 0 ? [] : ['"maxBytes" must not be negative.'];
  try {
    parseSize(value);
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}

function switchProblem(value: string): string[] {
  try {
    parseSwitches(value);
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}

/** Checks a parsed config against the schema (the subset it uses); returns one plain sentence per problem. */
export function validateConfig(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['The file must hold one JSON object.'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    // own keys only: "constructor" or "__proto__" are no options
    const s = Object.hasOwn(configSchema.properties, key) ? configSchema.properties[key] : undefined;
    if (s === undefined) {
      const known = Object.keys(configSchema.properties).filter((k) => k !== '$schema');
      problems.push(`Unknown option "${key}"${didYouMean(key, known)} (known: ${known.join(', ')}).`);
    } else if (s.enum !== undefined && !s.enum.includes(value as string)) {
      problems.push(`"${key}" must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}, not ${JSON.stringify(value)}${didYouMean(String(value), s.enum)}.`);
    } else if (Array.isArray(s.type)) {
      if (!s.type.some((t) => (t === 'integer' ? Number.isInteger(value) : typeof value === t))) problems.push(`"${key}" must be a ${s.type.join(' or a ')}, not ${JSON.stringify(value)}.`);
      else if (key === 'maxBytes') problems.push(...sizeProblem(value as string | number));
      else if (key === 'template' && value === true) problems.push('"template" is a file name, or false for none (a template is learned by default).');
    } else if (s.type === 'object') {
      problems.push(...ruleLevelProblems(value));
    } else if (s.type === 'integer' && !(Number.isInteger(value) && (value as number) >= (s.minimum ?? -Infinity) && (value as number) <= (s.maximum ?? Infinity))) {
      problems.push(`"${key}" must be an integer${s.minimum !== undefined ? ` from ${s.minimum}` : ''}${s.maximum !== undefined ? ` to ${s.maximum}` : ''}, not ${JSON.stringify(value)}.`);
    } else if ((s.type === 'string' || s.type === 'boolean') && typeof value !== s.type) {
      problems.push(`"${key}" must be a ${s.type}, not ${JSON.stringify(value)}.`);
    } else if (typeof value === 'string' && value.length < (s.minLength ?? 0)) {
      problems.push(`"${key}" must not be empty.`);
    } else if (key === 'encoding' && !isSupportedEncoding(value as string)) {
      problems.push(unknownEncodingMessage(value as string));
    } else if (key === 'normalize') {
      problems.push(...switchProblem(value as string));
    }
  }
  return problems;
}

/**
 * The nearest config file at or above `dir`, or null. The search stops at the repository's root (a folder holding
 * `.git`) and at the home folder, and never climbs into `/` or a top-level folder such as /tmp: a config there is
 * read only by runs started in that very folder, so a file dropped in /tmp does not reach every run below it.
 */
export async function findConfig(dir: string, home: string = homedir()): Promise<string | null> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of configNames) {
      const f = path.join(d, name);
      if ((await stat(f).catch(() => null))?.isFile()) return f;
    }
    const parent = path.dirname(d);
    if (parent === d || path.dirname(parent) === parent || d === home || (await stat(path.join(d, '.git')).catch(() => null)) !== null) return null;
  }
}

/** Reads and validates a config file; a bad one is a run error with exit code 78 (EX_CONFIG) naming the file. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  let data: unknown;
  try {
    data = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')); // a BOM (Windows editors) is no error
  } catch (err) {
    const why = err instanceof SyntaxError ? `it is not valid JSON (${err.message})` : `it cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    throw new RunError(`Bad config file ${file}: ${why}.`, EX_CONFIG);
  }
  const problems = validateConfig(data);
  if (problems.length > 0) throw new RunError(`Bad config file ${file}:\n  ${problems.join('\n  ')}`, EX_CONFIG);
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (k === '$schema') continue;
    options[k] = pathKeys.has(k) && typeof v === 'string' ? path.resolve(path.dirname(file), v) : v;
  }
  return { file, options };
}
