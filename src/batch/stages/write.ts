import path from 'node:path';
import { jsonArray } from '../../emit/index.js';
import { describeWriteError } from '../../io/output-plan.js';
import { write as writeStream } from '../../io/streams.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { BatchStage, Finished, RunContext } from '../context.js';

async function toStdout(ctx: RunContext, data: Uint8Array | string): Promise<void> {
  if (ctx.stdoutClosed.signal.aborted) return;
  await writeStream(ctx.host.stdout, data).catch(ctx.onStdoutError);
}

/**
 * Output files written in input order, one at a time: after a failed write (disk full) every earlier output is
 * complete and no later one was started, and a stop (a signal) comes at a file boundary. Each write is atomic, and
 * never goes through a symlink inside --out that leads out of it.
 */
async function toFiles(ctx: RunContext, outDir: string, done: Finished): Promise<void> {
  const { files } = done.result;
  for (; done.handled < files.length && !ctx.stopping.aborted; done.handled++) {
    const r = files[done.handled]!;
    if (r.status !== 'ok') continue;
    const target = path.join(outDir, done.task.planned![done.handled]!.output);
    try {
      await ctx.outputGuard?.check(target);
      await writeAtomic(target, r.text!, ctx.settings.writes);
    } catch (err) {
      throw describeWriteError(err, target); // 73 cannot create, 74 disk full or I/O error
    }
  }
}

/**
 * Write: each record to stdout (in order, the pieces of a JSON array joined) or to its own file under --out.
 * A write that fails stops the run (73/74) with every earlier output complete.
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
    if (ctx.stopped !== 'stdout-closed' && ctx.settings.outDir === undefined && ctx.settings.options.format === 'json') {
      await toStdout(ctx, jsonArray.close(ctx.written));
    }
  },
};
