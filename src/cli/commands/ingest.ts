import { runBatch, type BatchOptions, type BatchSummary } from '../../batch/index.js';
import { ExitCode, exitCodeFor } from '../exit-codes.js';
import type { Io } from '../process-io.js';
import { RunUi } from '../run-ui.js';
import { installSignalHandlers, signalExitCode } from '../signals.js';

/** The options of `tanqih ingest`: the batch engine's, and what the command shows and how it exits. */
export interface IngestOptions extends BatchOptions {
  quiet?: boolean | undefined;
  color?: boolean | undefined;
  /** Exit 1 when more warnings than this were printed. */
  maxWarnings?: number | undefined;
}

/** The exit code of a finished or stopped run. */
function exitCode(s: BatchSummary, signal: NodeJS.Signals | null, maxWarnings: number | undefined): number {
  if (s.stopped === 'interrupted') return signalExitCode(signal) ?? ExitCode.sigint;
  if (s.stopped === 'stdout-closed') return ExitCode.ok;
  if (s.check !== null) return exitCodeFor({ failed: s.check.stale.length + s.unreadable, missing: s.missing, warnings: 0 });
  return exitCodeFor({ failed: s.totals.failed + s.unreadable, missing: s.missing, warnings: s.totals.warnings, maxWarnings });
}

/**
 * `tanqih ingest`: every input file to one record, in sorted path order (src/batch does the run). Returns the exit
 * code. SIGINT/SIGTERM stop taking new files; writes in flight finish (each is atomic); the exit code is then 130/143.
 */
export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const interrupt = new AbortController();
  const stop = installSignalHandlers(() => interrupt.abort());
  try {
    const { quiet, color, maxWarnings, ...batch } = options;
    const ui = new RunUi(io, { quiet, color });
    const host = { cwd: io.cwd(), stdin: io.stdin, stdout: io.stdout, writes: io.writes };
    const threads = { workerHeapMb: io.threads?.heapMb, readOnMain: io.threads?.readOnMain };
    const summary = await runBatch(inputs, { ...batch, ...threads }, host, ui, interrupt.signal);
    if (summary.check !== null) await ui.reportStale(summary.check.stale, summary.check.checked, summary.durationMs);
    else if (summary.stopped !== null) ui.abandon();
    else await ui.finish(summary);
    return exitCode(summary, stop.signal, maxWarnings);
  } finally {
    stop.dispose();
  }
}
