import path from 'node:path';
import { RunError, UsageError } from '../../core/errors.js';
import type { PipelineOptions } from '../../core/pipeline.js';
import type { OutputFormat } from '../../core/types.js';
import { jsonArray } from '../../emit/index.js';
import { findFiles, type FileList, type InputFile } from '../../io/find-files.js';
import { loadIgnore, splitFileList } from '../../io/ignore-file.js';
import { readStream } from '../../io/read.js';
import { inShard, type Shard } from '../../io/shard.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { FileResult, TaskOptions } from '../batch-task.js';
import { defaultBatchSize, defaultConcurrency, runOrdered, type Done } from '../engine.js';
import { ExitCode } from '../exit-codes.js';
import { Incremental, type Planned, type Stale } from '../incremental.js';
import { fileBatches, jsonlBatches, type Batch } from '../ingest-sources.js';
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

/** Where records go: stdout (in order, JSON array pieces joined), or one file each under --out (atomically). */
class Sink {
  private count = 0;

  constructor(
    private readonly io: Io,
    private readonly format: OutputFormat,
    private readonly outDir: string | undefined,
    private readonly incremental: Incremental | null,
    private readonly ui: RunUi,
    private readonly aborted: AbortSignal,
    private readonly onStdoutError: (err: unknown) => void,
  ) {}

  private async toStdout(data: Uint8Array | string): Promise<void> {
    if (this.aborted.aborted) return;
    await write(this.io.stdout, data as string).catch(this.onStdoutError);
  }

  async open(): Promise<void> {
    if (this.outDir === undefined && this.format === 'json') await this.toStdout(jsonArray.open);
  }

  async close(): Promise<void> {
    if (this.outDir === undefined && this.format === 'json') await this.toStdout(jsonArray.close(this.count));
  }

  async emit({ task, result }: Done<Batch>): Promise<void> {
    const outDir = this.outDir;
    await this.ui.files(result.files, outDir === undefined ? null : task.planned!.map((p) => p.output));
    if (outDir !== undefined) {
      await Promise.all(result.files.map((r: FileResult, i) => this.writeOne(outDir, task.planned![i]!, r)));
    } else if (result.out !== null && result.out.length > 0) {
      // each JSON array item starts with ",\n": the first one of the run must not
      const first = this.format === 'json' && this.count === 0 ? 2 : 0;
      await this.toStdout(Buffer.from(result.out.buffer, result.out.byteOffset + first, result.out.byteLength - first));
    }
    this.count += result.files.filter((r) => r.status === 'ok').length;
  }

  private async writeOne(outDir: string, p: Planned, r: FileResult): Promise<void> {
    if (r.status === 'ok') {
      const target = path.join(outDir, p.output);
      try {
        await writeAtomic(target, r.text!);
      } catch (err) {
        throw new RunError(`Cannot write ${target}: ${(err as Error).message}`, ExitCode.cantCreate);
      }
    }
    this.incremental!.record(p, r);
  }
}

/** --check: the stale inputs (and, with --prune, orphaned outputs), a batch of stats at a time; writes nothing. */
async function checkStale(files: FileList, plan: (part: InputFile[]) => Planned[], inc: Incremental, prune: boolean, ui: RunUi, cwd: string, started: number): Promise<number> {
  const stale: Stale[] = [];
  for (let i = 0; i < files.length; i += defaultBatchSize) stale.push(...(await inc.stale(plan(files.slice(i, i + defaultBatchSize)), cwd)));
  if (prune) stale.push(...inc.orphans(new Set(files.paths)).map((p) => ({ path: p, reason: 'input removed' })));
  return ui.reportStale(stale, files.length, started);
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

  let batches: AsyncIterable<Batch>;
  let inline = concurrency <= 1;
  let incremental: Incremental | null = null;
  let present = new Set<string>();
  if (options.stdinFormat === 'jsonl') {
    batches = jsonlBatches(io.stdin, options.shard);
  } else {
    const { files, missing } = await discover(inputs, options, io, outDir);
    for (const m of missing) await ui.message({ path: m, line: null, severity: 'error', rule: 'io/not-found', message: 'No such file or directory' });
    ui.missing = missing.length;
    if (outDir !== undefined) {
      incremental = await Incremental.load(outDir, options.shard, tool, recordOptions);
      present = new Set(files.paths);
    }
    const inc = incremental;
    const plan = (part: InputFile[]): Planned[] =>
      inc ? inc.plan(part, (f) => outputRel(f, options.format), cwd) : part.map((input) => ({ task: { path: input.path }, input, output: '', mtimeMs: null }));
    if (options.check) return checkStale(files, plan, inc!, options.prune === true, ui, cwd, started);
    inline ||= files.length <= defaultBatchSize;
    ui.start(files.length);
    batches = fileBatches(files, plan, io.stdin, io.env.TANQIH_READ_IN === 'main' && !inline ? { cwd } : null);
  }

  const abort = new AbortController();
  const onStdoutError = (err: unknown): void => {
    if (isEpipe(err) || (err as NodeJS.ErrnoException).code === 'ERR_STREAM_DESTROYED') abort.abort();
  };
  io.stdout.on('error', onStdoutError);
  const sink = new Sink(io, options.format, outDir, incremental, ui, abort.signal, onStdoutError);
  await sink.open();
  await ui.openReport({ tool, options: recordOptions });
  const emit = (done: Done<Batch>): Promise<void> => sink.emit(done);

  try {
    await runOrdered(batches, taskOptions, { concurrency, inline, signal: abort.signal }, emit);
  } finally {
    io.stdout.off('error', onStdoutError);
  }
  if (abort.signal.aborted) {
    await ui.abandon();
    return ExitCode.ok;
  }
  await sink.close();
  if (incremental !== null) {
    const pruned = await incremental.prune(present, options.prune === true);
    ui.pruned = pruned.length;
    await incremental.save();
  }
  return ui.finish(started);
}
