import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { toFsPath } from './raw-path.js';

/**
 * `mkdir -p`, one folder at a time from the deepest one that exists, so a failure names its real cause (EACCES,
 * EROFS, ENOTDIR on the folder that could not be made) — Node's recursive mkdir reports ENOENT for a read-only parent,
 * and spins on some virtual file systems (/proc).
 */
export async function makeDirs(dir: string): Promise<void> {
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
  for (const m of missing.reverse()) {
    await mkdir(toFsPath(m)).catch((err: NodeJS.ErrnoException) => (err.code === 'EEXIST' ? undefined : Promise.reject(err)));
  }
}
