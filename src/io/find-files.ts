import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** One input to process. */
export interface InputFile {
  /** As the user gave or found it, POSIX separators; '-' for stdin. */
  path: string;
  /** Path below the input root it was found under (a folder argument), used to mirror the tree under --out and to shard. */
  rel: string;
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
  /** Files the user listed in bulk (--files-from): taken as they are, without a stat each. */
  listed?: readonly string[];
  /** True for a path (relative to cwd, POSIX) that an ignore file excludes; never asked about named files. */
  ignored?: (p: string) => boolean;
  /** Absolute folders never read from (the --out tree). */
  exclude?: readonly string[];
}

export const defaultGlob = '**/*.txt';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** A path relative to some root with any leading "./", "../" or "/" removed: where it goes under --out. */
function relFromPath(p: string): string {
  return p.replace(/^(?:\.{1,2}\/|\/)+/, '');
}

const isGlob = (s: string): boolean => fg.isDynamicPattern(s);

/** Collects the files of one folder argument, leaving out the excluded trees inside it. */
async function walkFolder(input: string, abs: string, options: FindOptions, add: (f: InputFile) => void): Promise<void> {
  const root = toPosix(input).replace(/\/+$/, '') || '/';
  const skip = (options.exclude ?? []).map((d) => toPosix(path.relative(abs, d))).filter((r) => r !== '' && !r.startsWith('..') && !path.isAbsolute(r));
  if ((options.exclude ?? []).some((d) => d === abs)) return;
  // Not onlyFiles: a FIFO, socket or broken link that matches must be reported when it is read, not dropped.
  const entries = await fg(options.glob, {
    cwd: abs,
    onlyFiles: false,
    objectMode: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: skip.map((r) => `${fg.escapePath(r)}/**`),
  });
  for (const { path: rel, dirent } of entries) {
    if (dirent.isDirectory()) continue;
    add({ path: root === '.' ? rel : `${root}/${rel}`, rel });
  }
}

/** Expands files, folders, quoted globs, '-' and listed paths into a sorted, de-duplicated list of files. */
export async function findFiles(inputs: readonly string[], options: FindOptions): Promise<FindResult> {
  const found = new Map<string, InputFile>();
  const missing: string[] = [];
  const exclude = (options.exclude ?? []).map((d) => d + path.sep);
  const inExcluded = (p: string): boolean => exclude.length > 0 && exclude.some((d) => path.resolve(options.cwd, p).startsWith(d));
  // Found (not named) files pass the ignore file and the excluded trees.
  const addFound = (f: InputFile): void => {
    if (options.ignored?.(f.path) || inExcluded(f.path)) return;
    found.set(f.path, f);
  };
  for (const input of inputs) {
    if (input === '-') {
      found.set('-', { path: '-', rel: 'stdin' });
      continue;
    }
    const abs = path.resolve(options.cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      await walkFolder(input, abs, options, addFound);
    } else if (info) {
      const p = toPosix(input);
      found.set(p, { path: p, rel: path.basename(input) });
    } else if (isGlob(input)) {
      const entries = await fg(toPosix(input), { cwd: options.cwd, onlyFiles: true, dot: false });
      for (const p of entries) addFound({ path: p, rel: relFromPath(p) });
    } else {
      missing.push(input);
    }
  }
  for (const listed of options.listed ?? []) {
    const p = toPosix(listed);
    addFound({ path: p, rel: relFromPath(path.posix.normalize(p)) });
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, missing };
}
