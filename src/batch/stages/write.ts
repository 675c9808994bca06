import path from 'node:path';
import { jsonArray } from '../../emit/index.js';
import { describeWriteError } from '../../io/output-plan.js';
import { write as writeStream } from '../../io/streams.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { BatchStage, Finished, RunContext } from '../context.js';
import type { FileResult } from '../threads/task.js';

async function toStdout(ctx: RunContext, data: Uint8Array | string): Promise<void> {
  if (ctx.stdoutClosed.signal.aborted) return;
  await writeStream(ctx.host.stdout, data).catch(ctx.onStdoutError);
}

/** Write failures that concern one output only (its name, what stands at its path): a message on that file. */
const fileFaults: Record<string, [rule: string, sentence: string]> = {
  ENAMETOOLONG: ['io/output-name-too-long', 'Its output name is too long for the file system (255 bytes); rename the input.'],
  ENOTREG: ['io/output-not-regular', 'A FIFO, device or socket stands at its output path; tanqih replaces only regular files.'],
  EISDIR: ['io/output-not-regular', 'A folder stands at its output path; tanqih replaces only regular files.'],
  ENOTDIR: ['io/output-not-regular', 'A part of its output path is a file, not a folder.'],
  EEXIST: ['io/output-not-regular', 'A part of its output path is a file, not a folder.'],
};

/** The result of a file whose output could not be written (the record is dropped). */
function failed(r: FileResult, target: string, [rule, message]: [string, string]): FileResult {
  return { ...r, status: 'failed', text: null, messages: [...r.messages, { path: r.path, line: null, severity: 'error', rule, message: `${message} (${target})` }] };
}

/**
 * Output files written in input order, one at a time: after a failed write (disk full) every earlier output is
 * complete and no later one was started, and a stop (a signal) comes at a file boundary. Each write is atomic, checks
 * every byte, and never lands outside --out.
 */
async function toFiles(ctx: RunContext, outDir: string, done: Finished): Promise<void> {
  const { files } = done.result;
  const { writes, options } = ctx.settings;
  const confirmDir = ctx.outputGuard === null ? undefined : (dir: string) => ctx.outputGuard!.confirm(dir);
  for (; done.handled < files.length && !ctx.stopping.aborted; done.handled++) {
    const r = files[done.handled]!;
    if (r.status !== 'ok') continue;
    const target = path.join(outDir, done.task.planned![done.handled]!.output);
    try {
      await writeAtomic(target, r.text!, { sys: writes, fsync: options.fsync, sweep: true, confirmDir });
    } catch (err) {
      const fault = fileFaults[(err as NodeJS.ErrnoException).code ?? ''];
      if (fault === undefined) throw describeWriteError(err, target); // 73 cannot create, 74 disk full or I/O error
      files[done.handled] = failed(r, target, fault);
    }
  }
}

/**
 * Write: each record to stdout (in order, the pieces of a JSON array joined) or to its own file under --out. An
 * output that cannot take its record (its name, a FIFO at its path) is a message on that file; a write that fails
 * for the disk (full, I/O error, read-only) stops the run (73/74) with every earlier output complete.
 */
export const write: BatchStage = {
  name: 'write',
  async open(ctx) {
    if (ctx.settings.outDir === undefined && ctx.settings.options.format === 'json') await toStdout(ctx, jsonArray.open);
  },
  async batch(ctx, done) {
    const outDir = ctx.settings.outDir;
    if (outDir !== undefined) return toFiles(ctx, outDir, done);
    const out = done.result.out;
    done.handled = done.result.files.length;
    if (out === null || out.length === 0) return;
    // each JSON array item starts with ",\n": the first one of the run must not
    const first = ctx.settings.options.format === 'json' && ctx.written === 0 ? 2 : 0;
    await toStdout(ctx, Buffer.from(out.buffer, out.byteOffset + first, out.byteLength - first));
    ctx.written += done.result.files.filter((r) => r.status === 'ok').length;
  },
  async close(ctx) {
    if (ctx.stopped !== 'stdout-closed' && ctx.failure === null && ctx.settings.outDir === undefined && ctx.settings.options.format === 'json') {
      await toStdout(ctx, jsonArray.close(ctx.written));
    }
  },
};
