import { rmdirSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { toFsPath } from './raw-path.js';

/**
 * `mkdir -p`, one folder at a time from the deepest one that exists, so a failure names its real cause (EACCES,
 * EROFS, ENOTDIR on the folder that could not be made) — Node's recursive mkdir reports ENOENT for a read-only parent,
 * and spins on some virtual file systems (/proc). Returns the folders it made, the outermost first.
 */
export async function makeDirs(dir: string): Promise<string[]> {
  const missing: string[] = [];
  let d = path.resolve(dir);
  for (;;) {
    const info = await stat(toFsPath(d)).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err)));
    if (info !== null) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR', path: d });
      break;
    }
    missing.push(d);
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  const made: string[] = [];
  for (const m of missing.reverse()) {
    const ok = await mkdir(toFsPath(m)).then(
      () => true,
      (err: NodeJS.ErrnoException) => (err.code === 'EEXIST' ? false : Promise.reject(err)),
    );
    if (ok) made.push(m);
  }
  return made;
}

/** Removes those of `dirs` that are empty, the deepest first (a parent emptied by its child's removal goes too); returns them. */
export function removeEmptyDirsSync(dirs: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(toFsPath(dir));
      removed.push(dir);
    } catch {
      // not empty (an output went in) or already gone: kept as it is
    }
  }
  return removed;
}
