import type { Message } from '../core/types.js';
import type { FileList, InputFile, UnreadableFolder } from '../io/find-files.js';
import type { JsonlInput } from '../io/jsonl-input.js';
import type { OutputGuard } from '../io/output-plan.js';
import type { Batch } from './batches.js';
import type { CheckItem, Manifest } from './manifest/index.js';
import type { BatchHost, Settings } from './options.js';
import type { ReportFile } from './report-file.js';
import type { Done } from './threads/ordered.js';
import type { FileResult } from './threads/task.js';

/** Counts for the summary line and the report. */
export interface Totals {
  files: number;
  ok: number;
  /** Unchanged since the last run into --out (fresh by size and mtime, or by content): not written again. */
  skipped: number;
  failed: number;
  warnings: number;
  /** Facts the records carry that call for no action (`segment/no-title`, `segment/one-line`). */
  notes: number;
  bytes: number;
}

export const emptyTotals = (): Totals => ({ files: 0, ok: 0, skipped: 0, failed: 0, warnings: 0, notes: 0, bytes: 0 });

/** What a run tells whoever runs it (the CLI shows it on a terminal; a library caller may ignore it). */
export interface Reporter {
  /** True when a total for the progress line is worth a second walk of the folders. */
  readonly wantsTotal: boolean;
  /** A message that is not a file's result: a missing input, an unreadable folder, an output plan problem. */
  message(m: Message): Promise<void>;
  /** The run starts on `total` files (a promise while they are still being counted). */
  start(total: number | Promise<number>): void;
  /** The results of one batch, in input order. */
  files(results: readonly FileResult[]): Promise<void>;
}

/** What --check found. */
export interface CheckResult {
  /** Inputs a run would redo (and, with --prune, outputs it would remove), each with the reason. */
  stale: CheckItem[];
  /** Inputs that failed last run and have not changed: a run would fail them again. */
  failed: CheckItem[];
  checked: number;
  /** Without --prune: outputs whose input is gone (not stale: a run without --prune keeps them). */
  orphans: number;
  /** The options that differ from the manifest's (`--format: md → json`), or null. */
  changed: readonly string[] | null;
}

/** How a run ended, for the caller to show and turn into an exit code. */
export interface BatchSummary {
  totals: Totals;
  /** Named inputs that do not exist. */
  missing: number;
  /** Folders that could not be listed (their files are missing from the run). */
  unreadable: number;
  /** Outputs removed by --prune. */
  pruned: number;
  /** --prune was refused (the inputs were empty); an error message said why. */
  pruneRefused: boolean;
  /** Why the run stopped before its end: the caller interrupted it, or stdout was closed. */
  stopped: 'interrupted' | 'stdout-closed' | null;
  /** Writing to stdout failed for another reason than a closed pipe (a full disk: ENOSPC, EIO): the run stopped. */
  stdoutError: NodeJS.ErrnoException | null;
  /** --check: the stale inputs, the inputs that still fail, how many were checked, what options changed (null for a run that writes). */
  check: CheckResult | null;
  /** The folder and glob arguments, when none of them matched a file (and nothing else was read): exit 66. */
  unmatched: string[];
  durationMs: number;
}

/** What the stages of one run share. Each stage reads what earlier ones set and sets what later ones need. */
export interface RunContext extends Omit<BatchSummary, 'durationMs'> {
  readonly inputs: readonly string[];
  readonly settings: Settings;
  readonly host: BatchHost;
  readonly reporter: Reporter;
  /** Aborted by the caller (a signal): no new batch is started, writes in flight finish. */
  readonly interrupt: AbortSignal;
  readonly started: number;
  /** Hears of each folder that cannot be listed while the run streams. */
  readonly unreadableFolder: (f: UnreadableFolder) => void;
  /** Messages found while streaming, shown before the next results. */
  held: Message[];
  /** The run's files, sorted, in runs; each call walks again (`unreadable` hears of folders that cannot be listed). */
  source: ((unreadable?: (f: UnreadableFolder) => void) => AsyncIterable<InputFile[]>) | null;
  /** `--stdin-format jsonl`: the input records, instead of files. */
  records: AsyncIterable<JsonlInput[]> | null;
  /** Folder and glob arguments (searched for files), and their files before --shard takes its part. */
  searched: { args: readonly string[]; files: () => AsyncIterable<InputFile[]> } | null;
  /** With --out: every file of the run (the output plan and --prune need the whole list). */
  list: FileList | null;
  manifest: Manifest | null;
  report: ReportFile | null;
  /** stdout was closed (EPIPE): nothing more goes to it. */
  readonly stdoutClosed: AbortController;
  /** Listens on stdout for EPIPE while the run writes to it. */
  readonly onStdoutError: (err: unknown) => void;
  /** The run is stopping (stdout closed, or interrupted): no new output file is started. */
  readonly stopping: AbortSignal;
  /** Checks that no write goes through a symlink inside --out that leads out of it (set once --out exists). */
  outputGuard: OutputGuard | null;
  /** Records written to stdout (a JSON array's close depends on it). */
  written: number;
  /** Files this run could not read (an io/ error): after one, nothing is pruned. */
  readErrors: number;
  /** The error that failed the run, once one has (the batch stages' `close` then only save what was done). */
  failure: unknown;
  /** A template this --out run learned, to save beside the manifest once --out is locked (re-runs use it). */
  templateToSave: { file: string; json: string } | null;
  /** Releases the --out lock (set by load-manifest). */
  releaseLock: (() => Promise<void>) | null;
}

/** One stage of a run: starts with a guard (does this run need it?), then does its one job. */
export type Stage = (ctx: RunContext) => Promise<void>;

/**
 * A stage that each finished batch goes through, in input order (`Done.handled` counts the files whose output is
 * complete). `open` runs before the first batch; `close` after the last, or when the run stopped early.
 */
export interface BatchStage {
  readonly name: string;
  open?(ctx: RunContext): Promise<void>;
  batch(ctx: RunContext, done: Finished): Promise<void>;
  close?(ctx: RunContext): Promise<void>;
}

/** A finished batch, as the batch stages see it. */
export type Finished = Done<Batch> & {
  /** How many of its files (in order) the write stage has finished with: written, or nothing to write. */
  handled: number;
};
