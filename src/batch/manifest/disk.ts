import { realpathSync, statSync, type Stats } from 'node:fs';
import { fromRawName, toFsPath } from '../../io/raw-path.js';

/** A file's failure that is a read error (not a decode or output problem): after one, nothing is pruned. */
export function isReadError(rule: string): boolean {
  return rule.startsWith('io/') && !rule.startsWith('io/output-');
}

/** stat without the promise path: ~10x cheaper per call, and a re-run is mostly stats. */
export function quickStat(p: string): Stats | undefined {
  try {
    return statSync(toFsPath(p), { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The real path of a folder, lossless for names that are not UTF-8 (see io/raw-path.ts); the folder itself if it is not there. */
export function realFolder(dir: string): string {
  try {
    return fromRawName(realpathSync(toFsPath(dir), { encoding: 'buffer' }));
  } catch {
    return dir;
  }
}

/** Runs `fn` over `items` with at most `limit` promises in flight, results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}
