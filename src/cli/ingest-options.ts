import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { OutputFormat } from '../core/types.js';
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
  // loaded here, not at start-up: the batch engine is most of the CLI's code, and other commands never need it
  const { runIngest } = await import('./commands/ingest.js');
  return runIngest(paths, options, io);
}
