import { constants, statSync } from 'node:fs';
import { access, realpath } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../core/errors.js';
import type { Message } from '../core/types.js';
import { makeDirs } from './make-dirs.js';
import { toFsPath } from './raw-path.js';

/** sysexits codes for output failures (the same numbers as cli/exit-codes.ts; io/ may not import cli/). */
const cantCreate = 73;
const ioError = 74;

interface PlannedFile {
  path: string;
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const needsNormalising = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$/;

/** path.resolve(cwd, p), without its cost for the common already-normal path (the plan runs it per file). */
function absolute(cwd: string, p: string): string {
  if (needsNormalising.test(p)) return path.resolve(cwd, p);
  if (p.startsWith('/')) return p;
  return cwd.endsWith('/') ? cwd + p : `${cwd}/${p}`;
}

/** isInside for paths already normalised by path.resolve: a prefix test (the plan runs it per file). */
function isBelow(dir: string, p: string): boolean {
  return p.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/**
 * The real location of a path: its folder with every symlink resolved (cached per folder), then its name.
 * A leaf symlink or hard link at an output path is harmless (the rename replaces it, the file behind it is
 * untouched); a symlinked folder is not, as a rename through it lands in the folder it points to.
 */
function makeRealKey(): (p: string) => string | Promise<string> {
  const known = new Map<string, string>();
  const realDir = async (dir: string): Promise<string> => {
    const cached = known.get(dir);
    if (cached !== undefined) return cached;
    let real: string;
    try {
      real = String(await realpath(toFsPath(dir)));
    } catch {
      // a folder that does not exist yet: resolve its parent, keep its name
      real = path.dirname(dir) === dir ? dir : path.join(await realDir(path.dirname(dir)), path.basename(dir));
    }
    known.set(dir, real);
    return real;
  };
  return (p) => {
    const slash = p.lastIndexOf('/');
    const dir = slash <= 0 ? '/' : p.slice(0, slash);
    const cached = known.get(dir); // the fast path: no promise for a folder already resolved
    return cached !== undefined ? `${cached}/${p.slice(slash + 1)}` : realDir(dir).then((real) => `${real}/${p.slice(slash + 1)}`);
  };
}

/** Names of tanqih's own files in --out (manifests, locks, temp files): no output may take one. */
export const reservedPrefix = '.tanqih-';

/**
 * Checks, before anything is written, where every output would go: inside `outDir` (no `..` escape, and no symlinked
 * folder inside --out leading out of it), never onto an input file (same path, also through a symlinked folder),
 * never two inputs onto one output, and never onto one of tanqih's own files. `targetOf` is the engine's mapping from
 * an input to its output path. Costs one realpath per folder.
 */
export async function planOutputs<T extends PlannedFile>(files: readonly T[], outDir: string, targetOf: (file: T) => string, cwd: string): Promise<Message[]> {
  const out = path.resolve(cwd, outDir);
  const problems: Message[] = [];
  const problem = (file: T, rule: string, message: string): void => {
    problems.push({ path: file.path, line: null, severity: 'error', rule, message });
  };
  const realKey = makeRealKey();
  const realOut = String(await realpath(toFsPath(out)).catch(() => out));
  const inputs = new Map<string, T>();
  for (const f of files) {
    if (f.path === '-') continue;
    const k = realKey(absolute(cwd, f.path));
    inputs.set(typeof k === 'string' ? k : await k, f); // no await (a microtask each) on the fast path
  }
  const claimed = new Map<string, T>();
  for (const file of files) {
    const target = absolute(out, targetOf(file));
    const k = isBelow(out, target) ? realKey(target) : '';
    const key = typeof k === 'string' ? k : await k;
    if (!isBelow(realOut, key)) {
      problem(file, 'io/output-outside', `Its output path ${target} would be outside --out ${out}${key === '' ? '' : ` (it leads to ${key})`}.`);
      continue;
    }
    if (path.basename(target).startsWith(reservedPrefix)) {
      problem(file, 'io/output-reserved', `Its output ${target} would take the name of one of tanqih's own files (${reservedPrefix}*); rename the input.`);
      continue;
    }
    const twin = claimed.get(key);
    if (twin) {
      problem(file, 'io/output-collision', `Its output ${target} is also the output of ${twin.path}; rename one, or give the folders separately.`);
      continue;
    }
    claimed.set(key, file);
    const overwritten = inputs.get(key);
    if (overwritten) problem(file, 'io/output-is-input', `Its output ${target} is the input file ${overwritten.path}; tanqih never writes over an input. Choose another --out.`);
  }
  return problems;
}

/** The run-level refusal for a plan with problems (after they were printed). */
export function refuseOutputPlan(problems: readonly Message[]): RunError {
  return new RunError(`Refusing to write any output: ${problems.length} output path problem${problems.length === 1 ? '' : 's'} (see above).`, cantCreate);
}

/** Creates `--out` and checks it can be written, before any work: a clear exit 73 instead of a failure on file 1. */
export async function prepareOutDir(outDir: string): Promise<void> {
  try {
    await makeDirs(outDir);
    await access(toFsPath(outDir), constants.W_OK | constants.X_OK);
  } catch (err) {
    throw describeWriteError(err, outDir);
  }
}

/**
 * Confines writes to `--out` on disk, just before each rename: the first write into a folder checks that its real
 * path lies inside --out (a symlinked folder may not lead out); later writes check that it is still the same folder
 * (device and inode), so a folder swapped for a symlink during the run is caught. One stat per write.
 */
export class OutputGuard {
  private rootReal: string | null = null;
  private readonly known = new Map<string, { dev: number; ino: number }>();

  constructor(readonly outDir: string) {}

  /** Throws a RunError (exit 73) when writing into `dir` (it exists) would land outside --out. */
  async confirm(dir: string): Promise<void> {
    const now = statSync(toFsPath(dir));
    const seen = this.known.get(dir);
    if (seen !== undefined && seen.dev === now.dev && seen.ino === now.ino) return;
    this.rootReal ??= String(await realpath(toFsPath(this.outDir)));
    const real = String(await realpath(toFsPath(dir)));
    if (seen !== undefined || !isInside(this.rootReal, real)) {
      const how = seen !== undefined ? 'was replaced during the run' : `is a symbolic link to ${real}, outside --out`;
      throw new RunError(`Refusing to write into ${dir}: it ${how} (io/output-outside).`, cantCreate);
    }
    this.known.set(dir, { dev: now.dev, ino: now.ino });
  }
}

const ioCodes = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EFBIG']);

/** A failed output write as a run error: 74 for a full disk or I/O fault, 73 when the output cannot be created. */
export function describeWriteError(err: unknown, target: string): RunError {
  if (err instanceof RunError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  const why: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'an I/O error',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    ENOTREG: 'it is not a regular file (a FIFO, device, socket or folder), and tanqih replaces only regular files',
    ENAMETOOLONG: 'the name is too long for the file system',
  };
  const reason = why[code] ?? (err instanceof Error ? err.message : String(err));
  const exit = ioCodes.has(code) ? ioError : cantCreate;
  return new RunError(`Cannot write ${target}: ${reason} (${code}). Outputs written before it are complete; nothing partial was left.`, exit);
}
