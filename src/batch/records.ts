import { Readable, Writable } from 'node:stream';
import type { Article } from '../core/types.js';
import type { BatchSummary, Reporter } from './context.js';
import { runBatch, silentReporter } from './index.js';
import type { BatchOptions } from './options.js';

/** What `ingest` takes: the batch options (a record each, so no `format`/`out`), where paths start, who hears messages. */
export interface RecordsOptions extends Omit<BatchOptions, 'format' | 'out' | 'check' | 'prune' | 'report' | 'stdinFormat'> {
  cwd?: string;
  reporter?: Reporter;
}

/**
 * The batch engine as an async iterable: every input's record, in sorted path order, as the run makes them. A sketch
 * of the library's batch entry (the UX issue owns its final shape): the engine writes JSON Lines to a stream of our
 * own, which hands each record on; the run waits while the caller has not taken the records it has, and stops when
 * the caller stops iterating. The run's summary is the generator's return value.
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
