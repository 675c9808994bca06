import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

/**
 * Walks a folder one directory at a time, calling `add(rel)` for each entry that is not a directory and matches
 * `glob` (dot files and dot folders left out, symlinks not followed, `skip` folders not entered). Only one
 * directory's listing is held at a time, so a million-file tree costs no more memory than its largest folder.
 * Entries come sorted so that full paths come out in code-unit order (a folder sorts as "name/").
 */
export async function walk(root: string, glob: string, skip: (rel: string) => boolean, add: (rel: string) => void): Promise<void> {
  const matches = picomatch(glob, { dot: false });
  const visit = async (abs: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      // an unreadable folder is left out, as fast-glob does with errors suppressed
      return;
    }
    const keyed = entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ dir: e.isDirectory(), key: e.isDirectory() ? `${e.name}/` : e.name, name: e.name }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const e of keyed) {
      const rel = prefix + e.name;
      if (e.dir) {
        if (!skip(rel)) await visit(path.join(abs, e.name), `${rel}/`);
      } else if (matches(rel)) add(rel);
    }
  };
  await visit(root, '');
}
