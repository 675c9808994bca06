import path from 'node:path';
import { formatMessage } from '../../core/message.js';
import { processBytes, type PipelineOptions } from '../../core/pipeline.js';
import type { Article, OutputFormat } from '../../core/types.js';
import { jsonArray, toJson, toJsonLine, toMarkdown } from '../../emit/index.js';
import { findFiles, type InputFile } from '../../io/find-files.js';
import { OutputGuard, describeWriteError, planOutputs, prepareOutDir, refuseOutputPlan } from '../../io/output-plan.js';
import { recoverRawNames } from '../../io/raw-path.js';
import { describeIoError, readInput } from '../../io/read.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { exitCodeFor } from '../exit-codes.js';
import { write, type Io } from '../io.js';
import { installSignalHandlers, signalExitCode, type StopSignal } from '../signals.js';

export interface IngestOptions extends PipelineOptions {
  format: OutputFormat;
  out?: string | undefined;
  glob: string;
  // safety: options of cli/safety-options.ts
  maxBytes?: number | undefined;
  followSymlinks?: boolean | undefined;
  maxWarnings?: number | undefined;
}

/** Where one article goes under --out: the input's path below its root, with the format's extension. */
export function outputPath(outDir: string, file: InputFile, format: OutputFormat): string {
  const ext = format === 'md' ? '.md' : '.json';
  const rel = file.rel.replace(/\.[^./]*$/, '') + ext;
  return path.join(outDir, rel);
}

function render(article: Article, format: OutputFormat, toFile: boolean): string {
  if (format === 'md') return toMarkdown(article);
  if (format === 'json' || toFile) return toJson(article);
  return toJsonLine(article);
}

/** `tanqih ingest`: every input file to one record, in sorted path order. Returns the exit code. */
export async function runIngest(inputs: readonly string[], options: IngestOptions, io: Io): Promise<number> {
  // safety hook 3: SIGINT/SIGTERM stop taking new files; in-flight writes finish or are removed
  const stop = installSignalHandlers();
  try {
    return await ingestFiles(inputs, options, io, stop);
  } finally {
    stop.dispose();
  }
}

async function ingestFiles(inputs: readonly string[], options: IngestOptions, io: Io, stop: StopSignal): Promise<number> {
  const cwd = io.cwd();
  const found = await findFiles(inputs.length > 0 ? inputs : ['-'], { cwd, glob: options.glob });
  const { missing } = found;
  const files = await recoverRawNames(found.files, cwd); // safety hook 1: names that are not UTF-8
  for (const m of missing) {
    await write(io.stderr, `${m}: error No such file or directory (io/not-found)\n`);
  }
  let failed = 0;
  let warnings = 0;
  let count = 0;
  const outDir = options.out === undefined ? undefined : path.resolve(cwd, options.out);
  // safety hook 2: check every output path before any work, refuse the run on a problem (exit 73)
  let targets: Map<InputFile, string> | undefined;
  let guard: OutputGuard | undefined;
  if (outDir !== undefined) {
    await prepareOutDir(outDir);
    const plan = await planOutputs(files, outDir, (f) => outputPath(outDir, f, options.format), cwd);
    for (const m of plan.problems) await write(io.stderr, formatMessage(m) + '\n');
    if (plan.problems.length > 0) throw refuseOutputPlan(plan.problems);
    targets = plan.targets;
    guard = new OutputGuard(outDir);
  }
  if (outDir === undefined && options.format === 'json') await write(io.stdout, jsonArray.open);
  for (const file of files) {
    if (stop.signal) break; // safety hook 3
    let bytes: Buffer;
    try {
      // safety hook 4: size limit, non-regular files, symlink confinement
      bytes = await readInput(file.path, cwd, io.stdin, { maxBytes: options.maxBytes, root: file.root, followSymlinks: options.followSymlinks });
    } catch (err) {
      const { rule, message } = describeIoError(err);
      await write(io.stderr, formatMessage({ path: file.path, line: null, severity: 'error', rule, message }) + '\n');
      failed++;
      continue;
    }
    const result = processBytes(file.path, bytes, options);
    for (const m of result.messages) await write(io.stderr, formatMessage(m) + '\n');
    warnings += result.messages.filter((m) => m.severity === 'warning').length;
    if (!result.ok) {
      failed++;
      continue;
    }
    if (targets !== undefined && guard !== undefined) {
      const target = targets.get(file)!;
      try {
        await guard.check(target); // safety hook 5: no write through a symlink out of --out
        await writeAtomic(target, render(result.article, options.format, true));
      } catch (err) {
        throw describeWriteError(err, target); // safety hook 6: exit 73/74 with a clear message
      }
    } else if (options.format === 'json') {
      await write(io.stdout, jsonArray.item(result.article, count));
    } else {
      await write(io.stdout, render(result.article, options.format, false));
    }
    count++;
  }
  if (outDir === undefined && options.format === 'json') await write(io.stdout, jsonArray.close(count));
  // safety hook 7: the exit code table (interrupt, missing input, failed file, --max-warnings)
  return exitCodeFor({ failed, missing: missing.length, warnings, maxWarnings: options.maxWarnings, interrupted: signalExitCode(stop.signal) });
}
