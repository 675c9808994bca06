import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultGlob } from '../../io/find-files.js';
import type { RunContext } from '../context.js';

/** The sentence for an argument that matched nothing: a folder with no file for --glob, or a pattern. */
async function why(ctx: RunContext, arg: string): Promise<string> {
  const folder = (await stat(path.resolve(ctx.settings.cwd, arg)).catch(() => null))?.isDirectory() === true;
  const glob = ctx.settings.options.glob ?? defaultGlob;
  return folder ? `No file in this folder matches --glob "${glob}" (another pattern: --glob "**/*.html").` : 'The pattern matches no file.';
}

/**
 * Report unmatched: a run that read no file at all, whose folder and glob arguments matched nothing (before --shard
 * took its part: an empty shard is no mistake), says so for each argument (io/no-match) and exits 66, instead of a
 * silent "0 files" (`tanqih ingest folder-of-html`).
 */
export async function reportUnmatched(ctx: RunContext): Promise<void> {
  const searched = ctx.searched;
  if (searched === null || ctx.stopped !== null || ctx.totals.files > 0 || (ctx.list?.length ?? 0) > 0) return;
  const { prune, force } = ctx.settings.options;
  if (prune === true && force === true) return; // "the inputs are empty, and I know it
  for await (const run of searched.files()) if (run.length > 0) return;
  for (const arg of searched.args) await ctx.reporter.message({ path: arg, line: null, severity: 'error', rule: 'io/no-match', message: await why(ctx, arg) });
  ctx.unmatched = [...searched.args];
}
