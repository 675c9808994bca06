import { quickStat } from '../manifest/disk.js';
import { planFiles } from '../batches.js';
import type { RunContext } from '../context.js';
import { checkPlanned, type CheckItem } from '../manifest/index.js';
import { defaultBatchSize } from '../threads/ordered.js';
import path from 'node:path';

/**
 * Check (`--check`, instead of a run): which inputs a run would redo — new, changed (hashed when their size or mtime
 * moved), made with other options, or whose output is missing or edited — which inputs still fail as they failed
 * last run, and, with --prune, which outputs have lost their input or were made under other options. Writes nothing;
 * the stages after it have nothing to do.
 */
export async function checkStale(ctx: RunContext): Promise<void> {
  const { list, manifest } = ctx;
  if (!ctx.settings.options.check || list === null || manifest === null) return;
  const { cwd, options, outDir } = ctx.settings;
  const items: CheckItem[] = [];
  for (let i = 0; i < list.length; i += defaultBatchSize) {
    const planned = planFiles(list.slice(i, i + defaultBatchSize), manifest, options.format, cwd);
    // a loop, not a spread: a whole archive may be stale
    for (const s of await checkPlanned(planned, cwd, ctx.host.stdin, ctx.settings.task.read ?? {})) items.push(s);
  }
  if (options.prune) {
    for (const key of manifest.orphans()) items.push({ path: manifest.inputOf(key), kind: 'stale', reason: 'input removed' });
    for (const f of manifest.pruneTargets().strays) {
      const at = path.join(outDir!, f);
      if (quickStat(at) !== undefined) items.push({ path: at, kind: 'stale', reason: 'an output of other options (another --format)' });
    }
  }
  const orphans = options.prune ? 0 : manifest.orphans().length;
  ctx.check = { stale: items.filter((s) => s.kind === 'stale'), failed: items.filter((s) => s.kind === 'failed'), checked: list.length, orphans, changed: manifest.changed };
}
