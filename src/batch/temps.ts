import path from 'node:path';
import { removeEmptyDirsSync } from '../io/make-dirs.js';
import { tempPrefix } from '../io/temp-files.js';
import { forgetDir, prepareOutputDir, tempSuffix, trackTempFile } from '../io/write-atomic.js';
import { discardTempSync } from '../io/write-temp.js';
import type { Batch } from './batches.js';
import type { RunContext } from './context.js';

/**
 * The temp files of a run's outputs (--out). Each file of a batch gets its temp file's name here, on the main thread,
 * before the batch goes to a worker: the worker writes it, the write stage renames it into place in input order. The
 * names are known (and tracked for an exit or a second signal, which remove them) before they exist, so whatever
 * stops the run, no temp file is left behind: `discardTemps` removes those not put in place once the workers stopped.
 */
const runTemps = new WeakMap<RunContext, Map<string, { done(): void }>>();

function tempsOf(ctx: RunContext): Map<string, { done(): void }> {
  let m = runTemps.get(ctx);
  if (m === undefined) runTemps.set(ctx, (m = new Map()));
  return m;
}

/** Folders withTemps made, ahead of the writes: those no output went into are removed at the end (removeUnusedDirs). */
const runDirs = new WeakMap<RunContext, string[]>();

/**
 * Removes the folders this run made for outputs that were never put in place (their files failed, or a stop came
 * first), so --out holds the same folders as when each was made at its output's write. Only empty ones: rmdir.
 */
export function removeUnusedDirs(ctx: RunContext): void {
  const made = runDirs.get(ctx) ?? [];
  runDirs.delete(ctx);
  for (const dir of removeEmptyDirsSync(made)) forgetDir(dir);
}

/** The temp file was renamed into place or removed: no longer this run's to clean up. */
export function untrackTemp(ctx: RunContext, tmp: string): void {
  tempsOf(ctx).get(tmp)?.done();
  tempsOf(ctx).delete(tmp);
}

/** Removes every temp file of the run not put in place (after a stop or a failure; the workers are stopped). */
export function discardTemps(ctx: RunContext): void {
  for (const tmp of [...tempsOf(ctx).keys()]) {
    discardTempSync(tmp);
    untrackTemp(ctx, tmp);
  }
}

/**
 * --out: each batch's folders made (and swept of temp files killed runs left) and each output's temp file named, as
 * the batches stream to the threads. A folder that cannot be made fails its files at their turn, not the whole run
 * at once, so earlier outputs are still written. `fault` (a test's) marks the Nth file to be written.
 */
export async function* withTemps(ctx: RunContext, batches: AsyncIterable<Batch>, outDir: string): AsyncGenerator<Batch> {
  const fault = ctx.host.writeFault;
  let toWrite = 0;
  for await (const batch of batches) {
    for (const [i, file] of batch.files.entries()) {
      if (file.skip || file.error) continue;
      toWrite++;
      if (fault !== undefined && fault.nth === toWrite) file.fault = fault.code;
      const dir = path.dirname(path.join(outDir, batch.planned![i]!.output));
      try {
        const made = await prepareOutputDir(dir);
        if (made.length > 0) {
          if (!runDirs.has(ctx)) runDirs.set(ctx, []);
          runDirs.get(ctx)!.push(...made);
        }
      } catch (err) {
        forgetDir(dir);
        const e = err as NodeJS.ErrnoException;
        file.noWrite = { code: e.code ?? 'EIO', message: e.message };
        continue;
      }
      const tmp = path.join(dir, `${tempPrefix}${tempSuffix()}`);
      file.temp = tmp;
      tempsOf(ctx).set(tmp, trackTempFile(tmp));
    }
    yield batch;
  }
}
