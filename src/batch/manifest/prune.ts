import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { toFsPath } from '../../io/raw-path.js';

/**
 * An output the manifest names, as a path that is certainly inside --out (its folder resolved, so a symlinked folder
 * cannot lead out) and is a file or a link (never a folder or a device); null otherwise, or when it is gone.
 */
export async function confinedOutput(outDir: string, realOut: string, output: string): Promise<string | null> {
  const target = path.join(outDir, output);
  const realDir = await realpath(toFsPath(path.dirname(target))).catch(() => null);
  const rel = realDir === null ? '..' : path.relative(realOut, String(realDir));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const info = await lstat(toFsPath(target)).catch(() => null);
  return info !== null && (info.isFile() || info.isSymbolicLink()) ? target : null;
}
