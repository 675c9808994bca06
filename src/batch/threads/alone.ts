import { isOutOfMemory, WorkerPool } from './pool.js';
import type { BatchResult, BatchTask, FileResult, TaskFile, TaskOptions } from './task.js';

/**
 * The heap (MB) a file of `bytes` runs with alone: decoding, normalising, segmenting and rendering hold about ten
 * copies of a one-line text at once, so 16 MB per MB of input over a 256 MB floor, at most 4 GB.
 */
export function heapFor(bytes: number): number {
  return Math.min(4096, 256 + Math.ceil((16 * bytes) / (1024 * 1024)));
}

/** Big files run one at a time: each may take a heap of a gigabyte or more. */
let queue: Promise<unknown> = Promise.resolve();

async function runOnce(file: TaskFile, size: number, options: TaskOptions, signal: AbortSignal | undefined): Promise<FileResult> {
  const heapMb = heapFor(size);
  const pool = new WorkerPool<BatchTask, BatchResult>(1, new URL('./worker.js', import.meta.url), { ...options, deferAbove: undefined, perFileText: true }, heapMb);
  const stop = (): void => void pool.close();
  signal?.addEventListener('abort', stop);
  try {
    return (await pool.run({ files: [file] })).files[0]!;
  } catch (err) {
    if (!isOutOfMemory(err)) throw err;
    const message = `Processing it needed more than the ${heapMb} MB of memory given to a file of its size; it was not processed.`;
    return { path: file.path, status: 'failed', messages: [{ path: file.path, line: null, severity: 'error', rule: 'io/too-large', message }], size, encoding: null, hash: null, text: null };
  } finally {
    signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}

/**
 * Runs one big file (over `bigFileBytes`) on a worker thread of its own whose heap is sized to it: a shared thread's
 * capped heap would run out (and V8 may then abort the whole process), and on the main thread a signal would wait
 * for it. If it still runs out of memory, the file fails with a message and the run goes on. A stop ends it at once.
 */
export function runAlone(file: TaskFile, size: number, options: TaskOptions, signal: AbortSignal | undefined): Promise<FileResult> {
  const turn = queue.then(() => runOnce(file, size, options, signal));
  queue = turn.catch(() => {});
  return turn;
}
