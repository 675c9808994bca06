import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../core/errors.js';
import type { PipelineOptions } from '../core/pipeline.js';
import type { OutputFormat } from '../core/types.js';
import type { FolderTemplate } from '../segment/index.js';
import { defaultGlob } from '../io/find-files.js';
import type { Shard } from '../io/shard.js';
import { systemWrites, type WriteSyscalls } from '../io/write-atomic.js';
import type { TaskOptions } from './threads/task.js';
import { defaultConcurrency } from './threads/ordered.js';

/** Everything a batch run takes (the `ingest` command maps its flags onto this). */
export interface BatchOptions extends Omit<PipelineOptions, 'template'> {
  /**
   * The folder template every file is processed with: one (`learnTemplate`), a file holding one (`--template FILE`),
   * or false for none (`--no-template`). Default: learned from a sample of the folder arguments of 20+ files.
   */
  template?: FolderTemplate | string | false | undefined;
  format: OutputFormat;
  /** Write one file per article under this folder (and keep a manifest there); else records go to stdout. */
  out?: string | undefined;
  /** Which files to take from folders; default `**\/*.txt`. */
  glob?: string | undefined;
  /** Worker threads; default: the cores available. */
  concurrency?: number | undefined;
  shard?: Shard | undefined;
  /** A file listing input paths, one a line ('-': stdin). */
  filesFrom?: string | undefined;
  /** The --files-from list is NUL-separated. */
  null?: boolean | undefined;
  ignorePath?: string | undefined;
  /** With `out`: remove the outputs of inputs that disappeared. */
  prune?: boolean | undefined;
  /** With `prune`: prune even when no input file was found (which removes every output). */
  force?: boolean | undefined;
  /** fsync each output file and its folder (and the manifest and report) before going on. */
  fsync?: boolean | undefined;
  /** With `out`: find what a run would redo, and write nothing. */
  check?: boolean | undefined;
  /** Markdown output keeps the text raw: HTML and Markdown characters in it are not escaped. */
  mdRaw?: boolean | undefined;
  /** Write a JSON report of the run to this file. */
  report?: string | undefined;
  stdinFormat?: 'raw' | 'jsonl' | undefined;
  /** Name and version for the manifest and the report, e.g. "tanqih 0.1.0". */
  tool?: string | undefined;
  maxBytes?: number | undefined;
  followSymlinks?: boolean | undefined;
}

/** What a run may touch outside its options: the folder paths are relative to, the standard streams, the disk. */
export interface BatchHost {
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  /**
   * How the manifest and the report reach the disk, and a pause before each output is renamed into place; tests inject
   * a full or slow disk. (Outputs themselves are written by the worker threads: see `writeFault`.)
   */
  writes?: WriteSyscalls | undefined;
  /** A test's full disk for outputs: the `nth` output written fails with `code` (`SHORT`: half written, then ENOSPC). */
  writeFault?: { code: string; nth: number } | undefined;
  /**
   * Each worker thread's old-generation cap in MB (default 48; a test makes it small), and reading inputs on the main
   * thread to send the bytes (a benchmark's comparison; by default the threads read).
   */
  threads?: { heapMb?: number | undefined; readOnMain?: boolean | undefined } | undefined;
}

/** The options of a run with every default applied and every path made absolute. */
export interface Settings {
  readonly options: BatchOptions;
  readonly cwd: string;
  readonly outDir: string | undefined;
  readonly glob: string;
  readonly tool: string;
  readonly concurrency: number;
  /** What the outputs depend on: a change re-makes every output (the manifest compares it). */
  readonly recordOptions: Record<string, unknown>;
  /** What every task of the run shares (sent once to each thread). */
  readonly task: TaskOptions;
  readonly writes: WriteSyscalls;
}

/** Refuses options that do not go together (exit 64). */
function checkCombinations(inputs: readonly string[], o: BatchOptions): void {
  if ((o.check || o.prune) && o.out === undefined) throw new UsageError(`--${o.check ? 'check' : 'prune'} needs --out DIR (it compares DIR's manifest with the inputs).`);
  if (o.stdinFormat === 'jsonl') {
    if (inputs.some((i) => i !== '-') || o.filesFrom !== undefined) throw new UsageError('--stdin-format jsonl reads records from stdin only: give no paths (or -) and no --files-from.');
    if (o.out !== undefined) throw new UsageError('--stdin-format jsonl writes JSON Lines to stdout; --out is not supported with it.');
  }
  if (o.filesFrom === '-' && inputs.includes('-')) throw new UsageError('stdin cannot be both an input (-) and the --files-from list.');
  if (o.glob === '') throw new UsageError('--glob needs a pattern (e.g. "**/*.txt"), not an empty string.');
}

/** Checks the options and applies the defaults. */
export function resolveSettings(inputs: readonly string[], o: BatchOptions, host: BatchHost): Settings {
  checkCombinations(inputs, o);
  const cwd = host.cwd;
  const outDir = o.out === undefined ? undefined : path.resolve(cwd, o.out);
  const recordOptions = {
    profile: o.profile ?? 'display',
    normalize: o.normalize ?? null,
    rules: o.rules ?? null,
    encoding: o.encoding ?? null,
    repair: o.repair !== false,
    text: o.text === true,
    format: o.format,
    ...(o.mdRaw === true ? { mdRaw: true } : {}),
    maxBytes: o.maxBytes ?? null,
    template: null as string | null, // the template stage names the one the run uses
  };
  const task: TaskOptions = {
    pipeline: { profile: o.profile, normalize: o.normalize, rules: o.rules, encoding: o.encoding, repair: o.repair, text: o.text },
    read: { maxBytes: o.maxBytes, followSymlinks: o.followSymlinks },
    format: o.format,
    mdRaw: o.mdRaw,
    toFiles: outDir !== undefined,
    fsync: o.fsync,
    cwd,
    hash: outDir !== undefined,
  };
  const concurrency = Math.max(1, o.concurrency ?? defaultConcurrency());
  return { options: o, cwd, outDir, glob: o.glob ?? defaultGlob, tool: o.tool ?? 'tanqih', concurrency, recordOptions, task, writes: host.writes ?? systemWrites };
}
