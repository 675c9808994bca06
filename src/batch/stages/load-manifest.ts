import { Manifest } from '../manifest.js';
import type { RunContext } from '../context.js';

/**
 * Load manifest (--out only): reads `DIR/.tanqih-manifest*.json`, so the run plans each input against it
 * (fresh ones are skipped unread) and records what it does. One made by another version or other options is ignored.
 */
export async function loadManifest(ctx: RunContext): Promise<void> {
  const { outDir, options, tool, recordOptions } = ctx.settings;
  if (outDir === undefined) return;
  ctx.manifest = await Manifest.load(outDir, options.shard, tool, recordOptions);
}
