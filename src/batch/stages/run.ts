import type { InputFile } from '../../io/find-files.js';
import { fileBatches, jsonlBatches, lookahead, planFiles, type Batch } from '../batches.js';
import type { BatchStage, Finished, RunContext } from '../context.js';
import { withTemps } from '../temps.js';
import { runOrdered, type Done } from '../threads/ordered.js';

/**
 * How many files a stream holds, counted without keeping them (a second walk, for the progress line's total).
 * Stops walking when `signal` aborts (the run ended first: a signal, `| head`), so the exit is not held up.
 */
async function count(runs: AsyncIterable<InputFile[]>, signal: AbortSignal): Promise<number> {
  let n = 0;
  for await (const run of runs) {
    if (signal.aborted) break;
    n += run.length;
  }
  return n;
}

/** The run's batches, planned as the threads ask for them; whether they run inline; the total for the progress line. */
async function batchesOf(ctx: RunContext, counting: AbortSignal): Promise<{ batches: AsyncIterable<Batch>; inline: boolean }> {
  const { settings, host } = ctx;
  if (ctx.records !== null) return { batches: jsonlBatches(ctx.records), inline: settings.concurrency <= 1 };
  const source = ctx.source!;
  const { cwd, options } = settings;
  let inline = settings.concurrency <= 1;
  const readOnMain = host.threads?.readOnMain === true && !inline ? { cwd } : null;
  const plan = (part: InputFile[]) => planFiles(part, ctx.manifest, options.format, cwd);
  const peek = await lookahead(fileBatches(source(ctx.unreadableFolder), plan, host.stdin, readOnMain, options.maxBytes), 2);
  inline ||= peek.done; // one batch: no threads to start
  const total = peek.done ? peek.head.reduce((n, b) => n + b.files.length, 0) : ctx.list !== null ? ctx.list.length : ctx.reporter.wantsTotal ? count(source(), counting) : 0;
  ctx.reporter.start(total);
  // --out: the workers write each record to a temp file named here (the write stage renames them in order)
  const outDir = settings.outDir;
  return { batches: outDir === undefined ? peek.rest : withTemps(ctx, peek.rest, outDir), inline };
}

/** Each finished batch through every batch stage, in order; a stage that fails does not keep the later ones from it. */
async function through(ctx: RunContext, stages: readonly BatchStage[], done: Done<Batch>): Promise<void> {
  const finished: Finished = { ...done, handled: 0 };
  let failure: unknown = null;
  for (const stage of stages) {
    try {
      await stage.batch(ctx, finished);
    } catch (err) {
      failure ??= err;
    }
  }
  if (failure !== null) throw failure;
  // Results that are already in resolve as microtasks, and writes to a pipe are synchronous on Linux, so without a
  // turn of the event loop a signal would only be seen after the last batch. One turn per batch is cheap.
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Run (ordered, in workers): the files in batches of 32 on worker threads (inline for -j 1 or a run of one
 * batch), each batch read, decoded, normalised, segmented and rendered there, and the results taken in input order
 * through the batch stages (write, record, report). A stop (a signal, stdout closed) takes no new batch; `close` runs
 * for each stage unless a stage failed the run.
 */
export function run(stages: readonly BatchStage[]) {
  return async function run(ctx: RunContext): Promise<void> {
    if (ctx.check !== null || (ctx.source === null && ctx.records === null)) return;
    const counting = new AbortController(); // the progress line's count, stopped when the run ends
    ctx.host.stdout.on('error', ctx.onStdoutError);
    try {
      const { batches, inline } = await batchesOf(ctx, counting.signal);
      for (const stage of stages) await stage.open?.(ctx);
      const { concurrency, task } = ctx.settings;
      await runOrdered(batches, task, { concurrency, inline, signal: ctx.stopping, heapMb: ctx.host.threads?.heapMb }, (done) => through(ctx, stages, done));
    } catch (err) {
      ctx.failure = err;
    } finally {
      ctx.host.stdout.off('error', ctx.onStdoutError);
      counting.abort();
    }
    ctx.stopped = ctx.interrupt.aborted ? 'interrupted' : ctx.stdoutClosed.signal.aborted ? 'stdout-closed' : null;
    // after a failure every stage still closes (the manifest keeps what was done), and the failure is what is reported
    for (const stage of stages) {
      if (ctx.failure === null) await stage.close?.(ctx);
      else await stage.close?.(ctx).catch(() => {});
    }
    if (ctx.failure !== null) throw ctx.failure;
  };
}
