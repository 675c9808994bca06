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
 * A fixed set of worker threads, one job each at a time, the rest queued. node:worker_threads directly: the
 * engine already bounds and orders the work, so a pool library's queueing buys nothing (see BENCHMARKS.md).
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private closed = false;

  constructor(size: number, script: URL, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      // A small young generation: each task's garbage dies young, and a thread then holds ~25 MB less (BENCHMARKS.md).
      const worker = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot: Slot<T, R> = { worker, job: null };
      worker.on('message', (msg: { result?: R; error?: string }) => {
        const job = slot.job;
        slot.job = null;
        if (msg.error !== undefined) job?.reject(new Error(msg.error));
        else job?.resolve(msg.result as R);
        this.next(slot);
      });
      worker.on('error', (err) => this.fail(slot, err));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(slot, new Error(`worker thread exited with code ${code}`));
      });
      worker.unref();
      this.slots.push(slot);
    }
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
