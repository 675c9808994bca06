import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import { RunError } from '../core/errors.js';

export const defaultIgnoreFile = '.tanqihignore';

/**
 * Loads gitignore-syntax patterns from `--ignore-path FILE` (which must exist) or from `.tanqihignore` in cwd (if any).
 * Returns a test over paths relative to cwd; patterns are relative to the ignore file's folder. undefined: no file.
 */
export async function loadIgnore(cwd: string, ignorePath: string | undefined): Promise<((p: string) => boolean) | undefined> {
  const file = path.resolve(cwd, ignorePath ?? defaultIgnoreFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (ignorePath === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RunError(`Cannot read the ignore file ${ignorePath ?? defaultIgnoreFile}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 66);
  }
  const ig = ignore().add(text);
  const base = path.dirname(file);
  return (p: string): boolean => {
    const rel = path.relative(base, path.resolve(cwd, p));
    // paths outside the ignore file's folder are not its business
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return ig.ignores(rel.split(path.sep).join('/'));
  };
}

/** Splits a --files-from list: one path per line (CR LF tolerated), or NUL-separated with -0. Empty entries are dropped. */
export function splitFileList(text: string, nul: boolean): string[] {
  const parts = nul ? text.split('\0') : text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  return parts.filter((p) => p !== '');
}
