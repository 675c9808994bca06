import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { walk } from './walk.js';

/** One input to process. */
export interface InputFile {
  /** As the user gave or found it, POSIX separators; '-' for stdin. */
  path: string;
  /** Path below the input root it was found under (a folder argument), used to mirror the tree under --out and to shard. */
  rel: string;
  /** The folder argument it was found under (symlinks may not lead out of it); absent for named files. */
  root?: string;
}

/**
 * The sorted inputs of a run, held compactly: one string per file plus where its relative path starts (about 100 bytes
 * a file, against 300+ for an object per file), so a million paths fit in a small heap. `at(i)` makes the InputFile.
 */
export class FileList {
  constructor(
    readonly paths: readonly string[],
    private readonly relStart: readonly number[],
    /** Per file, the folder argument it was walked from (one shared string per folder), or undefined. */
    private readonly roots: readonly (string | undefined)[],
  ) {}

  /** A list of already sorted files (e.g. after their raw names were recovered). */
  static from(files: readonly InputFile[]): FileList {
    return new FileList(
      files.map((f) => f.path),
      files.map((f) => f.path.length - f.rel.length),
      files.map((f) => f.root),
    );
  }

  get length(): number {
    return this.paths.length;
  }

  at(i: number): InputFile {
    const p = this.paths[i]!;
    const file: InputFile = { path: p, rel: p === '-' ? 'stdin' : p.slice(this.relStart[i]) };
    const root = this.roots[i];
    if (root !== undefined) file.root = root;
    return file;
  }

  /** The files for which `keep(file)` holds, in order. */
  filter(keep: (f: InputFile) => boolean): FileList {
    const paths: string[] = [];
    const starts: number[] = [];
    const roots: (string | undefined)[] = [];
    for (let i = 0; i < this.paths.length; i++) {
      if (!keep(this.at(i))) continue;
      paths.push(this.paths[i]!);
      starts.push(this.relStart[i]!);
      roots.push(this.roots[i]);
    }
    return new FileList(paths, starts, roots);
  }

  /** The InputFiles from index `start` (inclusive) to `end` (exclusive). */
  slice(start: number, end: number): InputFile[] {
    const out: InputFile[] = [];
    for (let i = start; i < Math.min(end, this.length); i++) out.push(this.at(i));
    return out;
  }
}

/** Collects paths with the offset of their relative part, then sorts them and drops duplicates. */
class Collector {
  private readonly paths: string[] = [];
  private readonly starts: number[] = [];
  private readonly roots: (string | undefined)[] = [];

  add(p: string, relStart: number, root?: string): void {
    this.paths.push(p);
    this.starts.push(relStart);
    this.roots.push(root);
  }

  /** Sorted by UTF-16 code units (JavaScript's `<`), the first of equal paths kept. */
  finish(): FileList {
    const order = Uint32Array.from(this.paths.keys()).sort((a, b) => {
      const pa = this.paths[a]!;
      const pb = this.paths[b]!;
      return pa < pb ? -1 : pa > pb ? 1 : a - b;
    });
    const paths: string[] = [];
    const starts: number[] = [];
    const roots: (string | undefined)[] = [];
    for (const i of order) {
      const p = this.paths[i]!;
      if (paths.length > 0 && paths[paths.length - 1] === p) continue;
      paths.push(p);
      starts.push(this.starts[i]!);
      roots.push(this.roots[i]);
    }
    return new FileList(paths, starts, roots);
  }
}

export interface FindResult {
  files: FileList;
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

/** Where the relative part of a path starts: after any leading "./", "../" or "/" (where it goes under --out). */
function relStart(p: string): number {
  return /^(?:\.{1,2}\/|\/)*/.exec(p)![0].length;
}

const isGlob = (s: string): boolean => fg.isDynamicPattern(s);

/** Collects the files of one folder argument, leaving out the excluded trees inside it. */
async function walkFolder(input: string, abs: string, options: FindOptions, add: (p: string, relStart: number, root?: string) => void): Promise<void> {
  const root = toPosix(input).replace(/\/+$/, '') || '/';
  const skip = (options.exclude ?? []).map((d) => toPosix(path.relative(abs, d))).filter((r) => r !== '' && !r.startsWith('..') && !path.isAbsolute(r));
  // --out equal to the folder itself is not skipped: its inputs are read, and an output that would replace one of
  // them is refused before any work (io/output-is-input)
  // A FIFO, socket or broken link that matches is kept: it must be reported when it is read, not dropped.
  const prefix = root === '.' ? '' : root.endsWith('/') ? root : `${root}/`;
  await walk(abs, options.glob, (rel) => skip.includes(rel), (rel) => add(prefix + rel, prefix.length, input));
}

/** Expands files, folders, quoted globs, '-' and listed paths into a sorted, de-duplicated list of files. */
export async function findFiles(inputs: readonly string[], options: FindOptions): Promise<FindResult> {
  const found = new Collector();
  const missing: string[] = [];
  const exclude = (options.exclude ?? []).map((d) => d + path.sep);
  const inExcluded = (p: string): boolean => exclude.length > 0 && exclude.some((d) => path.resolve(options.cwd, p).startsWith(d));
  // Found (not named) files pass the ignore file and the excluded trees.
  const addFound = (p: string, relStart: number, root?: string): void => {
    if (options.ignored?.(p) || inExcluded(p)) return;
    found.add(p, relStart, root);
  };
  for (const input of inputs) {
    if (input === '-') {
      found.add('-', 0);
      continue;
    }
    const abs = path.resolve(options.cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      await walkFolder(input, abs, options, addFound);
    } else if (info) {
      const p = toPosix(input);
      found.add(p, p.lastIndexOf('/') + 1);
    } else if (isGlob(input)) {
      const entries = await fg(toPosix(input), { cwd: options.cwd, onlyFiles: true, dot: false });
      for (const p of entries) addFound(p, relStart(p));
    } else {
      missing.push(input);
    }
  }
  for (const listed of options.listed ?? []) {
    // normalised, so "a/../b.txt" cannot climb out of --out
    const p = path.posix.normalize(toPosix(listed));
    addFound(p, relStart(p));
  }
  return { files: found.finish(), missing };
}
