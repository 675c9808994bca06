import { planFiles } from '../batches.js';
import type { RunContext } from '../context.js';
import type { Stale } from '../manifest/index.js';
import { defaultBatchSize } from '../threads/ordered.js';

/**
 * Check (`--check`, instead of a run): which inputs a run would redo — new, changed (hashed when their size
 * or mtime moved), or whose output is missing — and, with --prune, which outputs have lost their input. Writes
 * nothing; the stages after it have nothing to do.
 */
export async function checkStale(ctx: RunContext): Promise<void> {
  const { list, manifest } = ctx;
  if (!ctx.settings.options.check || list === null || manifest === null) return;
  const { cwd, options } = ctx.settings;
  const stale: Stale[] = [];
  for (let i = 0; i < list.length; i += defaultBatchSize) {
    const planned = planFiles(list.slice(i, i + defaultBatchSize), manifest, options.format, cwd);
    for (const s of await manifest.stale(planned, cwd, ctx.host.stdin, ctx.settings.task.read ?? {})) stale.push(s);
  }
  // a loop, not a spread: a whole archive may have gone
  if (options.prune) for (const key of manifest.orphans()) stale.push({ path: manifest.inputOf(key), reason: 'input removed' });
  ctx.check = { stale, checked: list.length };
}
