import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** One input to process. */
export interface InputFile {
  /** As the user gave or found it, POSIX separators; '-' for stdin. */
  path: string;
  /** Path below the input root it was found under (a folder argument), used to mirror the tree under --out. */
  rel: string;
  /** safety: the folder argument it was found under (symlinks may not lead out of it); absent for named files. */
  root?: string;
}

export interface FindResult {
  files: InputFile[];
  /** Named inputs that do not exist (exit 66). */
  missing: string[];
}

export interface FindOptions {
  cwd: string;
  /** Glob for files inside folder arguments. */
  glob: string;
}

export const defaultGlob = '**/*.txt';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

const isGlob = (s: string): boolean => fg.isDynamicPattern(s);

/** Expands files, folders, quoted globs and '-' into a sorted, de-duplicated list of files. */
export async function findFiles(inputs: readonly string[], options: FindOptions): Promise<FindResult> {
  const found = new Map<string, InputFile>();
  const missing: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      found.set('-', { path: '-', rel: 'stdin' });
      continue;
    }
    const abs = path.resolve(options.cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const root = toPosix(input).replace(/\/+$/, '') || '/';
      // Not onlyFiles: a FIFO, socket or broken link that matches must be reported when it is read, not dropped.
      const entries = await fg(options.glob, { cwd: abs, onlyFiles: false, objectMode: true, dot: false, followSymbolicLinks: false });
      for (const { path: rel, dirent } of entries) {
        if (dirent.isDirectory()) continue;
        const p = root === '.' ? rel : `${root}/${rel}`;
        found.set(p, { path: p, rel, root: input }); // safety: root
      }
    } else if (info) {
      const p = toPosix(input);
      found.set(p, { path: p, rel: path.basename(input) });
    } else if (isGlob(input)) {
      const entries = await fg(toPosix(input), { cwd: options.cwd, onlyFiles: true, dot: false });
      for (const p of entries) found.set(p, { path: p, rel: p.replace(/^(\.\.\/)+/, '') });
    } else {
      missing.push(input);
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, missing };
}
