import path from 'node:path';
import { RunError, UsageError } from '../../core/errors.js';
import type { PipelineOptions } from '../../core/pipeline.js';
import type { OutputFormat } from '../../core/types.js';
import { jsonArray } from '../../emit/index.js';
import { findFiles, type InputFile } from '../../io/find-files.js';
import { loadIgnore, splitFileList } from '../../io/ignore-file.js';
import { readJsonlBatches } from '../../io/jsonl-input.js';
import { readInput, readStream } from '../../io/read.js';
import { inShard, type Shard } from '../../io/shard.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { FileResult, TaskFile, TaskOptions } from '../batch-task.js';
import { defaultBatchSize, defaultConcurrency, runOrdered, type Done } from '../engine.js';
import { ExitCode } from '../exit-codes.js';
import { Incremental, type Planned } from '../incremental.js';
import { isEpipe, write, type Io } from '../io.js';
import { RunUi } from '../run-ui.js';

export interface IngestOptions extends PipelineOptions {
  format: OutputFormat;
  out?: string | undefined;
  glob: string;
  concurrency?: number | undefined;
  shard?: Shard | undefined;
  filesFrom?: string | undefined;
  /** -0: --files-from is NUL-separated. */
  null?: boolean | undefined;
  ignorePath?: string | undefined;
  prune?: boolean | undefined;
  check?: boolean | undefined;
  quiet?: boolean | undefined;
  color?: boolean | undefined;
  report?: string | undefined;
  stdinFormat?: 'raw' | 'jsonl' | undefined;
  /** Name and version for the manifest and the report, e.g. "tanqih 0.1.0". */
  tool?: string | undefined;
}

/** The output's path relative to --out (POSIX): the input's path below its root, with the format's extension. */
export function outputRel(file: InputFile, format: OutputFormat): string {
  return path.posix.normalize(file.rel.replace(/\.[^./]*$/, '') + (format === 'md' ? '.md' : '.json'));
}

/** Where one article goes under --out. */
export function outputPath(outDir: string, file: InputFile, format: OutputFormat): string {
  return path.join(outDir, outputRel(file, format));
}

/** A batch for the engine, with the plan of each of its files (absent for JSON Lines input). */
interface Batch {
  files: TaskFile[];
  planned: Planned[] | null;
}

function checkCombinations(inputs: readonly string[], o: IngestOptions): void {
  if ((o.check || o.prune) && o.out === undefined) throw new UsageError(`--${o.check ? 'check' : 'prune'} needs --out DIR (it compares DIR's manifest with the inputs).`);
  if (o.stdinFormat === 'jsonl') {
    if (inputs.some((i) => i !== '-') || o.filesFrom !== undefined) throw new UsageError('--stdin-format jsonl reads records from stdin only: give no paths (or -) and no --files-from.');
    if (o.out !== undefined) throw new UsageError('--stdin-format jsonl writes JSON Lines to stdout; --out is not supported with it.');
  }
  if (o.filesFrom === '-' && inputs.includes('-')) throw new UsageError('stdin cannot be both an input (-) and the --files-from list.');
}

/** Files, folders, globs and --files-from, minus ignored files and the --out tree, sharded. */
async function discover(inputs: readonly string[], o: IngestOptions, io: Io, outDir: string | undefined) {
  const cwd = io.cwd();
  let listed: string[] | undefined;
  if (o.filesFrom !== undefined) {
    const text = o.filesFrom === '-' ? (await readStream(io.stdin)).toString('utf8') : await import('node:fs/promises').then((fs) => fs.readFile(path.resolve(cwd, o.filesFrom!), 'utf8')).catch((err: NodeJS.ErrnoException) => {
      throw new RunError(`Cannot read the --files-from list ${o.filesFrom}: ${err.code ?? err.message}`, ExitCode.noInput);
    });
    listed = splitFileList(text, o.null === true);
  }
  const ignored = await loadIgnore(cwd, o.ignorePath);
  const named = inputs.length > 0 || listed !== undefined ? inputs : ['-'];
  const found = await findFiles(named, { cwd, glob: o.glob, listed, ignored, exclude: outDir === undefined ? [] : [outDir] });
  return { files: o.shard ? found.files.filter((f) => inShard(f.rel, o.shard)) : found.files, missing: found.missing };
}

/** `tanqih ingest`: every input file to one record, in sorted path order. Returns the exit code. */
export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const started = performance.now();
  checkCombinations(inputs, options);
  const cwd = io.cwd();
  const outDir = options.out === undefined ? undefined : path.resolve(cwd, options.out);
  const tool = options.tool ?? 'tanqih';
  const recordOptions = { profile: options.profile ?? 'display', encoding: options.encoding ?? null, repair: options.repair !== false, text: options.text === true, format: options.format };
  const ui = new RunUi(io, options);
  const concurrency = Math.max(1, options.concurrency ?? defaultConcurrency());
  const taskOptions: TaskOptions = {
    pipeline: { profile: options.profile, encoding: options.encoding, repair: options.repair, text: options.text },
    format: options.format,
    toFiles: outDir !== undefined,
    cwd,
    hash: outDir !== undefined,
  };

  let batches: AsyncIterable<Batch> | Iterable<Batch>;
  let inline = concurrency <= 1;
  let incremental: Incremental | null = null;
  let present = new Set<string>();
  if (options.stdinFormat === 'jsonl') {
    batches = (async function* () {
      for await (const recs of readJsonlBatches(io.stdin, defaultBatchSize)) {
        const mine = options.shard ? recs.filter((r) => inShard(r.path, options.shard)) : recs;
        if (mine.length > 0) yield { files: mine, planned: null };
      }
    })();
  } else {
    const { files, missing } = await discover(inputs, options, io, outDir);
    for (const m of missing) await ui.message({ path: m, line: null, severity: 'error', rule: 'io/not-found', message: 'No such file or directory' });
    ui.missing = missing.length;
    const outputOf = (f: InputFile): string => outputRel(f, options.format);
    if (outDir !== undefined) {
      incremental = await Incremental.load(outDir, options.shard, tool, recordOptions);
      present = new Set(files.paths);
    }
    // Planned a batch at a time (a stat per file with --out), so nothing per file is held beyond the path list.
    const plan = async (part: InputFile[]): Promise<Planned[]> =>
      incremental ? incremental.plan(part, outputOf, cwd) : part.map((input) => ({ task: { path: input.path }, input, output: '', mtimeMs: null }));
    if (options.check) {
      const stale = [];
      for (let i = 0; i < files.length; i += defaultBatchSize) stale.push(...(await incremental!.stale(await plan(files.slice(i, i + defaultBatchSize)), cwd)));
      if (options.prune) stale.push(...incremental!.orphans(present).map((p) => ({ path: p, reason: 'input removed' })));
      return ui.reportStale(stale, files.length, started);
    }
    inline ||= files.length <= defaultBatchSize;
    ui.start(files.length);
    // TANQIH_READ_IN=main (for the benchmark only): read on this thread and send the bytes, instead of paths.
    const readHere = io.env.TANQIH_READ_IN === 'main' && !inline;
    batches = (async function* () {
      for (let i = 0; i < files.length; i += defaultBatchSize) {
        const part = await plan(files.slice(i, i + defaultBatchSize));
        const tasks = part.map((p) => p.task);
        for (const t of tasks) if (t.path === '-') t.bytes = await readStream(io.stdin);
        if (readHere) await Promise.all(tasks.filter((f) => !f.skip && !f.bytes).map(async (f) => (f.bytes = await readInput(f.path, cwd, io.stdin).catch(() => undefined))));
        yield { files: tasks, planned: part };
      }
    })();
  }

  const abort = new AbortController();
  const onStdoutError = (err: unknown): void => {
    if (isEpipe(err) || (err as NodeJS.ErrnoException).code === 'ERR_STREAM_DESTROYED') abort.abort();
  };
  io.stdout.on('error', onStdoutError);
  let count = 0;
  const toStdout = async (data: Uint8Array | string): Promise<void> => {
    if (abort.signal.aborted) return;
    await write(io.stdout, data as string).catch((err: unknown) => onStdoutError(err));
  };
  if (outDir === undefined && options.format === 'json') await toStdout(jsonArray.open);
  await ui.openReport({ tool, options: recordOptions });

  const emit = async ({ task, result }: Done<Batch>): Promise<void> => {
    await ui.files(result.files, outDir === undefined ? null : task.planned!.map((p) => p.output));
    if (outDir !== undefined) {
      await Promise.all(result.files.map(async (r: FileResult, i) => {
        const p = task.planned![i]!;
        if (r.status === 'ok') {
          const target = path.join(outDir, p.output);
          try {
            await writeAtomic(target, r.text!);
          } catch (err) {
            throw new RunError(`Cannot write ${target}: ${(err as Error).message}`, ExitCode.cantCreate);
          }
        }
        incremental!.record(p, r);
      }));
    } else if (result.out !== null && result.out.length > 0) {
      // each JSON array item starts with ",\n": the first one of the run must not
      const first = options.format === 'json' && count === 0 ? 2 : 0;
      await toStdout(Buffer.from(result.out.buffer, result.out.byteOffset + first, result.out.byteLength - first));
    }
    count += result.files.filter((r) => r.status === 'ok').length;
  };

  try {
    await runOrdered(batches, taskOptions, { concurrency, inline, signal: abort.signal }, emit);
  } finally {
    io.stdout.off('error', onStdoutError);
  }
  if (abort.signal.aborted) {
    await ui.abandon();
    return ExitCode.ok;
  }
  if (outDir === undefined && options.format === 'json') await toStdout(jsonArray.close(count));
  if (incremental !== null) {
    const pruned = await incremental.prune(present, options.prune === true);
    ui.pruned = pruned.length;
    await incremental.save();
  }
  return ui.finish(started);
}
