import { mergeJsonl } from '../../io/merge-jsonl.js';
import { write } from '../../io/streams.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../process-io.js';

/** `tanqih merge FILE...`: shard outputs (each sorted by path) merged into one sorted JSON Lines stream on stdout. */
export async function runMerge(files: readonly string[], io: Io): Promise<number> {
  try {
    let chunk: string[] = [];
    for await (const line of mergeJsonl(files)) {
      chunk.push(line);
      if (chunk.length < 256) continue;
      await write(io.stdout, chunk.join('\n') + '\n');
      chunk = [];
    }
    if (chunk.length > 0) await write(io.stdout, chunk.join('\n') + '\n');
    return ExitCode.ok;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EPIPE' || e.syscall === 'write') throw err;
    io.stderr.write(`tanqih: ${e.code === 'EBADRECORD' ? e.message : `Cannot read ${e.path ?? 'an input'} (${e.code ?? e.message})`}.\n`);
    return e.code === 'ENOENT' ? ExitCode.noInput : ExitCode.fileFailed;
  }
}
