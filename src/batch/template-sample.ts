import { createHash } from 'node:crypto';
import { prepareText, type PipelineOptions } from '../core/pipeline.js';
import type { InputFile } from '../io/find-files.js';
import { readInputSync, type ReadOptions } from '../io/read.js';
import { learnTemplate, type FolderTemplate } from '../segment/index.js';
import { bigFileBytes } from './threads/ordered.js';

/** Files a template is learned from, at most; and the fewest found in folders for one to be learned at all. */
export const sampleSize = 500;
export const minFolderFiles = 20;

/** A file's place in the sample order: a hash of its path below its folder argument (not of the shard's hash). */
function rank(f: InputFile): string {
  return createHash('sha1').update(`tanqih-template\0${f.rel}`).digest('hex') + '\0' + f.path;
}

/**
 * The sample: of every file found in a folder argument (the whole input set, before --shard), the `size` with the
 * lowest rank. The same files whatever the shard, the number of threads or the order of the arguments; a folder
 * that gains files keeps most of its sample. Returns the sample (in rank order) and how many folder files there are.
 */
export async function sampleFolderFiles(files: AsyncIterable<readonly InputFile[]>, size = sampleSize): Promise<{ sample: InputFile[]; found: number }> {
  const kept: { key: string; file: InputFile }[] = [];
  let found = 0;
  for await (const run of files) {
    for (const f of run) {
      if (f.root === undefined) continue; // named files, listed files, globs, stdin: not a folder's
      found++;
      const key = rank(f);
      if (kept.length === size && key >= kept[size - 1]!.key) continue;
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid]!.key < key) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, { key, file: f });
      if (kept.length > size) kept.pop();
    }
  }
  return { sample: kept.map((k) => k.file), found };
}

/**
 * Learns a template from sampled files, each read and decoded and normalised as the run does it (the same checks:
 * no FIFO, no device, no symlink out of its folder, --max-bytes; files over 2 MiB and files that fail are left out).
 */
export function learnFromFiles(sample: readonly InputFile[], cwd: string, read: Pick<ReadOptions, 'maxBytes' | 'followSymlinks'>, pipeline: PipelineOptions): FolderTemplate {
  const texts: string[] = [];
  const maxBytes = Math.min(read.maxBytes ?? bigFileBytes, bigFileBytes);
  for (const f of sample) {
    try {
      const bytes = readInputSync(f.path, cwd, { ...read, maxBytes, root: f.root });
      texts.push(prepareText(bytes, { ...pipeline, template: undefined }).normalized.text);
    } catch {
      // a file that cannot be read or decoded tells nothing about the folder
    }
  }
  return learnTemplate(texts);
}
