import path from 'node:path';
import { learnFromFiles, sampleFolderFiles } from '../../batch/template-sample.js';
import type { PipelineOptions } from '../../core/pipeline.js';
import { defaultGlob, Inputs } from '../../io/find-files.js';
import { loadIgnore } from '../../io/ignore-file.js';
import { describeWriteError } from '../../io/output-plan.js';
import { write } from '../../io/streams.js';
import { templateJson } from '../../io/template-file.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../process-io.js';

export interface LearnOptions extends PipelineOptions {
  /** Write the template here (atomically) instead of stdout. */
  output?: string | undefined;
  glob?: string | undefined;
  ignorePath?: string | undefined;
  maxBytes?: number | undefined;
  followSymlinks?: boolean | undefined;
  quiet?: boolean | undefined;
}

/**
 * `tanqih learn FOLDER…`: the template `ingest` would learn from these folders (the same sample of at most 500 files,
 * read and normalised the same way), as JSON on stdout or in `-o FILE`, for `ingest --template FILE` (a list of
 * files, stdin, a shard job that should not learn on its own).
 */
export async function runLearn(folders: readonly string[], options: LearnOptions, io: Io): Promise<number> {
  const cwd = io.cwd();
  const ignored = await loadIgnore(cwd, options.ignorePath);
  const inputs = await Inputs.resolve(folders, { cwd, glob: options.glob ?? defaultGlob, ignored });
  for (const m of inputs.missing) io.stderr.write(`${m}: error No such file or directory (io/not-found)\n`);
  const { sample, found } = await sampleFolderFiles(inputs.stream());
  if (found === 0) {
    io.stderr.write(`tanqih: no file in ${folders.join(', ')} matches --glob "${options.glob ?? defaultGlob}" (learn takes folders).\n`);
    return ExitCode.noInput;
  }
  const t = learnFromFiles(sample, cwd, { maxBytes: options.maxBytes, followSymlinks: options.followSymlinks }, options);
  const json = templateJson(t);
  if (options.output === undefined) await write(io.stdout, json);
  else {
    const file = path.resolve(cwd, options.output);
    await writeAtomic(file, json).catch((err: unknown) => Promise.reject(describeWriteError(err, file)));
  }
  if (options.quiet !== true) {
    const lines = Object.keys(t.head).length + Object.keys(t.tail).length;
    io.stderr.write(`tanqih: learned a template from ${t.files} of ${found} files: ${lines} repeated line${lines === 1 ? '' : 's'}${options.output ? ` (${options.output})` : ''}\n`);
  }
  return inputs.missing.length > 0 ? ExitCode.noInput : ExitCode.ok;
}
