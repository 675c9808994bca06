import { runBatch, type BatchOptions } from '../../batch/index.js';
import { batchExitCode } from '../exit-codes.js';
import type { Io } from '../process-io.js';
import { RunUi } from '../run-ui.js';
import { installSignalHandlers } from '../signals.js';

/** The options of `tanqih ingest`: the batch engine's, and what the command shows and how it exits. */
export interface IngestOptions extends BatchOptions {
  quiet?: boolean | undefined;
  color?: boolean | undefined;
  /** Exit 1 when more warnings than this were printed. */
  maxWarnings?: number | undefined;
}

/**
 * `tanqih ingest`: every input file to one record, in sorted path order (src/batch does the run). Returns the exit
 * code. SIGINT/SIGTERM stop taking new files; writes in flight finish (each is atomic); the exit code is then 130/143.
 */
export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const interrupt = new AbortController();
  const stop = installSignalHandlers(() => interrupt.abort());
  try {
    const ui = new RunUi(io, options);
    const host = { cwd: io.cwd(), stdin: io.stdin, stdout: io.stdout, writes: io.writes, writeFault: io.writeFault, threads: io.threads };
    const summary = await runBatch(inputs, options, host, ui, interrupt.signal);
    if (summary.check !== null) await ui.reportStale(summary.check.stale, summary.check.checked, summary.durationMs);
    else if (summary.stopped !== null) ui.abandon();
    else await ui.finish(summary);
    return batchExitCode(summary, stop.signal, options.maxWarnings);
  } finally {
    stop.dispose();
  }
}
