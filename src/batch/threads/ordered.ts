import { availableParallelism } from 'node:os';
import { runAlone } from './alone.js';
import { discardTempSync } from '../../io/write-temp.js';
import { isOutOfMemory, WorkerPool } from './pool.js';
import { runTask, type BatchResult, type BatchTask, type TaskOptions } from './task.js';

/** Files per task: enough that the thread hand-off (~0.1 ms) is small beside the work, few enough to keep memory flat. */
export const defaultBatchSize = 32;

/** Files over 2 MiB never run on a shared thread's capped heap nor on the main thread: each gets a thread of its own. */
export const bigFileBytes = 2 * 1024 * 1024;

/** Default --concurrency: the cores this process may use. */
export function defaultConcurrency(): number {
  return availableParallelism();
}

/** More threads than this buy nothing but memory (--concurrency above it is lowered to it). */
export function maxThreads(): number {
  return 4 * availableParallelism();
}

export interface OrderedOptions {
  concurrency: number;
  /** Run every batch on this thread (-j 1, or a run of one batch). */
  inline: boolean;
  /** Stops taking new batches (EPIPE, a signal); batches out on threads are dropped at once. */
  signal?: AbortSignal;
  /** Each worker thread's old-generation cap in MB (default 48). */
  heapMb?: number | undefined;
}

/** A batch and what became of it. */
export interface Done<B extends BatchTask> {
  task: B;
  result: BatchResult;
}

/** Inline, a turn of the event loop every 50 ms between files, so a signal is seen while the main thread works. */
function letSignalsIn(signal: AbortSignal | undefined): () => Promise<boolean> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      last = performance.now();
    }
    return signal?.aborted === true;
  };
}

const encoder = new TextEncoder();

/** Runs a batch's deferred (big) files, each on a thread of its own, and puts the batch's records back together. */
async function withDeferred(task: BatchTask, result: BatchResult, options: TaskOptions, signal: AbortSignal | undefined): Promise<BatchResult> {
  if (result.deferred.length === 0) return result;
  for (const i of result.deferred) result.files[i] = await runAlone(task.files[i]!, result.files[i]!.size, options, signal);
  if (options.toFiles) return { ...result, deferred: [] };
  const out = result.files.map((f) => (f.status === 'ok' ? f.text : '')).join('');
  for (const f of result.files) f.text = null;
  return { files: result.files, out: encoder.encode(out), deferred: [] };
}

/** A batch to run again: the temp files its lost thread may have written first are removed (they are made exclusively). */
function withoutTemps<B extends BatchTask>(task: B): B {
  for (const f of task.files) if (f.temp !== undefined) discardTempSync(f.temp);
  return task;
}

/**
 * Runs batches on up to `concurrency` worker threads (inline when 1, or when the run is one batch) and hands each
 * result to `emit` in submission order. At most 4 batches per thread are out at once, so memory does not grow with
 * the run. The main thread never processes a big file, so it stays free to see a signal; a stop drops the batches out.
 */
export async function runOrdered<B extends BatchTask>(
  batches: AsyncIterable<B> | Iterable<B>,
  taskOptions: TaskOptions,
  options: OrderedOptions,
  emit: (done: Done<B>) => Promise<void>,
): Promise<void> {
  const shared = { ...taskOptions, deferAbove: bigFileBytes };
  const threads = Math.min(options.concurrency, maxThreads());
  let pool: WorkerPool<BatchTask, BatchResult> | null = null;
  const inline = (task: B): Promise<BatchResult> => runTask(task, shared, letSignalsIn(options.signal));
  const exec = async (task: B): Promise<BatchResult> => {
    // a batch the manifest skipped entirely needs no thread
    if (options.inline || task.files.every((f) => f.skip)) return withDeferred(task, await inline(task), taskOptions, options.signal);
    pool ??= new WorkerPool(threads, new URL('./worker.js', import.meta.url), shared, options.heapMb);
    // a batch too big for a thread's capped heap after all is run again here (its big files on threads of their own)
    const result = await pool.run({ files: task.files }).catch((err: unknown) => (isOutOfMemory(err) ? inline(withoutTemps(task)) : Promise.reject(err)));
    return withDeferred(task, result, taskOptions, options.signal);
  };
  const window = options.inline ? 1 : threads * 4;
  const pending: { task: B; result: Promise<BatchResult> }[] = [];
  /** The head batch to its turn: false when the run stopped meanwhile (its threads were stopped: it is dropped). */
  const next = async (): Promise<boolean> => {
    const head = pending.shift()!;
    const result = await head.result.catch((err: unknown) => (options.signal?.aborted ? null : Promise.reject(err)));
    if (result === null) return false;
    await emit({ task: head.task, result });
    return true;
  };
  try {
    for await (const task of batches) {
      if (options.signal?.aborted) break;
      const result = exec(task);
      // a later batch may fail while an earlier one is awaited: it is handled when its turn comes
      result.catch(() => {});
      pending.push({ task, result });
      if (pending.length >= window && !(await next())) break;
    }
    while (pending.length > 0 && !options.signal?.aborted) if (!(await next())) break;
  } finally {
    // Stopped early: the batches still out are dropped (their threads are stopped: threads only read and compute).
    await (pool as WorkerPool<BatchTask, BatchResult> | null)?.close();
    await Promise.allSettled(pending.map((p) => p.result));
  }
}
