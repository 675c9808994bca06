import type { Readable } from 'node:stream';
import type { InputFile } from '../io/find-files.js';
import { readJsonlBatches } from '../io/jsonl-input.js';
import { describeIoError, readInput, readStream } from '../io/read.js';
import { inShard, type Shard } from '../io/shard.js';
import type { TaskFile } from './batch-task.js';
import { defaultBatchSize } from './engine.js';
import type { Planned } from './incremental.js';

/** A batch for the engine, with the plan of each of its files (null for JSON Lines input). */
export interface Batch {
  files: TaskFile[];
  planned: Planned[] | null;
}

/** `--stdin-format jsonl`: batches of records as they stream in, the shard's records only. */
export async function* jsonlBatches(stdin: Readable, shard: Shard | undefined): AsyncGenerator<Batch> {
  for await (const recs of readJsonlBatches(stdin, defaultBatchSize)) {
    const mine = shard ? recs.filter((r) => inShard(r.path, shard)) : recs;
    if (mine.length > 0) yield { files: mine, planned: null };
  }
}

/** Batches of found files (runs of any length regrouped), each planned only when the engine asks for it (a stat per file with --out). */
export async function* fileBatches(
  runs: AsyncIterable<InputFile[]>,
  plan: (part: InputFile[]) => Planned[],
  stdin: Readable,
  readOnMain: { cwd: string } | null,
  maxBytes?: number,
): AsyncGenerator<Batch> {
  let pending: InputFile[] = [];
  const batch = async (part: InputFile[]): Promise<Batch> => {
    const planned = plan(part);
    const tasks = planned.map((p) => p.task);
    for (const t of tasks) {
      if (t.path !== '-') continue;
      // stdin is read here (a worker cannot); a refusal (--max-bytes) becomes that input's error
      await readStream(stdin, maxBytes).then((b) => (t.bytes = b), (err: unknown) => (t.error = describeIoError(err)));
    }
    // TANQIH_READ_IN=main (for the benchmark only): read on this thread and send the bytes, instead of paths.
    if (readOnMain) {
      const unread = tasks.filter((f) => !f.skip && !f.bytes);
      await Promise.all(unread.map(async (f) => (f.bytes = await readInput(f.path, readOnMain.cwd, stdin).catch(() => undefined))));
    }
    return { files: tasks, planned };
  };
  for await (const run of runs) {
    for (const f of run) {
      pending.push(f);
      if (pending.length < defaultBatchSize) continue;
      yield await batch(pending);
      pending = [];
    }
  }
  if (pending.length > 0) yield await batch(pending);
}

/** The first `n` items of a stream taken now (`done`: there were no more), and the whole stream to go on with. */
export async function lookahead<T>(stream: AsyncIterable<T>, n: number): Promise<{ head: readonly T[]; done: boolean; rest: AsyncIterable<T> }> {
  const it = stream[Symbol.asyncIterator]();
  const head: T[] = [];
  let done = false;
  while (head.length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
  }
  async function* rest(): AsyncGenerator<T> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, done, rest: rest() };
}
