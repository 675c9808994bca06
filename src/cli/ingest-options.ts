import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { OutputFormat } from '../core/types.js';
import { parseRuleLevel, type Level } from '../core/rule-levels.js';
import { parseShard } from '../io/shard.js';
import type { IngestOptions } from './commands/ingest.js';
import { configOptions, mergeConfig } from './config-merge.js';
import { write } from '../io/streams.js';
import type { Io } from './process-io.js';

/** A whole number written in decimal digits from 1 to `max` ("1e3", "0x10", " 4" are refused). */
function positiveInt(flag: string, max: number) {
  return (value: string): number => {
    const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= max)) throw new UsageError(`${flag} expects a whole number from 1 to ${max}, not "${value}".`);
    return n;
  };
}

/** `--rule RULE=LEVEL`, repeatable: the levels so far plus this one. */
function ruleLevel(spec: string, previous?: Record<string, Level>): Record<string, Level> {
  try {
    const [rule, level] = parseRuleLevel(spec);
    return { ...previous, [rule]: level };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The batch-engine flags of `tanqih ingest` (inputs, concurrency, shards, incremental runs, reporting, config). */
export function batchOptions(): Option[] {
  return [
    new Option('-j, --concurrency <n>', 'worker threads (default: available cores; at most 4 per core are started)').argParser(positiveInt('--concurrency', 256)),
    new Option('--files-from <file>', 'read input paths from FILE, one per line (- for stdin)'),
    new Option('-0, --null', '--files-from paths are NUL-separated (find -print0)'),
    new Option('--ignore-path <file>', 'gitignore-syntax file of paths to skip (default: .tanqihignore if present)'),
    new Option('--shard <i/n>', 'process only shard i of n (split by a hash of each relative path)').argParser(parseShard),
    new Option('--check', 'with --out: list stale inputs and exit 1 if any, writing nothing'),
    new Option('--prune', 'with --out: remove outputs whose input disappeared or now fails (never after a read error)'),
    new Option('--force', 'with --prune: prune even when no input file was found (removes every output)'),
    new Option('--fsync', 'with --out: fsync each output, its folder, the manifest and the report (survives a power cut)'),
    new Option('--stdin-format <format>', 'raw: stdin is one article; jsonl: {"path","text"} or {"path","bytes_b64"} lines').choices(['raw', 'jsonl']).default('raw'),
    new Option('--report <file>', 'write a JSON report of the run (per-file status, encoding, messages; totals)'),
    new Option('-q, --quiet', 'no progress line and no summary line'),
    new Option('--errors-only', 'print errors only; warnings are still counted (summary, --max-warnings)'),
    new Option('--verbose', 'print the notes too (facts a record keeps, e.g. segment/no-title)'),
    new Option('--rule <rule=level>', 'show a rule\'s messages at this level: off, note, warning or error (repeatable)').argParser(ruleLevel),
    new Option('--template <file>', 'use this folder template (tanqih learn) for every file'),
    new Option('--no-template', 'learn no folder template (default: learned from a sample of folders of 20+ files)'),
    new Option('--no-color', 'no colour on stderr (also NO_COLOR=1)'),
    ...configOptions(),
    new Option('--print-config', 'print the options in effect (config file merged with flags) and exit'),
  ];
}

/** The `ingest` action: merges config and flags, then runs (or prints the merged options). */
export async function ingestAction(paths: string[], cmd: Command, io: Io, tool: string): Promise<number> {
  const config = await mergeConfig(cmd, io.cwd());
  // a config's `out` is a default for file runs: JSON Lines from stdin go to stdout (unless --out is given, and refused)
  if (cmd.getOptionValue('stdinFormat') === 'jsonl' && cmd.getOptionValueSource('out') === 'config') cmd.setOptionValueWithSource('out', undefined, 'default');
  const opts = cmd.opts<Record<string, unknown>>();
  const format = (opts.format as OutputFormat | undefined) ?? (opts.out !== undefined ? 'json' : 'jsonl');
  const options = { ...opts, format, tool } as IngestOptions;
  if (opts.printConfig === true) {
    const shown: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(options)) if (!['printConfig', 'config', 'tool'].includes(k)) shown[k] = v;
    await write(io.stdout, JSON.stringify({ configFile: config?.file ?? null, options: shown }, null, 2) + '\n');
    return 0;
  }
  if (paths.length === 0 && opts.filesFrom === undefined && opts.stdinFormat !== 'jsonl' && (io.stdin as { isTTY?: boolean }).isTTY === true) {
    // nothing to read but the terminal: say how to use it instead of waiting for typed text
    await write(io.stderr, `${cmd.helpInformation()}\ntanqih: ingest needs paths (files, folders, globs), or - to read the terminal.\n`);
    return 64;
  }
  // loaded here, not at start-up: the batch engine is most of the CLI's code, and other commands never need it
  const { runIngest } = await import('./commands/ingest.js');
  return runIngest(paths, options, io);
}
