import path from 'node:path';
import { jsonArray } from '../../emit/index.js';
import { describeWriteError } from '../../io/output-plan.js';
import { write as writeStream } from '../../io/streams.js';
import { syncDir, writeAtomic } from '../../io/write-atomic.js';
import { commitTempSync, discardTempSync } from '../../io/write-temp.js';
import { discardTemps, removeUnusedDirs, untrackTemp } from '../temps.js';
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

/** Fails the run (73/74) or the file (its name, what stands at its path) for an error writing `target`. */
function writeFailed(files: FileResult[], at: number, target: string, err: unknown): void {
  const fault = fileFaults[(err as NodeJS.ErrnoException).code ?? ''];
  if (fault === undefined) throw describeWriteError(err, target); // 73 cannot create, 74 disk full or I/O error
  files[at] = failed(files[at]!, target, fault);
}

/** One output into place: its temp file (written by a worker) renamed, or (a library run without temps) written here. */
async function commit(ctx: RunContext, r: FileResult, tmp: string | undefined, target: string): Promise<void> {
  const { writes, options } = ctx.settings;
  try {
    if (r.writeError !== undefined) throw Object.assign(new Error(r.writeError.message), { code: r.writeError.code });
    if (r.temp === undefined) {
      const confirmDir = ctx.outputGuard === null ? undefined : (dir: string) => ctx.outputGuard!.confirm(dir);
      return await writeAtomic(target, r.text!, { sys: writes, fsync: options.fsync, sweep: true, confirmDir });
    }
    await writes.beforeRename();
    await ctx.outputGuard?.confirm(path.dirname(target));
    commitTempSync(r.temp, target);
  } catch (err) {
    if (tmp !== undefined) discardTempSync(tmp);
    throw err;
  } finally {
    if (tmp !== undefined) untrackTemp(ctx, tmp);
  }
}

/**
 * Output files put in place in input order, one at a time: the workers wrote each record to a temp file beside its
 * output, and here each is renamed into place, so after a failed write (disk full) every earlier output is complete
 * and no later one appears (their temp files are removed), and a stop (a signal) comes at a file boundary. Each
 * output is atomic, checked byte for byte, and never lands outside --out. With --fsync each folder is synced once per
 * batch, after its renames and before the manifest records them.
 */
async function toFiles(ctx: RunContext, outDir: string, done: Finished): Promise<void> {
  const { files } = done.result;
  const dirs = new Set<string>();
  for (; done.handled < files.length && !ctx.stopping.aborted; done.handled++) {
    const r = files[done.handled]!;
    const tmp = done.task.files[done.handled]!.temp;
    if (r.status !== 'ok') {
      if (tmp !== undefined) untrackTemp(ctx, tmp); // named for it, never written (it failed, or was unchanged)
      continue;
    }
    const target = path.join(outDir, done.task.planned![done.handled]!.output);
    try {
      await commit(ctx, r, tmp, target);
      dirs.add(path.dirname(target));
    } catch (err) {
      writeFailed(files, done.handled, target, err);
    }
  }
  if (ctx.settings.options.fsync) for (const dir of dirs) await syncDir(dir).catch((err: unknown) => Promise.reject(describeWriteError(err, dir)));
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
    discardTemps(ctx); // the temp files of outputs not put in place (a stop, a failure): workers are stopped by now
    removeUnusedDirs(ctx);
    if (ctx.stopped !== 'stdout-closed' && ctx.failure === null && ctx.settings.outDir === undefined && ctx.settings.options.format === 'json') {
      await toStdout(ctx, jsonArray.close(ctx.written));
    }
  },
};
