import type { Readable } from 'node:stream';
import { readInput, type ReadOptions } from '../../io/read.js';
import { contentHash } from '../threads/task.js';
import { mapLimit } from './disk.js';
import type { FailureInfo } from './file.js';
import type { Planned } from './index.js';

/** A stale input (or an orphaned output) found by --check, with the reason in a few words. */
export interface Stale {
  path: string;
  reason: string;
}

/** What --check found about one input: a run would redo it (stale), or it fails as it failed last time. */
export interface CheckItem extends Stale {
  kind: 'stale' | 'failed';
  failure?: FailureInfo;
}

/**
 * --check over planned inputs: which a run would redo, and which still fail. An input whose size or mtime moved is
 * hashed (read as a run reads it: no FIFO, no device, --max-bytes), so a fresh clone is not stale.
 */
export async function checkPlanned(planned: readonly Planned[], cwd: string, stdin: Readable, read: ReadOptions): Promise<CheckItem[]> {
  const out = await mapLimit(planned, 16, async (p): Promise<CheckItem | null> => {
    const at = p.input.path;
    switch (p.reason) {
      case 'fresh':
        return null;
      case 'failed':
        return { path: at, kind: 'failed', reason: p.known!.failed!.message, failure: p.known!.failed! };
      case 'failed, changed':
        return { path: at, kind: 'stale', reason: 'changed (it failed last time)' };
      case 'maybe changed': {
        if (p.task.knownHash === undefined) return { path: at, kind: 'stale', reason: 'changed' };
        const bytes = await readInput(at, cwd, stdin, { ...read, root: p.input.root }).catch((err: NodeJS.ErrnoException) => err);
        if (bytes instanceof Buffer && contentHash(bytes) === p.task.knownHash) return null;
        const why = bytes instanceof Buffer ? '' : `, and cannot be read (${(bytes as NodeJS.ErrnoException).code ?? 'error'})`;
        return { path: at, kind: 'stale', reason: `changed${why}` };
      }
      default:
        return { path: at, kind: 'stale', reason: p.reason };
    }
  });
  return out.filter((s): s is CheckItem => s !== null);
}
