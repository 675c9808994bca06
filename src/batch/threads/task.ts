import { hash as oneShotHash, createHash } from 'node:crypto';
import { processBytes, type PipelineOptions } from '../../core/pipeline.js';
import type { Article, Message, OutputFormat } from '../../core/types.js';
import { jsonArray, toJson, toJsonLine, toMarkdown } from '../../emit/index.js';
import { describeIoError, readInputSync, type ReadOptions } from '../../io/read.js';
import { writeTempSync, type WriteFault } from '../../io/write-temp.js';

/** Options every task of a run shares: plain JSON, sent once to each worker. */
export interface TaskOptions {
  pipeline: PipelineOptions;
  /** Size limit and symlink policy for reading inputs (--max-bytes, --follow-symlinks). */
  read?: Pick<ReadOptions, 'maxBytes' | 'followSymlinks'>;
  format: OutputFormat;
  /** Markdown without escaping (`--md-raw`): HTML and Markdown characters in the text take effect. */
  mdRaw?: boolean | undefined;
  /**
   * One file per article (--out): each record is written here, to the temp file its TaskFile names (the main thread
   * renames it into place in input order); otherwise the batch's records come back as one encoded chunk for stdout.
   */
  toFiles: boolean;
  /** With toFiles: fsync each temp file before it is reported written (--fsync). */
  fsync?: boolean | undefined;
  cwd: string;
  /** Compute a content hash of each input (for the --out manifest). */
  hash: boolean;
  /**
   * Files larger than this (bytes) are not processed here but listed in `BatchResult.deferred`, to run alone on a
   * thread whose heap is sized to them (ordered.ts): a shared thread's capped heap, or the main thread, never holds one.
   */
  deferAbove?: number | undefined;
  /** Return each record's text in its FileResult even without --out (for a file run alone). */
  perFileText?: boolean | undefined;
}

/** One input of a batch: a path to read, or bytes already read (stdin, JSON Lines input). */
export interface TaskFile {
  path: string;
  /** The folder argument it was found under: a symlink may not lead out of it. */
  root?: string;
  bytes?: Uint8Array;
  /** The hash recorded last run: when the content still has it, the file is reported unchanged, not processed. */
  knownHash?: string;
  /** Fresh by the manifest: reported as skipped, never read. */
  skip?: { size: number };
  /** Refused before reading (a bad JSON Lines input record; an unchanged input that failed last run, replayed). */
  error?: { rule: string; message: string; line?: number | null };
  /** A warning about the input found before processing (lone surrogates in a JSON Lines record). */
  warning?: { rule: string; message: string };
  /** With --out: the temp file to write the record to (beside its output; the main thread renames it). */
  temp?: string;
  /** With --out: why the record cannot be written (its folder could not be made), reported at its turn. */
  noWrite?: WriteError;
  /** A write fault a test injects into this file's write (test/helpers/tanqih-test-bin.mjs). */
  fault?: WriteFault;
}

/** A failed write, as data that crosses threads (an Error's code and message). */
export interface WriteError {
  code: string;
  message: string;
}

export interface BatchTask {
  files: TaskFile[];
}

export type FileStatus = 'ok' | 'failed' | 'unchanged' | 'skipped';

/** What became of one input. */
export interface FileResult {
  path: string;
  status: FileStatus;
  messages: Message[];
  /** Bytes read. */
  size: number;
  encoding: string | null;
  hash: string | null;
  /** The rendered record, for a file run alone without --out (perFileText). */
  text: string | null;
  /** With --out: the temp file that holds the record, complete (the main thread renames it into place). */
  temp?: string | undefined;
  /** With --out: the record could not be written to its temp file. */
  writeError?: WriteError | undefined;
  /** With --out: sha1 of the rendered record's UTF-8 bytes (the manifest tells an edited output by it). */
  outHash?: string;
  /** With --out and Markdown: what the folder's index.md lists for the article. */
  index?: { title: string | null; date: string | null };
}

export interface BatchResult {
  files: FileResult[];
  /** Without --out: the records of the batch, UTF-8, in order (JSON array items each start with ",\n"). */
  out: Uint8Array | null;
  /** Indexes of files over `deferAbove`, left for a thread of their own (then `out` is null and ok files carry `text`). */
  deferred: number[];
}


/** A content hash: cheap, only for telling whether a file changed (not a security boundary). */
export function contentHash(bytes: Uint8Array): string {
  return typeof oneShotHash === 'function' ? oneShotHash('sha1', bytes, 'hex') : createHash('sha1').update(bytes).digest('hex');
}

function render(article: Article, options: TaskOptions): string {
  if (options.format === 'md') return toMarkdown(article, { raw: options.mdRaw });
  if (options.toFiles) return toJson(article);
  if (options.format === 'json') return jsonArray.item(article, 1);
  return toJsonLine(article);
}

/**
 * Reads a file (or yields the bytes it came with); the error, if any, is kept for its turn. Synchronous: on a worker
 * thread blocking costs nothing, and readInputSync does the same checks as readInput at a fraction of its CPU.
 * (With more threads than cores, the others use the core while one waits for the disk.)
 */
function startRead(file: TaskFile, options: TaskOptions): Promise<Uint8Array> | null {
  if (file.skip || file.error) return null;
  if (file.bytes) return Promise.resolve(file.bytes);
  try {
    return Promise.resolve(readInputSync(file.path, options.cwd, { ...options.read, root: file.root }));
  } catch (err) {
    const failed = Promise.reject(err as Error);
    failed.catch(() => {});
    return failed;
  }
}

/** A record too long for one JavaScript string (V8's limit is about 512 M characters) fails its file, not the run. */
function renderOrFail(article: Article, options: TaskOptions): string | null {
  try {
    return render(article, options);
  } catch (err) {
    if (err instanceof RangeError) return null;
    throw err;
  }
}

async function runOne(file: TaskFile, read: Promise<Uint8Array> | null, options: TaskOptions, out: string[] | null): Promise<FileResult | number> {
  const base = { path: file.path, messages: [] as Message[], size: 0, encoding: null, hash: null, text: null };
  if (file.skip) return { path: file.path, status: 'skipped', messages: [], size: file.skip.size, encoding: null, hash: null, text: null };
  if (file.error || read === null) return { ...base, status: 'failed', messages: [{ path: file.path, line: null, severity: 'error', rule: 'io/bad-record', message: 'Refused.', ...file.error }] };
  let bytes: Uint8Array;
  try {
    bytes = await read;
  } catch (err) {
    const { rule, message } = describeIoError(err);
    return { ...base, status: 'failed', messages: [{ path: file.path, line: null, severity: 'error', rule, message }] };
  }
  if (options.deferAbove !== undefined && bytes.length > options.deferAbove) return bytes.length; // deferred: its size
  const hash = options.hash ? contentHash(bytes) : null;
  if (hash !== null && hash === file.knownHash) return { ...base, status: 'unchanged', size: bytes.length, hash };
  const result = processBytes(file.path, bytes, options.pipeline);
  if (file.warning !== undefined) result.messages.unshift({ path: file.path, line: null, severity: 'warning', ...file.warning });
  if (!result.ok) return { ...base, status: 'failed', messages: result.messages, size: bytes.length, hash };
  const text = renderOrFail(result.article, options);
  if (text === null) {
    const message = 'Its record would be longer than the longest text JavaScript can hold (about 512 M characters); it was not written.';
    return { ...base, status: 'failed', messages: [{ path: file.path, line: null, severity: 'error', rule: 'io/too-large', message }], size: bytes.length, hash };
  }
  const done: FileResult = { path: file.path, status: 'ok', messages: result.messages, size: bytes.length, encoding: result.article.encoding.name, hash, text: null };
  if (options.toFiles && options.format === 'md') done.index = { title: result.article.title, date: result.article.date };
  if (options.toFiles) return writeRecord(file, text, options, done);
  if (out === null) done.text = text;
  else out.push(text);
  return done;
}

/**
 * --out: the record, encoded to UTF-8 once, hashed (the manifest tells an edited output by it) and written to its
 * temp file, here in the worker; a failure is kept for the file's turn.
 */
function writeRecord(file: TaskFile, text: string, options: TaskOptions, done: FileResult): FileResult {
  const bytes = Buffer.from(text, 'utf8');
  if (options.hash) done.outHash = contentHash(bytes);
  if (file.noWrite !== undefined) return { ...done, writeError: file.noWrite };
  if (file.temp === undefined) return { ...done, text };
  try {
    writeTempSync(file.temp, bytes, { fsync: options.fsync, fault: file.fault });
    return { ...done, temp: file.temp };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ...done, writeError: { code: e.code ?? 'EIO', message: e.message } };
  }
}

const encoder = new TextEncoder();

/** The place of a deferred file in a batch's results until its own thread has run it. */
function placeholder(file: TaskFile): FileResult {
  return { path: file.path, status: 'failed', messages: [], size: 0, encoding: null, hash: null, text: null };
}

/**
 * Reads, processes and renders a batch of files, in order. Runs on a worker thread, or inline, where `between` is
 * awaited between files (it lets a signal in) and ends the batch early when it answers true.
 */
export async function runTask(task: BatchTask, options: TaskOptions, between?: () => Promise<boolean>): Promise<BatchResult> {
  let out: string[] | null = options.toFiles || options.perFileText ? null : [];
  const files: FileResult[] = [];
  const deferred: number[] = [];
  // Each file is read just before it is processed (reads are synchronous), so only one input is held at a time.
  for (const file of task.files) {
    if (between !== undefined && files.length > 0 && (await between())) break;
    const r = await runOne(file, startRead(file, options), options, out);
    if (typeof r !== 'number') {
      files.push(r);
      continue;
    }
    // the records around a deferred file are kept one by one, to be put back together in order
    if (out !== null) {
      let k = 0;
      for (const f of files) if (f.status === 'ok') f.text = out[k++]!;
    }
    out = null;
    deferred.push(files.length);
    files.push({ ...placeholder(file), size: r });
  }
  // TextEncoder gives a fresh ArrayBuffer (never Buffer's shared pool), so it can be transferred, not copied.
  return { files, out: out === null ? null : encoder.encode(out.join('')), deferred };
}
