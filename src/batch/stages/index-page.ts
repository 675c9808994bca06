import path from 'node:path';
import { toMarkdownIndex } from '../../emit/index.js';
import { describeWriteError } from '../../io/output-plan.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { RunContext } from '../context.js';

/** The index of a Markdown --out folder. */
export const indexName = 'index.md';

/** A run that keeps the folder's index: Markdown into --out, not a shard job. */
export function writesIndex(ctx: RunContext): boolean {
  const { outDir, options } = ctx.settings;
  return outDir !== undefined && options.format === 'md' && !(options.shard !== undefined && options.shard.count > 1);
}

/**
 * `index.md` (Markdown --out, a complete run without --shard): a list of every article the folder holds, linked, with
 * its headline and date, from the manifest (so a re-run that skips everything still lists everything). Not written
 * when an article's own output is `index.md` (a warning says so), nor by a shard job (each holds only its part: an
 * unsharded re-run over the merged folder writes it).
 */
export async function writeIndexPage(ctx: RunContext): Promise<void> {
  const { outDir, options, tool } = ctx.settings;
  const manifest = ctx.manifest;
  if (outDir === undefined || manifest === null || !writesIndex(ctx)) return;
  const articles = manifest.articles();
  const file = path.join(outDir, indexName);
  if (articles.some((a) => a.output === indexName)) {
    const message = `An article's output is ${indexName}, so the folder's index was not written.`;
    return ctx.reporter.message({ path: file, line: null, severity: 'warning', rule: 'io/index-taken', message });
  }
  try {
    await writeAtomic(file, toMarkdownIndex(articles, tool), { sys: ctx.settings.writes, fsync: options.fsync });
  } catch (err) {
    throw describeWriteError(err, file);
  }
}
