import path from 'node:path';
import type { BatchStage, RunContext } from '../context.js';
import { ReportFile, type ReportEntry } from '../report-file.js';
import type { FileResult } from '../threads/task.js';

/** Shows the messages held back while the run streamed (folders that could not be listed). */
export async function flushHeld(ctx: RunContext): Promise<void> {
  if (ctx.held.length === 0) return;
  const held = ctx.held;
  ctx.held = [];
  for (const m of held) await ctx.reporter.message(m);
}

/** Adds one batch's results to the totals. */
function count(ctx: RunContext, results: readonly FileResult[]): void {
  const t = ctx.totals;
  for (const r of results) {
    t.files++;
    if (r.status === 'failed') t.failed++;
    else if (r.status === 'ok') t.ok++;
    else t.skipped++;
    if (r.status !== 'skipped') t.bytes += r.size;
    for (const m of r.messages) if (m.severity === 'warning') t.warnings++;
    else if (m.severity === 'note') t.notes++;
  }
}

/** The report file's entries for one batch (`outputs`: each file's output under --out). */
function entries(results: readonly FileResult[], outputs: readonly string[] | null): ReportEntry[] {
  return results.map((r, i) => ({
    path: r.path,
    status: r.status,
    size: r.size,
    encoding: r.encoding,
    output: r.status === 'failed' ? null : (outputs?.[i] ?? null),
    messages: r.messages.map(({ line, severity, rule, message }) => ({ line, severity, rule, message })),
  }));
}

/**
 * Report: counts each batch's results and hands them to the reporter (messages, progress), and writes the
 * `--report FILE` as the run goes (memory stays flat). At the end the report gets its totals; a run stopped early
 * leaves no half report.
 */
export const report: BatchStage = {
  name: 'report',
  async open(ctx) {
    const file = ctx.settings.options.report;
    if (file !== undefined) ctx.report = await ReportFile.open(path.resolve(ctx.settings.cwd, file), { tool: ctx.settings.tool, options: ctx.settings.recordOptions }, ctx.settings.options.fsync);
  },
  async batch(ctx, done) {
    await flushHeld(ctx);
    // the files the write stage finished with: after a stop or a failed write, the rest of the batch was not done
    const results = done.handled === done.result.files.length ? done.result.files : done.result.files.slice(0, done.handled);
    count(ctx, results);
    await ctx.reporter.files(results);
    await ctx.report?.add(entries(results, ctx.settings.outDir === undefined ? null : done.task.planned!.map((p) => p.output)));
  },
  async close(ctx) {
    if (ctx.stopped !== null || ctx.failure !== null) return ctx.report?.abandon();
    await flushHeld(ctx);
    const totals = { ...ctx.totals, missing: ctx.missing, unreadableFolders: ctx.unreadable, pruned: ctx.pruned };
    await ctx.report?.close({ totals, durationMs: Math.round(performance.now() - ctx.started) });
  },
};
