import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { recoverRawPath } from './raw-path.js';
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
 * a file, against 300+ for an object per file). Only runs that need the whole list hold one (--out: the output plan,
 * --prune); the others stream (`Inputs.stream`). `at(i)` makes the InputFile.
 */
export class FileList {
  constructor(
    readonly paths: readonly string[],
    private readonly relStart: readonly number[],
    /** Per file, the folder argument it was walked from (one shared string per folder), or undefined. */
    private readonly roots: readonly (string | undefined)[],
  ) {}

  /** Every file of a stream, in its order. */
  static async collect(stream: AsyncIterable<readonly InputFile[]>): Promise<FileList> {
    const paths: string[] = [];
    const starts: number[] = [];
    const roots: (string | undefined)[] = [];
    for await (const run of stream) {
      for (const f of run) {
        paths.push(f.path);
        starts.push(f.path.length - f.rel.length);
        roots.push(f.root);
      }
    }
    return new FileList(paths, starts, roots);
  }

  get length(): number {
    return this.paths.length;
  }

  at(i: number): InputFile {
    return input(this.paths[i]!, this.relStart[i]!, this.roots[i]);
  }

  /** The InputFiles from index `start` (inclusive) to `end` (exclusive). */
  slice(start: number, end: number): InputFile[] {
    const out: InputFile[] = [];
    for (let i = start; i < Math.min(end, this.length); i++) out.push(this.at(i));
    return out;
  }

  /** The files in runs of `size`, as a stream. */
  async *runs(size: number): AsyncGenerator<InputFile[]> {
    for (let i = 0; i < this.length; i += size) yield this.slice(i, i + size);
  }
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

/** A folder that could not be listed while walking: its files are not in the run. */
export interface UnreadableFolder {
  path: string;
  code: string;
}

export { defaultGlob } from './default-glob.js';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Where the relative part of a path starts: after any leading "./", "../" or "/" (where it goes under --out). */
function relStart(p: string): number {
  return /^(?:\.{1,2}\/|\/)*/.exec(p)![0].length;
}

const isGlob = (s: string): boolean => fg.isDynamicPattern(s);

const byPath = (a: InputFile, b: InputFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function input(p: string, start: number, root?: string): InputFile {
  const f: InputFile = { path: p, rel: p === '-' ? 'stdin' : p.slice(start) };
  if (root !== undefined) f.root = root;
  return f;
}

/** A source of sorted runs of files: a folder argument's walk, or a list sorted up front. */
type Source = (unreadable: (f: UnreadableFolder) => void) => AsyncIterable<readonly InputFile[]>;

async function* once(files: InputFile[]): AsyncGenerator<InputFile[]> {
  if (files.length > 0) yield files.sort(byPath);
}

/**
 * Merges sorted sources into one sorted stream of runs; of equal paths the one from the earlier source is kept
 * (sources are in the order of the arguments). Nearly always there is one source, and its runs pass straight through.
 */
async function* merge(sources: readonly AsyncIterable<readonly InputFile[]>[], runSize = 256): AsyncGenerator<InputFile[]> {
  const its = sources.map((s) => s[Symbol.asyncIterator]());
  const heads: { run: readonly InputFile[]; i: number }[] = [];
  const live: number[] = [];
  for (const [k, it] of its.entries()) {
    const r = await it.next();
    heads.push({ run: r.done ? [] : r.value, i: 0 });
    if (!r.done) live.push(k);
  }
  let last: string | undefined;
  let out: InputFile[] = [];
  while (live.length > 0) {
    // the source with the smallest next path (ties: the earlier source)
    let best = live[0]!;
    for (const k of live) if (heads[k]!.run[heads[k]!.i]!.path < heads[best]!.run[heads[best]!.i]!.path) best = k;
    const h = heads[best]!;
    const f = h.run[h.i++]!;
    if (f.path !== last) out.push(f);
    last = f.path;
    if (out.length >= runSize) {
      yield out;
      out = [];
    }
    if (h.i >= h.run.length) {
      let r = await its[best]!.next();
      while (!r.done && r.value.length === 0) r = await its[best]!.next();
      if (r.done) live.splice(live.indexOf(best), 1);
      else heads[best] = { run: r.value, i: 0 };
    }
  }
  if (out.length > 0) yield out;
}

/** Names that are not UTF-8 were decoded lossily (U+FFFD) by the walk: each is looked up again as bytes (rare). */
async function* recoverRawNames(runs: AsyncIterable<InputFile[]>, cwd: string): AsyncGenerator<InputFile[]> {
  for await (const run of runs) {
    if (!run.some((f) => f.path.includes('\uFFFD'))) {
      yield run;
      continue;
    }
    const out: InputFile[] = [];
    for (const f of run) {
      if (!f.path.includes('\uFFFD')) {
        out.push(f);
        continue;
      }
      const depth = f.rel.split('/').length;
      for (const real of await recoverRawPath(f.path, cwd)) out.push({ ...f, path: real, rel: real.split('/').slice(-depth).join('/') });
    }
    yield out;
  }
}

/**
 * The inputs of a run, resolved: named files, folders, quoted globs, '-' and listed paths. `stream()` yields them
 * sorted (by UTF-16 code units) and de-duplicated, in runs, walking folders as it goes, so a run over a million
 * files never holds the million paths; it may be called again for a second pass (e.g. to count for the progress line).
 */
export class Inputs {
  private constructor(
    private readonly sources: readonly Source[],
    /** Named inputs that do not exist (exit 66). */
    readonly missing: readonly string[],
    private readonly cwd: string,
    /** The folder and glob arguments (searched, not named): when none of them matches a file, the run says so. */
    readonly searched: readonly string[] = [],
  ) {}

  /** Looks at each argument once (a stat; a glob is expanded now); folders are walked by `stream()`. */
  static async resolve(args: readonly string[], options: FindOptions): Promise<Inputs> {
    const missing: string[] = [];
    const searched: string[] = [];
    const sources: Source[] = [];
    const exclude = (options.exclude ?? []).map((d) => d + path.sep);
    const inExcluded = (p: string): boolean => exclude.length > 0 && exclude.some((d) => path.resolve(options.cwd, p).startsWith(d));
    // Found (not named) files pass the ignore file and the excluded trees.
    const keep = (p: string): boolean => !options.ignored?.(p) && !inExcluded(p);
    for (const arg of args) {
      if (arg === '-') {
        sources.push(() => once([input('-', 0)]));
        continue;
      }
      const abs = path.resolve(options.cwd, arg);
      const info = await stat(abs).catch(() => null);
      if (info?.isDirectory()) {
        searched.push(arg);
        sources.push(folderSource(arg, abs, options, keep));
      } else if (info) {
        const p = toPosix(arg);
        sources.push(() => once([input(p, p.lastIndexOf('/') + 1)]));
      } else if (isGlob(arg)) {
        searched.push(arg);
        const entries = (await fg(toPosix(arg), { cwd: options.cwd, onlyFiles: true, dot: false })).filter(keep);
        sources.push(() => once(entries.map((p) => input(p, relStart(p)))));
      } else {
        missing.push(arg);
      }
    }
    if (options.listed !== undefined && options.listed.length > 0) {
      // normalised, so "a/../b.txt" cannot climb out of --out
      const listed = options.listed.map((l) => path.posix.normalize(toPosix(l))).filter(keep);
      sources.push(() => once(listed.map((p) => input(p, relStart(p)))));
    }
    return new Inputs(sources, missing, options.cwd, searched);
  }

  /**
   * The files, sorted, in runs. `unreadable` hears of each folder that cannot be listed. Files found under a name
   * that is not UTF-8 come where their lossy name sorts.
   */
  stream(unreadable: (f: UnreadableFolder) => void = () => {}): AsyncGenerator<InputFile[]> {
    return recoverRawNames(merge(this.sources.map((s) => s(unreadable))), this.cwd);
  }
}

/** The files of one folder argument, as its walk finds them, leaving out the excluded trees inside it. */
function folderSource(arg: string, abs: string, options: FindOptions, keep: (p: string) => boolean): Source {
  const root = toPosix(arg).replace(/\/+$/, '') || '/';
  const skip = (options.exclude ?? []).map((d) => toPosix(path.relative(abs, d))).filter((r) => r !== '' && !r.startsWith('..') && !path.isAbsolute(r));
  // --out equal to the folder itself is not skipped: its inputs are read, and an output that would replace one of
  // them is refused before any work (io/output-is-input)
  // A FIFO, socket or broken link that matches is kept: it must be reported when it is read, not dropped.
  const prefix = root === '.' ? '' : root.endsWith('/') ? root : `${root}/`;
  return async function* (unreadable) {
    const walked = walk(abs, options.glob, (rel) => skip.includes(rel), (rel, err) => unreadable({ path: rel === '' ? root : prefix + rel, code: err.code ?? err.message }));
    for await (const rels of walked) {
      const run: InputFile[] = [];
      for (const rel of rels) {
        const p = prefix + rel;
        if (keep(p)) run.push({ path: p, rel, root: arg });
      }
      if (run.length > 0) yield run;
    }
  };
}

/** Every input, sorted and de-duplicated, in one list (for runs that need the whole list, and for tests). */
export async function findFiles(args: readonly string[], options: FindOptions): Promise<{ files: FileList; missing: readonly string[] }> {
  const inputs = await Inputs.resolve(args, options);
  return { files: await FileList.collect(inputs.stream()), missing: inputs.missing };
}
