import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { fromRawName, toFsPath } from './raw-path.js';

/**
 * A folder's entries. Names that are not UTF-8 come back from a string readdir lossily (U+FFFD) and could not be
 * opened again: for a folder holding one, the listing is read again as bytes and each name kept losslessly (the
 * lone-surrogate escapes of io/raw-path.ts), so such folders are walked and such files read.
 */
async function list(abs: string): Promise<Dirent[]> {
  const entries = await readdir(toFsPath(abs) as string, { withFileTypes: true });
  if (!entries.some((e) => e.name.includes('\uFFFD'))) return entries;
  const raw = await readdir(toFsPath(abs) as string, { withFileTypes: true, encoding: 'buffer' as 'utf8' });
  for (const e of raw) Object.defineProperty(e, 'name', { value: fromRawName(e.name as unknown as Buffer) });
  return raw;
}

/**
 * Walks a folder one directory at a time and yields, in runs, the entries that are not directories and match `glob`
 * (dot files and dot folders left out, symlinks not followed, `skip` folders not entered). Only the listings on the
 * current branch of the tree are held, so a million-file tree costs no more memory than its largest folders.
 * Entries come sorted so that full paths come out in code-unit order (a folder sorts as "name/").
 * A folder that cannot be listed is passed to `unreadable` (its path relative to `root`, '' for the root) and left out.
 */
export async function* walk(
  root: string,
  glob: string,
  skip: (rel: string) => boolean,
  unreadable: (rel: string, err: NodeJS.ErrnoException) => void = () => {},
): AsyncGenerator<string[]> {
  const matches = picomatch(glob, { dot: false });
  async function* visit(abs: string, prefix: string): AsyncGenerator<string[]> {
    let entries: Dirent[];
    try {
      entries = await list(abs);
    } catch (err) {
      unreadable(prefix.replace(/\/$/, ''), err as NodeJS.ErrnoException);
      return;
    }
    const keyed = entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ dir: e.isDirectory(), key: e.isDirectory() ? `${e.name}/` : e.name, name: e.name }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    entries = [];
    // files are handed on in runs (one yield per run, not per file), broken only where a subfolder comes between
    let run: string[] = [];
    for (const e of keyed) {
      const rel = prefix + e.name;
      if (e.dir) {
        if (skip(rel)) continue;
        if (run.length > 0) yield run;
        run = [];
        yield* visit(path.join(abs, e.name), `${rel}/`);
      } else if (matches(rel)) run.push(rel);
    }
    if (run.length > 0) yield run;
  }
  yield* visit(root, '');
}
