import path from 'node:path';
import type { Readable } from 'node:stream';
import type { InputFile } from '../io/find-files.js';
import type { JsonlInput } from '../io/jsonl-input.js';
import { describeIoError, readInput, readStream } from '../io/read.js';
import type { OutputFormat } from '../core/types.js';
import type { Manifest, Planned } from './manifest/index.js';
import { defaultBatchSize } from './threads/ordered.js';
import type { TaskFile } from './threads/task.js';

/** A batch for the threads, with the plan of each of its files (null for JSON Lines input). */
export interface Batch {
  files: TaskFile[];
  planned: Planned[] | null;
}

/** `--stdin-format jsonl`: the records as batches, as they stream in. */
export async function* jsonlBatches(records: AsyncIterable<JsonlInput[]>): AsyncGenerator<Batch> {
  for await (const recs of records) yield { files: recs, planned: null };
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

/** The output's path relative to --out (POSIX): the input's path below its root, with the format's extension. */
export function outputRel(file: InputFile, format: OutputFormat): string {
  return path.posix.normalize(file.rel.replace(/\.[^./]*$/, '') + (format === 'md' ? '.md' : '.json'));
}

/**
 * Each input planned for the threads: against the manifest with --out (fresh inputs become skips), else as it is.
 * Each task learns the folder it was found under, so its read refuses symlinks that lead out of it.
 */
export function planFiles(part: InputFile[], manifest: Manifest | null, format: OutputFormat, cwd: string): Planned[] {
  const planned = manifest ? manifest.plan(part, (f) => outputRel(f, format), cwd) : part.map((input): Planned => ({ task: { path: input.path }, input, key: null, output: '', mtimeMs: null, size: null, reason: 'new' }));
  for (const p of planned) if (p.input.root !== undefined) p.task.root = p.input.root;
  return planned;
}
