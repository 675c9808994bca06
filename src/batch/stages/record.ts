import { statSync } from 'node:fs';
import path from 'node:path';
import { describeWriteError } from '../../io/output-plan.js';
import { toFsPath } from '../../io/raw-path.js';
import type { BatchStage, RunContext } from '../context.js';
import { isReadError, type OutputInfo } from '../manifest/index.js';
import type { FileResult } from '../threads/task.js';
import { indexName, writeIndexPage, writesIndex } from './index-page.js';

/** Writes the manifest; a failure is an output error like any other (exit 73/74 with the path). */
async function save(ctx: RunContext, complete: boolean): Promise<void> {
  const manifest = ctx.manifest!;
  try {
    await manifest.save(complete, { sys: ctx.settings.writes, fsync: ctx.settings.options.fsync, sweep: true });
  } catch (err) {
    throw describeWriteError(err, manifest.file);
  }
}

/**
 * --prune, by rsync's rule: never after a read error (a folder that could not be listed, a missing input, a file that
 * could not be read: its outputs would look orphaned), never against a manifest that could not be used, and never
 * emptying --out because the inputs came up empty (an unmounted mount point) unless --force says so. Removes the
 * outputs of inputs that disappeared, of inputs that now fail, and of other options (another --format).
 */
async function prune(ctx: RunContext): Promise<void> {
  const manifest = ctx.manifest!;
  const { keys, files } = manifest.pruneTargets();
  const why = (sentence: string): Promise<void> =>
    ctx.reporter.message({ path: manifest.outDir, line: null, severity: 'error', rule: 'manifest/prune-refused', message: sentence });
  if (!manifest.trusted || keys.length + files.length === 0) return manifest.keepOrphans();
  const readErrors = ctx.readErrors + ctx.missing + ctx.unreadable;
  if (readErrors > 0) {
    manifest.keepOrphans();
    return why(`Nothing was pruned: ${readErrors} input${readErrors === 1 ? '' : 's'} could not be read in this run, and tanqih never deletes after a read error.`);
  }
  if ((ctx.list?.length ?? 0) === 0 && ctx.settings.options.force !== true) {
    ctx.pruneRefused = true;
    manifest.keepOrphans();
    return why(`Nothing was pruned: no input file was found, which would remove all ${files.length} outputs (an empty or unmounted folder?); add --force to prune anyway.`);
  }
  ctx.pruned = await manifest.prune();
}

/** The output of an ok file as written (its size and mtime from a stat after the rename, its hash from the thread). */
function written(outDir: string, output: string, r: FileResult): OutputInfo | undefined {
  const info = statSync(toFsPath(path.join(outDir, output)), { throwIfNoEntry: false });
  return info === undefined || r.outHash === undefined ? undefined : { size: info.size, mtimeMs: info.mtimeMs, hash: r.outHash };
}

/**
 * Record (--out only): each input the write stage finished with goes into the manifest: an ok one with its output's
 * size, mtime and hash, a lasting failure with its error (after a read error the entry it had stays, so the next run
 * tries again). At the end of a complete run, --prune removes what lost its input and the manifest is saved; a run
 * stopped by a signal or failed (a full disk) merges what it did into the previous manifest, so a re-run does only
 * the rest and the manifest never shrinks on a failure.
 */
export const record: BatchStage = {
  name: 'record',
  async batch(ctx, done) {
    const manifest = ctx.manifest;
    const outDir = ctx.settings.outDir;
    for (let i = 0; i < done.handled; i++) {
      const r = done.result.files[i]!;
      if (r.status === 'failed' && r.messages.some((m) => isReadError(m.rule) && m.rule !== 'io/too-large')) ctx.readErrors++;
      if (manifest === null || outDir === undefined) continue;
      const p = done.task.planned![i]!;
      manifest.record(p, r, r.status === 'ok' ? written(outDir, p.output, r) : undefined, r.index);
    }
  },
  async close(ctx) {
    const manifest = ctx.manifest;
    if (manifest === null) return;
    const complete = ctx.stopped === null && ctx.failure === null;
    if (complete && ctx.settings.options.prune === true) await prune(ctx);
    else if (complete) manifest.keepOrphans();
    if (ctx.failure !== null) return save(ctx, false).catch(() => {}); // the run's own error is the one to report
    const index = complete && writesIndex(ctx);
    if (index) manifest.keepIndex(indexName);
    await save(ctx, complete);
    if (index) await writeIndexPage(ctx);
  },
};
