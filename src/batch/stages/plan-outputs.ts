import path from 'node:path';
import { FileList } from '../../io/find-files.js';
import { planOutputs as checkPlan, OutputGuard, prepareOutDir, refuseOutputPlan } from '../../io/output-plan.js';
import { outputRel } from '../batches.js';
import type { RunContext } from '../context.js';
import { defaultBatchSize } from '../threads/ordered.js';
import { flushHeld } from './report.js';

/**
 * Plan outputs (--out only): takes the whole list of files (the plan and --prune need it), then checks before
 * any work that every output lands inside --out, none onto an input, and no two onto one. Each offending input gets a
 * message, and the run is refused (exit 73) with nothing written. `--check` writes nothing, so it only takes the list.
 */
export async function planOutputs(ctx: RunContext): Promise<void> {
  const outDir = ctx.settings.outDir;
  if (outDir === undefined || ctx.source === null) return;
  const list = await FileList.collect(ctx.source(ctx.unreadableFolder));
  await flushHeld(ctx);
  ctx.list = list;
  ctx.source = () => list.runs(defaultBatchSize);
  if (ctx.settings.options.check) return;
  await prepareOutDir(outDir);
  const format = ctx.settings.options.format;
  const problems = await checkPlan(list.slice(0, list.length), outDir, (f) => path.join(outDir, outputRel(f, format)), ctx.settings.cwd);
  for (const m of problems) await ctx.reporter.message(m);
  if (problems.length > 0) throw refuseOutputPlan(problems);
  ctx.outputGuard = new OutputGuard(outDir);
}
