import { runBatch, type BatchOptions } from '../../batch/index.js';
import { batchExitCode } from '../exit-codes.js';
import type { Io } from '../process-io.js';
import type { RuleLevels } from '../../core/rule-levels.js';
import { RunUi } from '../run-ui.js';
import { installSignalHandlers } from '../signals.js';

/** The options of `tanqih ingest`: the batch engine's, and what the command shows and how it exits. */
export interface IngestOptions extends BatchOptions {
  quiet?: boolean | undefined;
  color?: boolean | undefined;
  /** Exit 1 when more than this many warnings were counted (at the warning level, printed or not). */
  maxWarnings?: number | undefined;
  /** Print the notes too. */
  verbose?: boolean | undefined;
  /** Print errors only (warnings are counted, not printed). */
  errorsOnly?: boolean | undefined;
  /** Per-rule levels (config `"rules"`, `--rule RULE=LEVEL`). */
  rule?: RuleLevels | undefined;
}

/**
 * `tanqih ingest`: every input file to one record, in sorted path order (src/batch does the run). Returns the exit
 * code. SIGINT/SIGTERM stop taking new files; writes in flight finish (each is atomic); the exit code is then 130/143.
 */
export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const interrupt = new AbortController();
  const stop = installSignalHandlers(() => interrupt.abort());
  try {
    const ui = new RunUi(io, { ...options, levels: options.rule, recordsToStdout: options.out === undefined });
    const host = { cwd: io.cwd(), stdin: io.stdin, stdout: io.stdout, writes: io.writes, writeFault: io.writeFault, threads: io.threads };
    const summary = await runBatch(inputs, options, host, ui, interrupt.signal);
    if (summary.check !== null) await ui.reportStale(summary.check, summary.durationMs);
    else if (summary.stopped !== null) await ui.abandon(summary, options.out);
    else await ui.finish(summary, options.maxWarnings);
    return batchExitCode(summary, stop.signal, { warnings: ui.warnings, raised: ui.tally.raised, maxWarnings: options.maxWarnings });
  } finally {
    stop.dispose();
  }
}
