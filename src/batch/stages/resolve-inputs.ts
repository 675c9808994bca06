import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../../core/errors.js';
import { Inputs } from '../../io/find-files.js';
import { loadIgnore, splitFileList } from '../../io/ignore-file.js';
import { readJsonlBatches } from '../../io/jsonl-input.js';
import { readStream } from '../../io/read.js';
import type { RunContext } from '../context.js';
import { defaultBatchSize } from '../threads/ordered.js';

const noInput = 66; // sysexits EX_NOINPUT

/**
 * The --out tree is never read back in when it sits inside an input folder. When it IS an input folder (or holds
 * one, or the working directory), leaving it out would leave out every input: it is read, and an output that would
 * replace an input is refused before any work (io/output-is-input).
 */
function excludedOutDir(outDir: string | undefined, named: readonly string[], cwd: string): string[] {
  if (outDir === undefined) return [];
  const holds = (dir: string): boolean => {
    const rel = path.relative(outDir, dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  return holds(cwd) || named.some((n) => n !== '-' && holds(path.resolve(cwd, n))) ? [] : [outDir];
}

/** The --files-from list, if any. */
async function readFileList(ctx: RunContext): Promise<string[] | undefined> {
  const { filesFrom, null: nul } = ctx.settings.options;
  if (filesFrom === undefined) return undefined;
  const text =
    filesFrom === '-'
      ? (await readStream(ctx.host.stdin)).toString('utf8')
      : await readFile(path.resolve(ctx.settings.cwd, filesFrom), 'utf8').catch((err: NodeJS.ErrnoException) => {
          throw new RunError(`Cannot read the --files-from list ${filesFrom}: ${err.code ?? err.message}`, noInput);
        });
  return splitFileList(text, nul === true);
}

/**
 * Resolve inputs: files, folders, quoted globs, '-' and --files-from, minus ignored files and the --out tree
 * (folders are walked later, as the run streams); or the JSON Lines records of stdin. A named input that does not
 * exist is a message (io/not-found) and counts as missing; the others go on.
 */
export async function resolveInputs(ctx: RunContext): Promise<void> {
  const { options, cwd, outDir, glob } = ctx.settings;
  if (options.stdinFormat === 'jsonl') {
    ctx.records = readJsonlBatches(ctx.host.stdin, defaultBatchSize, options.maxBytes);
    return;
  }
  const listed = await readFileList(ctx);
  const ignored = await loadIgnore(cwd, options.ignorePath);
  const named = ctx.inputs.length > 0 || listed !== undefined ? ctx.inputs : ['-'];
  const found = await Inputs.resolve(named, { cwd, glob, listed, ignored, exclude: excludedOutDir(outDir, named, cwd) });
  for (const m of found.missing) await ctx.reporter.message({ path: m, line: null, severity: 'error', rule: 'io/not-found', message: 'No such file or directory' });
  ctx.missing = found.missing.length;
  ctx.source = (unreadable) => found.stream(unreadable);
  if (found.searched.length > 0) ctx.searched = { args: found.searched, files: () => found.stream() };
}
