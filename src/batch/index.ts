import type { UnreadableFolder } from '../io/find-files.js';
import { isEpipe } from '../io/streams.js';
import { emptyTotals, type BatchStage, type BatchSummary, type Reporter, type RunContext, type Stage } from './context.js';
import { resolveSettings, type BatchHost, type BatchOptions } from './options.js';
import { checkStale } from './stages/check-stale.js';
import { learnFolderTemplate } from './stages/learn-template.js';
import { loadManifest } from './stages/load-manifest.js';
import { planOutputs } from './stages/plan-outputs.js';
import { record } from './stages/record.js';
import { report } from './stages/report.js';
import { resolveInputs } from './stages/resolve-inputs.js';
import { run } from './stages/run.js';
import { reportUnmatched } from './stages/report-unmatched.js';
import { selectShard } from './stages/select-shard.js';
import { write } from './stages/write.js';

export type { BatchStage, BatchSummary, CheckResult, Reporter, RunContext, Stage, Totals } from './context.js';
export type { BatchHost, BatchOptions } from './options.js';
export type { CheckItem, Stale } from './manifest/index.js';
export type { FileResult, FileStatus } from './threads/task.js';
export { defaultBatchSize, defaultConcurrency } from './threads/ordered.js';

/** What each finished batch goes through, in input order. */
export const batchStages: readonly BatchStage[] = [write, record, report];

/**
 * A batch run, as a named list of stages (after unified-engine's file pipeline). Each stage starts with a guard (a
 * run without --out has no outputs to plan, no manifest), reads what earlier stages left in the context and leaves
 * what later ones need. A file's failure is a message on that file and the run goes on; a failure of the whole run
 * (an output that cannot be created, a full disk) is a RunError with its exit code.
 */
export const stages: readonly (readonly [name: string, stage: Stage])[] = [
  ['resolve-inputs', resolveInputs],
  ['learn-template', learnFolderTemplate],
  ['select-shard', selectShard],
  ['plan-outputs', planOutputs],
  ['load-manifest', loadManifest],
  ['check-stale', checkStale],
  ['run', run(batchStages)],
  ['report-unmatched', reportUnmatched],
];

/** A reporter that shows nothing (a library caller that only wants the summary). */
export const silentReporter: Reporter = { wantsTotal: false, message: async () => {}, start: () => {}, files: async () => {} };

function createContext(inputs: readonly string[], options: BatchOptions, host: BatchHost, reporter: Reporter, interrupt: AbortSignal): RunContext {
  const stdoutClosed = new AbortController();
  const ctx: RunContext = {
    inputs,
    settings: resolveSettings(inputs, options, host),
    host,
    reporter,
    interrupt,
    started: performance.now(),
    totals: emptyTotals(),
    missing: 0,
    unreadable: 0,
    pruned: 0,
    pruneRefused: false,
    stopped: null,
    stdoutError: null,
    check: null,
    unmatched: [],
    searched: null,
    held: [],
    unreadableFolder: (f: UnreadableFolder) => {
      ctx.unreadable++;
      const why = f.code === 'EACCES' || f.code === 'EPERM' ? 'permission denied' : f.code;
      ctx.held.push({ path: f.path, line: null, severity: 'error', rule: 'io/unreadable-folder', message: `The folder cannot be read (${why}); the files in it are not in this run.` });
    },
    source: null,
    records: null,
    list: null,
    manifest: null,
    report: null,
    stdoutClosed,
    onStdoutError: (err) => {
      // a closed pipe ends the run quietly; any other failure (a full disk) ends it with an error
      if (!isEpipe(err) && (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_DESTROYED') ctx.stdoutError ??= err as NodeJS.ErrnoException;
      stdoutClosed.abort();
    },
    stopping: AbortSignal.any([stdoutClosed.signal, interrupt]),
    outputGuard: null,
    written: 0,
    readErrors: 0,
    failure: null,
    releaseLock: null,
    templateToSave: null,
  };
  return ctx;
}

/**
 * Runs a batch: every input file to one record, in sorted path order, to stdout or under `options.out`. `interrupt`
 * stops it between files (writes in flight finish; each is atomic). Throws UsageError/RunError for a failure of the
 * whole run; returns what the run counted otherwise.
 */
export async function runBatch(inputs: readonly string[], options: BatchOptions, host: BatchHost, reporter: Reporter = silentReporter, interrupt: AbortSignal = new AbortController().signal): Promise<BatchSummary> {
  const ctx = createContext(inputs, options, host, reporter, interrupt);
  try {
    for (const [, stage] of stages) await stage(ctx);
  } finally {
    await ctx.releaseLock?.();
  }
  const { totals, missing, unreadable, pruned, pruneRefused, stopped, stdoutError, check, unmatched } = ctx;
  return { totals, missing, unreadable, pruned, pruneRefused, stopped, stdoutError, check, unmatched, durationMs: performance.now() - ctx.started };
}
