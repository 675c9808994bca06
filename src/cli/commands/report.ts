import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { RunError } from '../../core/errors.js';
import { formatMessage } from '../../core/message.js';
import type { Message } from '../../core/types.js';
import { describeIoError } from '../../io/read.js';
import { describeWriteError } from '../../io/output-plan.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { ReportBuilder } from '../../pages/report/aggregate.js';
import { readRecord } from '../../pages/report/record.js';
import { reportPage } from '../../pages/report/report-page.js';
import { ExitCode, exitCodeFor } from '../exit-codes.js';
import type { Io } from '../process-io.js';
import { write } from '../../io/streams.js';
import type { ReportOptions } from './report-options.js';

/** What a run of `report` counted: messages already printed. */
interface Counts {
  failed: number;
  missing: number;
}

function say(io: Io, m: Omit<Message, 'severity'>): void {
  io.stderr.write(formatMessage({ ...m, severity: 'error' }) + '\n');
}

/** Opens a named input; prints the error and counts it when it cannot be opened. */
async function openInput(p: string, io: Io, counts: Counts): Promise<Readable | null> {
  if (p === '-') return io.stdin;
  try {
    const fh = await open(path.resolve(io.cwd(), p), 'r');
    return fh.createReadStream();
  } catch (err) {
    const { rule, message } = describeIoError(err);
    if (rule === 'io/not-found') counts.missing++;
    else counts.failed++;
    say(io, { path: p, line: null, rule, message: rule === 'io/not-found' ? 'No such file or directory' : message });
    return null;
  }
}

/** Streams one JSON Lines input into the builder; a bad line is an error on that line, and the others go on. */
async function readRecords(p: string, stream: Readable, builder: ReportBuilder, io: Io, counts: Counts): Promise<void> {
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      counts.failed++;
      say(io, { path: p, line: lineNo, rule: 'io/bad-record', message: `This line is not valid JSON (${err instanceof Error ? err.message : String(err)}).` });
      continue;
    }
    const record = readRecord(value);
    if (typeof record === 'string') {
      counts.failed++;
      say(io, { path: p, line: lineNo, rule: 'io/bad-record', message: record });
    } else builder.addRecord(record);
  }
}

/** Reads a run report (`ingest --report`) and counts its failed files. */
async function readRunReport(p: string, builder: ReportBuilder, io: Io, counts: Counts): Promise<void> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path.resolve(io.cwd(), p), 'utf8'));
  } catch (err) {
    if (err instanceof SyntaxError) {
      counts.failed++;
      return say(io, { path: p, line: null, rule: 'io/bad-report', message: `The run report is not valid JSON (${err.message}).` });
    }
    const { rule, message } = describeIoError(err);
    if (rule === 'io/not-found') counts.missing++;
    else counts.failed++;
    return say(io, { path: p, line: null, rule, message: rule === 'io/not-found' ? 'No such file or directory' : message });
  }
  const files = (doc as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) {
    counts.failed++;
    return say(io, { path: p, line: null, rule: 'io/bad-report', message: 'This is not a run report of tanqih ingest --report: it has no "files" list.' });
  }
  builder.knowFailures();
  for (const f of files as { path?: unknown; status?: unknown; messages?: { rule?: unknown; message?: unknown; severity?: unknown }[] }[]) {
    if (f?.status !== 'failed' || typeof f.path !== 'string') continue;
    const m = (Array.isArray(f.messages) ? f.messages : []).find((x) => x?.severity === 'error') ?? f.messages?.[0];
    builder.addFailure({ path: f.path, rule: typeof m?.rule === 'string' ? m.rule : 'unknown', message: typeof m?.message === 'string' ? m.message : '' });
  }
}

/**
 * `tanqih report [RECORDS.jsonl…]`: an HTML page about records of `tanqih ingest` (stdin when none or `-`), with
 * failed files counted from `--run-report` files. Exit codes as `ingest`: 66 when a named input does not exist, else 1
 * when a line or a run report could not be read (the page is still written from the rest).
 */
export async function runReport(inputs: readonly string[], o: ReportOptions, io: Io, generator: string): Promise<number> {
  const names = inputs.length > 0 ? inputs : ['-'];
  const target = o.out === undefined || o.out === '-' ? null : path.resolve(io.cwd(), o.out);
  if (target !== null && [...names, ...(o.runReport ?? [])].some((f) => f !== '-' && path.resolve(io.cwd(), f) === target)) {
    throw new RunError(`Refusing to write ${o.out}: it is one of the inputs (io/output-is-input).`, ExitCode.cantCreate);
  }
  const builder = new ReportBuilder({ depth: o.depth, examples: o.examples });
  const counts: Counts = { failed: 0, missing: 0 };
  let read = 0;
  for (const p of names) {
    const stream = await openInput(p, io, counts);
    if (stream === null) continue;
    read++;
    await readRecords(p, stream, builder, io, counts);
  }
  for (const p of o.runReport ?? []) await readRunReport(p, builder, io, counts);
  if (read > 0) {
    const page = reportPage(builder.finish(), { generator, inputs: names });
    if (target === null) await write(io.stdout, page);
    else await writeAtomic(target, page).catch((err: unknown) => Promise.reject(describeWriteError(err, o.out!)));
  }
  return exitCodeFor({ failed: counts.failed, missing: counts.missing, warnings: 0 });
}
