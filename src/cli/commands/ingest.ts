import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RunError, UsageError } from '../../core/errors.js';
import type { PipelineOptions } from '../../core/pipeline.js';
import type { OutputFormat } from '../../core/types.js';
import { jsonArray } from '../../emit/index.js';
import { FileList, Inputs, type InputFile, type UnreadableFolder } from '../../io/find-files.js';
import { loadIgnore, splitFileList } from '../../io/ignore-file.js';
import { readStream } from '../../io/read.js';
import { inShard, type Shard } from '../../io/shard.js';
import { OutputGuard, describeWriteError, planOutputs, prepareOutDir, refuseOutputPlan } from '../../io/output-plan.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { FileResult, TaskOptions } from '../batch-task.js';
import { defaultBatchSize, defaultConcurrency, runOrdered, type Done } from '../engine.js';
import { ExitCode, exitCodeFor } from '../exit-codes.js';
import { Incremental, type Planned, type Stale } from '../incremental.js';
import { fileBatches, jsonlBatches, lookahead, type Batch } from '../ingest-sources.js';
import { isEpipe, write, type Io } from '../io.js';
import { RunUi } from '../run-ui.js';
import { installSignalHandlers, signalExitCode, type StopSignal } from '../signals.js';

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
  // safety: options of cli/safety-options.ts
  maxBytes?: number | undefined;
  followSymlinks?: boolean | undefined;
  maxWarnings?: number | undefined;
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

/**
 * The --out tree is never read back in when it sits inside an input folder. When it IS an input folder (or holds
 * one, or the working directory), leaving it out would leave out every input: it is read, and an output that would
 * replace an input is refused before any work (io/output-is-input).
 */
function excludedOutDir(outDir: string | undefined, named: readonly string[], cwd: string): string[] {
  if (outDir === undefined) return [];
  const holds = (dir: string): boolean => {
    const rel = path.relative(outDir, dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  return holds(cwd) || named.some((n) => n !== '-' && holds(path.resolve(cwd, n))) ? [] : [outDir];
}

/** Files, folders, globs and --files-from, minus ignored files and the --out tree (walked when streamed). */
async function resolveInputs(inputs: readonly string[], o: IngestOptions, io: Io, outDir: string | undefined): Promise<Inputs> {
  const cwd = io.cwd();
  let listed: string[] | undefined;
  if (o.filesFrom !== undefined) {
    const text = o.filesFrom === '-' ? (await readStream(io.stdin)).toString('utf8') : await readFile(path.resolve(cwd, o.filesFrom), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new RunError(`Cannot read the --files-from list ${o.filesFrom}: ${err.code ?? err.message}`, ExitCode.noInput);
    });
    listed = splitFileList(text, o.null === true);
  }
  const ignored = await loadIgnore(cwd, o.ignorePath);
  const named = inputs.length > 0 || listed !== undefined ? inputs : ['-'];
  return Inputs.resolve(named, { cwd, glob: o.glob, listed, ignored, exclude: excludedOutDir(outDir, named, cwd) });
}

/** The shard's files only. */
async function* sharded(runs: AsyncIterable<InputFile[]>, shard: Shard | undefined): AsyncGenerator<InputFile[]> {
  for await (const run of runs) {
    const mine = shard ? run.filter((f) => inShard(f.rel, shard)) : run;
    if (mine.length > 0) yield mine;
  }
}

/**
 * How many files a stream holds, counted without keeping them (a second walk, for the progress line's total).
 * Stops walking when `signal` aborts (the run ended first: a signal, `| head`), so the exit is not held up.
 */
async function count(runs: AsyncIterable<InputFile[]>, signal: AbortSignal): Promise<number> {
  let n = 0;
  for await (const run of runs) {
    if (signal.aborted) break;
    n += run.length;
  }
  return n;
}

/**
 * Output files written at once within a batch. 1: outputs land strictly in input order, so after a failed write
 * (disk full) every earlier output is complete and no later one was started, and a signal stops at a file boundary.
 */
const writeWidth = 1;

/** Where records go: stdout (in order, JSON array pieces joined), or one file each under --out (atomically). */
class Sink {
  private count = 0;

  constructor(
    private readonly io: Io,
    private readonly format: OutputFormat,
    private readonly outDir: string | undefined,
    private readonly incremental: Incremental | null,
    private readonly ui: RunUi,
    /** stdout was closed (EPIPE): nothing more goes to it. */
    private readonly stdoutClosed: AbortSignal,
    /** The run is stopping (stdout closed, or a signal): no new output file is started. */
    private readonly stopping: AbortSignal,
    private readonly onStdoutError: (err: unknown) => void,
    private readonly guard: OutputGuard | null,
  ) {}

  private async toStdout(data: Uint8Array | string): Promise<void> {
    if (this.stdoutClosed.aborted) return;
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
      // a few writes at a time (they overlap on libuv's pool), and none started once the run is stopping (a signal)
      for (let i = 0; i < result.files.length && !this.stopping.aborted; i += writeWidth) {
        await Promise.all(result.files.slice(i, i + writeWidth).map((r: FileResult, k) => this.writeOne(outDir, task.planned![i + k]!, r)));
      }
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
        await this.guard?.check(target); // no write through a symlink inside --out that leads out of it
        await writeAtomic(target, r.text!);
      } catch (err) {
        throw describeWriteError(err, target); // 73 cannot create, 74 disk full or I/O error
      }
    }
    this.incremental!.record(p, r);
  }
}

/** --check: the stale inputs (and, with --prune, orphaned outputs), a batch of stats at a time; writes nothing. */
async function checkStale(files: FileList, plan: (part: InputFile[]) => Planned[], inc: Incremental, prune: boolean, ui: RunUi, cwd: string, started: number): Promise<number> {
  const stale: Stale[] = [];
  for (let i = 0; i < files.length; i += defaultBatchSize) for (const s of await inc.stale(plan(files.slice(i, i + defaultBatchSize)), cwd)) stale.push(s);
  // a loop, not a spread: a whole archive may have gone
  if (prune) for (const p of inc.orphans(new Set(files.paths))) stale.push({ path: p, reason: 'input removed' });
  return ui.reportStale(stale, files.length, started);
}

/** Writes the manifest; a failure is an output error like any other (exit 73/74 with the path). */
async function saveManifest(incremental: Incremental): Promise<void> {
  try {
    await incremental.save();
  } catch (err) {
    throw describeWriteError(err, incremental.file);
  }
}

/** Each task learns the folder it was found under, so its read refuses symlinks that lead out of it. */
function withRoots(planned: Planned[]): Planned[] {
  for (const p of planned) if (p.input.root !== undefined) p.task.root = p.input.root;
  return planned;
}

/** Before any work with --out: every output inside --out, none onto an input, no two onto one (else exit 73). */
async function checkOutputs(files: FileList, outDir: string, format: OutputFormat, ui: RunUi, cwd: string): Promise<void> {
  await prepareOutDir(outDir);
  const plan = await planOutputs(files.slice(0, files.length), outDir, (f) => outputPath(outDir, f, format), cwd);
  for (const m of plan.problems) await ui.message(m);
  if (plan.problems.length > 0) throw refuseOutputPlan(plan.problems);
}

/**
 * `tanqih ingest`: every input file to one record, in sorted path order. Returns the exit code.
 * SIGINT/SIGTERM stop taking new files; writes in flight finish (each is atomic); the exit code is then 130/143.
 */
export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  const interrupt = new AbortController();
  const stop = installSignalHandlers(() => interrupt.abort());
  try {
    return await ingest(inputs, options, io, stop, interrupt.signal);
  } finally {
    stop.dispose();
  }
}

async function ingest(inputs: readonly string[], options: IngestOptions, io: Io, stop: StopSignal, interrupted: AbortSignal): Promise<number> {
  const started = performance.now();
  checkCombinations(inputs, options);
  const cwd = io.cwd();
  const outDir = options.out === undefined ? undefined : path.resolve(cwd, options.out);
  const tool = options.tool ?? 'tanqih';
  // what the outputs depend on: a change re-makes every output (the manifest compares it)
  const recordOptions = {
    profile: options.profile ?? 'display',
    normalize: options.normalize ?? null,
    rules: options.rules ?? null,
    encoding: options.encoding ?? null,
    repair: options.repair !== false,
    text: options.text === true,
    format: options.format,
  };
  const ui = new RunUi(io, options);
  const concurrency = Math.max(1, options.concurrency ?? defaultConcurrency());
  const taskOptions: TaskOptions = {
    pipeline: { profile: options.profile, normalize: options.normalize, rules: options.rules, encoding: options.encoding, repair: options.repair, text: options.text },
    read: { maxBytes: options.maxBytes, followSymlinks: options.followSymlinks },
    format: options.format,
    toFiles: outDir !== undefined,
    cwd,
    hash: outDir !== undefined,
  };

  const plan = (inc: Incremental | null) => (part: InputFile[]): Planned[] =>
    withRoots(inc ? inc.plan(part, (f) => outputRel(f, options.format), cwd) : part.map((input) => ({ task: { path: input.path }, input, output: '', mtimeMs: null })));
  let batches: AsyncIterable<Batch>;
  const counting = new AbortController(); // the progress line's count, stopped when the run ends
  let inline = concurrency <= 1;
  let incremental: Incremental | null = null;
  let present = new Set<string>();
  if (options.stdinFormat === 'jsonl') {
    batches = jsonlBatches(io.stdin, options.shard);
  } else {
    const found = await resolveInputs(inputs, options, io, outDir);
    for (const m of found.missing) await ui.message({ path: m, line: null, severity: 'error', rule: 'io/not-found', message: 'No such file or directory' });
    ui.missing = found.missing.length;
    const unreadable = (f: UnreadableFolder): void => ui.unreadableFolder(f.path, f.code);
    let source: AsyncIterable<InputFile[]>;
    let total: number | Promise<number>;
    if (outDir !== undefined) {
      // --out needs the whole list: outputs are checked against each other before any work, and --prune needs it
      const files = await FileList.collect(sharded(found.stream(unreadable), options.shard));
      await ui.flush();
      if (!options.check) await checkOutputs(files, outDir, options.format, ui, cwd);
      incremental = await Incremental.load(outDir, options.shard, tool, recordOptions);
      present = new Set(files.paths);
      if (options.check) return checkStale(files, plan(incremental), incremental, options.prune === true, ui, cwd, started);
      source = files.runs(defaultBatchSize);
      total = files.length;
    } else {
      // streamed: folders are walked as the work goes, so memory does not grow with the number of files
      source = sharded(found.stream(unreadable), options.shard);
      total = ui.wantsProgress ? count(sharded(found.stream(), options.shard), counting.signal) : 0;
    }
    const readOnMain = io.env.TANQIH_READ_IN === 'main' && !inline ? { cwd } : null;
    const peek = await lookahead(fileBatches(source, plan(incremental), io.stdin, readOnMain, options.maxBytes), 2);
    inline ||= peek.done; // one batch: no threads to start
    batches = peek.rest;
    ui.start(peek.done ? peek.head.reduce((n, b) => n + b.files.length, 0) : total);
  }

  const abort = new AbortController(); // stdout closed
  const stopping = AbortSignal.any([abort.signal, interrupted]);
  const onStdoutError = (err: unknown): void => {
    if (isEpipe(err) || (err as NodeJS.ErrnoException).code === 'ERR_STREAM_DESTROYED') abort.abort();
  };
  io.stdout.on('error', onStdoutError);
  const guard = outDir === undefined ? null : new OutputGuard(outDir);
  const sink = new Sink(io, options.format, outDir, incremental, ui, abort.signal, stopping, onStdoutError, guard);
  await sink.open();
  await ui.openReport({ tool, options: recordOptions });
  const emit = async (done: Done<Batch>): Promise<void> => {
    await sink.emit(done);
    // Results that are already in resolve as microtasks, and writes to a pipe are synchronous on Linux, so without a
    // turn of the event loop a SIGINT would only be seen after the last batch. One turn per batch is cheap.
    await new Promise((resolve) => setImmediate(resolve));
  };

  try {
    await runOrdered(batches, taskOptions, { concurrency, inline, signal: stopping }, emit);
  } finally {
    io.stdout.off('error', onStdoutError);
    counting.abort();
  }
  const signalCode = signalExitCode(stop.signal);
  if (signalCode !== null) {
    await sink.close(); // a JSON array on stdout ends on a whole record and is closed
    // what was written is recorded, so a re-run does only the rest
    if (incremental !== null) await saveManifest(incremental);
    await ui.abandon();
    return signalCode;
  }
  if (abort.signal.aborted) {
    await ui.abandon();
    return ExitCode.ok;
  }
  await sink.close();
  if (incremental !== null) {
    const pruned = await incremental.prune(present, options.prune === true);
    ui.pruned = pruned.length;
    await saveManifest(incremental);
  }
  await ui.finish(started);
  const t = ui.totals;
  return exitCodeFor({ failed: t.failed + ui.unreadable, missing: ui.missing, warnings: t.warnings, maxWarnings: options.maxWarnings });
}
