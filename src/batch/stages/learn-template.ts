import { existsSync } from 'node:fs';
import path from 'node:path';
import { readTemplateFile, templateId, templateJson } from '../../io/template-file.js';
import { describeWriteError } from '../../io/output-plan.js';
import { writeAtomic } from '../../io/write-atomic.js';
import type { FolderTemplate } from '../../segment/index.js';
import type { RunContext } from '../context.js';
import { learnFromFiles, minFolderFiles, sampleFolderFiles } from '../template-sample.js';

/** Where an --out folder keeps the template its first run learned, so re-runs make records the same way. */
export const savedTemplateName = '.tanqih-template.json';

/** Every file of the run is processed with `t` (plain JSON, sent to the threads); the manifest's options name it. */
function use(ctx: RunContext, t: FolderTemplate | null): void {
  ctx.settings.task.pipeline.template = t ?? undefined;
  ctx.settings.recordOptions.template = t === null ? null : templateId(t);
}

/**
 * Learn template (issue 11, "learn from the folder"): before the run, a sample of the whole input set — the files of
 * the folder arguments, chosen by a hash of their path below the folder (so the same whatever --shard, -j or the
 * order of the arguments), at most 500, read with the run's own checks — gives `learnTemplate`, and every file is
 * processed with it. Only for folders of 20 files or more: a file given alone, a --files-from list and stdin get
 * none. `--template FILE` uses a saved one, `--no-template` none. With --out, the first run's template is saved
 * beside the manifest and re-runs use it, so records made at different times agree (delete it to learn again).
 */
export async function learnFolderTemplate(ctx: RunContext): Promise<void> {
  const given = ctx.settings.options.template;
  const { cwd, outDir, options } = ctx.settings;
  if (given === false) return use(ctx, null);
  if (typeof given === 'object') return use(ctx, given);
  if (typeof given === 'string') return use(ctx, await readTemplateFile(path.resolve(cwd, given)));
  if (ctx.searched === null || ctx.records !== null) return use(ctx, null);
  const saved = outDir === undefined ? null : path.join(outDir, savedTemplateName);
  if (saved !== null && existsSync(saved)) return use(ctx, await readTemplateFile(saved));
  const { sample, found } = await sampleFolderFiles(ctx.searched.files());
  if (found < minFolderFiles) return use(ctx, null);
  const t = learnFromFiles(sample, cwd, ctx.settings.task.read ?? {}, ctx.settings.task.pipeline);
  use(ctx, t);
  if (saved !== null && options.check !== true) ctx.templateToSave = { file: saved, json: templateJson(t) };
}

/** Saves the template a --out run learned beside its manifest (called once --out exists and is locked). */
export async function saveLearnedTemplate(ctx: RunContext): Promise<void> {
  const t = ctx.templateToSave;
  if (t === null) return;
  ctx.templateToSave = null;
  try {
    await writeAtomic(t.file, t.json, { sys: ctx.settings.writes, fsync: ctx.settings.options.fsync });
  } catch (err) {
    throw describeWriteError(err, t.file);
  }
}
