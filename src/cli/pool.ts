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
 * The heap size past which a thread is replaced by a fresh one between two tasks. V8 lets a busy heap creep upwards
 * over a long run (more garbage between collections, not more live data); a fresh thread holds ~19 MB after its first batch, so
 * memory stays the same for 40,000 files or 4 million. A restart costs ~50 ms, a few times per 100,000 files.
 */
export const recycleHeapBytes = 24 * 1024 * 1024;

/**
 * A fixed set of worker threads, one job each at a time, the rest queued. node:worker_threads directly: the
 * engine already bounds and orders the work, so a pool library's queueing buys nothing (see BENCHMARKS.md).
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private closed = false;
  /** Threads replaced because their heap had grown (for the benchmark's curiosity and the tests). */
  recycled = 0;

  constructor(
    size: number,
    private readonly script: URL,
    private readonly workerData: unknown,
    private readonly recycleAbove = recycleHeapBytes,
  ) {
    for (let i = 0; i < size; i++) {
      const slot = { job: null } as Slot<T, R>;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  private start(slot: Slot<T, R>): void {
    // A small young generation: each task's garbage dies young, and a thread then holds ~25 MB less (BENCHMARKS.md).
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    slot.worker = worker;
    worker.on('message', (msg: { result?: R; error?: string; heap?: number }) => {
      const job = slot.job;
      slot.job = null;
      if (msg.error !== undefined) job?.reject(new Error(msg.error));
      else job?.resolve(msg.result as R);
      if (msg.heap !== undefined && msg.heap > this.recycleAbove && !this.closed) this.replace(slot);
      this.next(slot);
    });
    worker.on('error', (err) => this.fail(slot, err));
    worker.on('exit', (code) => {
      if (!this.closed && slot.worker === worker) this.fail(slot, new Error(`worker thread exited with code ${code}`));
    });
    worker.unref();
  }

  /** Swaps an idle slot's thread for a fresh one; the old one is stopped in the background. */
  private replace(slot: Slot<T, R>): void {
    const old = slot.worker;
    this.start(slot);
    this.recycled++;
    void old.terminate();
  }

  /** Runs one task on the next free worker; `transfer` lists buffers moved, not copied, to it. */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.closed) return reject(new Error('the worker pool is closed'));
      this.queue.push({ task, transfer, resolve, reject });
      const idle = this.slots.find((s) => s.job === null);
      if (idle) this.next(idle);
    });
  }

  private next(slot: Slot<T, R>): void {
    const job = this.queue.shift();
    // an idle worker must not keep the process alive; a busy one must
    if (job === undefined) return void slot.worker.unref();
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage(job.task, job.transfer);
  }

  private fail(slot: Slot<T, R>, err: Error): void {
    slot.job?.reject(err);
    slot.job = null;
    for (const job of this.queue.splice(0)) job.reject(err);
  }

  /** Stops every worker (jobs still out are dropped). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
