import { Readable, Writable } from 'node:stream';
import type { Article } from '../core/types.js';
import type { BatchSummary, Reporter } from './context.js';
import { runBatch, silentReporter } from './index.js';
import type { BatchOptions } from './options.js';

/** What `ingest` takes: the batch options (a record each, so no `format`/`out`), where paths start, who hears messages. */
export interface RecordsOptions extends Omit<BatchOptions, 'format' | 'out' | 'check' | 'prune' | 'report' | 'stdinFormat'> {
  /** The folder relative paths start from (default: the process's working directory). */
  cwd?: string;
  /** Hears the run's messages (a file's errors and warnings, in order); default: none. */
  reporter?: Reporter;
}

/**
 * The batch engine as an async iterable: every input's record (files, folders, globs; `tanqih ingest` without
 * --out), in sorted path order, as the run makes them on worker threads. The run waits while the caller has not taken
 * the records it has, and stops when the caller stops iterating (`break`). A file that fails has no record: pass a
 * `reporter` to hear its error. The run's summary is the generator's return value; a failure of the whole run
 * (`RunError`) is thrown.
 *
 * ```ts
 * for await (const article of ingest(['news/'], { profile: 'search' })) console.log(article.path, article.title);
 * ```
 */
export async function* ingest(paths: readonly string[], options: RecordsOptions = {}): AsyncGenerator<Article, BatchSummary | null> {
  const { cwd = process.cwd(), reporter = silentReporter, ...batch } = options;
  const ready: Article[] = [];
  let partial = '';
  let wake: (() => void) | null = null;
  let resume: (() => void) | null = null;
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) if (line !== '') ready.push(JSON.parse(line) as Article);
      wake?.();
      resume = callback; // taken again once the caller has drained what is ready
    },
  });
  const stop = new AbortController();
  let summary: BatchSummary | null = null;
  let failure: unknown = null;
  let finished = false;
  const run = runBatch(paths, { ...batch, format: 'jsonl' }, { cwd, stdin: Readable.from([]), stdout }, reporter, stop.signal).then(
    (s) => void (summary = s),
    (err: unknown) => void (failure = err),
  );
  void run.finally(() => {
    finished = true;
    wake?.();
  });
  try {
    for (;;) {
      while (ready.length > 0) yield ready.shift()!;
      const go = resume as (() => void) | null;
      resume = null;
      go?.(); // the stream may hand over its next chunk at once
      if (ready.length > 0) continue;
      if (finished) break;
      await new Promise<void>((r) => (wake = r));
      wake = null;
    }
    if (failure !== null) throw failure;
    return summary;
  } finally {
    stop.abort(); // the caller stopped early: the run stops taking files
    (resume as (() => void) | null)?.();
    await run;
  }
}
