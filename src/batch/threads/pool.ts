import { Worker } from 'node:worker_threads';

interface Job<T, R> {
  task: T;
  transfer: ArrayBuffer[];
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  job: Job<T, R> | null;
}

/**
 * Each thread's old generation is capped (MB). Without a cap V8 lets a busy heap creep upwards over a long run (more
 * garbage between collections, not more live data), so memory grew with the archive; with it, memory is the same for
 * 40,000 files or 4 million. A file too big for the cap (tens of MB) runs out of memory in its thread: that thread is
 * replaced and the batch is run again on the main thread, whose heap is not capped (see `isOutOfMemory`).
 */
export const defaultWorkerHeapMb = 48;

/** True for the error of a task whose thread ran out of memory (the thread is replaced; the task may be re-run). */
export function isOutOfMemory(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * Up to `size` worker threads, one job each at a time, the rest queued; a thread is started only when a job finds
 * none idle, so a run of three batches starts at most three. node:worker_threads directly: the engine already bounds
 * and orders the work, so a pool library's queueing buys nothing (see BENCHMARKS.md).
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private closed = false;
  /** Threads replaced after running out of memory. */
  replaced = 0;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly workerData: unknown,
    /** The old-generation cap of each thread (a test sets a small one to reach the out-of-memory path). */
    private readonly heapMb = defaultWorkerHeapMb,
  ) {}

  private start(slot: Slot<T, R>): void {
    // A small young generation: each task's garbage dies young, and a thread then holds ~25 MB less (BENCHMARKS.md).
    const resourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: this.heapMb };
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits });
    slot.worker = worker;
    worker.on('message', (msg: { result?: R; error?: string }) => {
      const job = slot.job;
      slot.job = null;
      if (msg.error !== undefined) job?.reject(new Error(msg.error));
      else job?.resolve(msg.result as R);
      this.next(slot);
    });
    worker.on('error', (err) => {
      if (!isOutOfMemory(err) || this.closed) return this.fail(slot, err);
      // only this task is lost: a fresh thread takes the slot and the queue goes on
      slot.job?.reject(err);
      slot.job = null;
      this.replaced++;
      this.start(slot);
      this.next(slot);
    });
    worker.on('exit', (code) => {
      if (!this.closed && slot.worker === worker) this.fail(slot, new Error(`worker thread exited with code ${code}`));
    });
    worker.unref();
  }

  /** Runs one task on the next free worker; `transfer` lists buffers moved, not copied, to it. */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.closed) return reject(new Error('the worker pool is closed'));
      this.queue.push({ task, transfer, resolve, reject });
      let idle = this.slots.find((s) => s.job === null);
      if (idle === undefined && this.slots.length < this.size) {
        idle = { job: null } as Slot<T, R>;
        this.start(idle);
        this.slots.push(idle);
      }
      if (idle) this.next(idle);
    });
  }

  private next(slot: Slot<T, R>): void {
    // Closed: nothing more starts, and no thread is unref'd. A thread's answer can arrive after close() began; unref'ing
    // it then undid the ref terminate() takes, the event loop could empty before the thread stopped, and node exited 0
    // with `await close()` pending (a failed run's error never reported: test/batch-pool-close.test.ts).
    if (this.closed) return;
    const job = this.queue.shift();
    // an idle worker must not keep the process alive; a busy one must
    if (job === undefined) return void slot.worker.unref();
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage(job.task, job.transfer);
  }

  /**
   * A thread that failed or exited: its job and the queue fail with its error, and its slot goes. A slot kept would
   * look idle, and the next job posted to its dead thread would never be answered (a run waiting only on it would end
   * with nothing said); a later job starts a fresh thread instead.
   */
  private fail(slot: Slot<T, R>, err: Error): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    slot.job?.reject(err);
    slot.job = null;
    for (const job of this.queue.splice(0)) job.reject(err);
  }

  /** Stops every worker at once; jobs still out or queued are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Error('the worker pool was stopped');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    for (const s of this.slots) s.job?.reject(stopped);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
