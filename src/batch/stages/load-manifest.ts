import { acquireLock, manifestPath, Manifest } from '../manifest/index.js';
import type { RunContext } from '../context.js';
import { saveLearnedTemplate } from './learn-template.js';

/**
 * Load manifest (--out only): locks the --out folder for the run (a second run on it, or on the same shard of it,
 * fails fast), then reads and checks every `DIR/.tanqih-manifest*.json` (shard runs' included), so the run plans each input against it (fresh ones
 * are skipped unread) and records what it does. One made by another version or other options is not used; one that
 * is not valid (hand-edited, truncated) is reported, not used, and rebuilt. `--check` reads without locking.
 */
export async function loadManifest(ctx: RunContext): Promise<void> {
  const { outDir, options, tool, recordOptions } = ctx.settings;
  if (outDir === undefined) return;
  if (!options.check) ctx.releaseLock = await acquireLock(manifestPath(outDir, options.shard).replace(/\.json$/, '.lock'));
  if (!options.check) await saveLearnedTemplate(ctx);
  const manifest = await Manifest.load(outDir, options.shard, tool, recordOptions);
  for (const { file, problem } of manifest.problems) {
    const message = `The manifest is not valid (${problem}); it is not used: its inputs are processed again, nothing is pruned, and a new manifest is written.`;
    await ctx.reporter.message({ path: file, line: null, severity: 'warning', rule: 'manifest/invalid', message });
  }
  ctx.manifest = manifest;
}
