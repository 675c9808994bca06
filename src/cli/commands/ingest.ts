import path from 'node:path';
import { RunError } from '../../core/errors.js';
import { formatMessage } from '../../core/message.js';
import { processBytes, type PipelineOptions } from '../../core/pipeline.js';
import type { Article, OutputFormat } from '../../core/types.js';
import { jsonArray, toJson, toJsonLine, toMarkdown } from '../../emit/index.js';
import { findFiles, type InputFile } from '../../io/find-files.js';
import { describeIoError, readInput } from '../../io/read.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';

export interface IngestOptions extends PipelineOptions {
  format: OutputFormat;
  out?: string | undefined;
  glob: string;
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
  const cwd = io.cwd();
  const { files, missing } = await findFiles(inputs.length > 0 ? inputs : ['-'], { cwd, glob: options.glob });
  for (const m of missing) {
    await write(io.stderr, `${m}: error No such file or directory (io/not-found)\n`);
  }
  let failed = 0;
  let count = 0;
  const outDir = options.out === undefined ? undefined : path.resolve(cwd, options.out);
  if (outDir === undefined && options.format === 'json') await write(io.stdout, jsonArray.open);
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readInput(file.path, cwd, io.stdin);
    } catch (err) {
      const { rule, message } = describeIoError(err);
      await write(io.stderr, formatMessage({ path: file.path, line: null, severity: 'error', rule, message }) + '\n');
      failed++;
      continue;
    }
    const result = processBytes(file.path, bytes, options);
    for (const m of result.messages) await write(io.stderr, formatMessage(m) + '\n');
    if (!result.ok) {
      failed++;
      continue;
    }
    if (outDir !== undefined) {
      const target = outputPath(outDir, file, options.format);
      try {
        await writeAtomic(target, render(result.article, options.format, true));
      } catch (err) {
        throw new RunError(`Cannot write ${target}: ${(err as Error).message}`, ExitCode.cantCreate);
      }
    } else if (options.format === 'json') {
      await write(io.stdout, jsonArray.item(result.article, count));
    } else {
      await write(io.stdout, render(result.article, options.format, false));
    }
    count++;
  }
  if (outDir === undefined && options.format === 'json') await write(io.stdout, jsonArray.close(count));
  if (missing.length > 0) return ExitCode.noInput;
  return failed > 0 ? ExitCode.fileFailed : ExitCode.ok;
}
