import { availableParallelism } from 'node:os';
import { isOutOfMemory, WorkerPool } from './pool.js';
import { runTask, type BatchResult, type BatchTask, type TaskOptions } from './task.js';

/** Files per task: enough that the thread hand-off (~0.1 ms) is small beside the work, few enough to keep memory flat. */
export const defaultBatchSize = 32;

/** Default --concurrency: the cores this process may use. */
export function defaultConcurrency(): number {
  return availableParallelism();
}

export interface OrderedOptions {
  concurrency: number;
  /** Run every batch on this thread (-j 1, or a run of one batch). */
  inline: boolean;
  /** Stops taking new batches (EPIPE, a signal); batches already out still report. */
  signal?: AbortSignal;
  /** Each worker thread's old-generation cap in MB (default 48). */
  heapMb?: number | undefined;
}

/** A batch and what became of it. */
export interface Done<B extends BatchTask> {
  task: B;
  result: BatchResult;
}

/**
 * Runs batches on `concurrency` worker threads (inline when 1, or when the run is one batch) and hands each result
 * to `emit` in submission order. At most 4 batches per thread are out at once, so memory does not grow with the run.
 */
export async function runOrdered<B extends BatchTask>(
  batches: AsyncIterable<B> | Iterable<B>,
  taskOptions: TaskOptions,
  options: OrderedOptions,
  emit: (done: Done<B>) => Promise<void>,
): Promise<void> {
  let pool: WorkerPool<BatchTask, BatchResult> | null = null;
  const exec = (task: B): Promise<BatchResult> => {
    // a batch the manifest skipped entirely needs no thread
    if (options.inline || task.files.every((f) => f.skip)) return runTask(task, taskOptions);
    pool ??= new WorkerPool(options.concurrency, new URL('./worker.js', import.meta.url), taskOptions, options.heapMb);
    // a batch too big for a thread's capped heap is run again here, where the heap is not capped
    return pool.run({ files: task.files }).catch((err: unknown) => (isOutOfMemory(err) ? runTask(task, taskOptions) : Promise.reject(err)));
  };
  const window = options.inline ? 1 : options.concurrency * 4;
  const pending: { task: B; result: Promise<BatchResult> }[] = [];
  try {
    for await (const task of batches) {
      if (options.signal?.aborted) break;
      const result = exec(task);
      // a later batch may fail while an earlier one is awaited: it is handled when its turn comes
      result.catch(() => {});
      pending.push({ task, result });
      if (pending.length >= window) {
        const head = pending.shift()!;
        await emit({ task: head.task, result: await head.result });
      }
    }
    while (pending.length > 0 && !options.signal?.aborted) {
      const head = pending.shift()!;
      await emit({ task: head.task, result: await head.result });
    }
    // Stopped early: batches already out are let finish (a thread is never killed mid-task), their results dropped.
    await Promise.allSettled(pending.map((p) => p.result));
  } finally {
    await (pool as WorkerPool<BatchTask, BatchResult> | null)?.close();
  }
}
