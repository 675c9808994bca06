import { describeWriteError } from '../../io/output-plan.js';
import type { BatchStage, RunContext } from '../context.js';

/** Writes the manifest; a failure is an output error like any other (exit 73/74 with the path). */
async function save(ctx: RunContext): Promise<void> {
  const manifest = ctx.manifest!;
  try {
    await manifest.save(ctx.settings.writes);
  } catch (err) {
    throw describeWriteError(err, manifest.file);
  }
}

/**
 * Record (--out only): each input the write stage finished with goes into the manifest (a failed one loses
 * its entry, so the next run tries it again). At the end, --prune removes the outputs of inputs that disappeared, and
 * the manifest is saved; a run stopped by a signal saves what it did, so a re-run does only the rest.
 */
export const record: BatchStage = {
  name: 'record',
  async batch(ctx, done) {
    const manifest = ctx.manifest;
    if (manifest === null) return;
    for (let i = 0; i < done.handled; i++) manifest.record(done.task.planned![i]!, done.result.files[i]!);
  },
  async close(ctx) {
    const manifest = ctx.manifest;
    if (manifest === null || ctx.stopped === 'stdout-closed') return;
    if (ctx.stopped === null) {
      const pruned = await manifest.prune(new Set(ctx.list?.paths ?? []), ctx.settings.options.prune === true);
      ctx.pruned = pruned.length;
    }
    await save(ctx);
  },
};
