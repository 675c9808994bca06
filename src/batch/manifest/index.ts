import { lstat, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { InputFile } from '../../io/find-files.js';
import { toFsPath } from '../../io/raw-path.js';
import { readInput, type ReadOptions } from '../../io/read.js';
import type { Shard } from '../../io/shard.js';
import { writeAtomic, type WriteOptions } from '../../io/write-atomic.js';
import { contentHash, type FileResult, type TaskFile } from '../threads/task.js';
import { isReadError, mapLimit, quickStat, realFolder } from './disk.js';
import { manifestPath, readManifestFile, serializeManifest, type ManifestEntry } from './file.js';

export { acquireLock, releaseLocksSync } from './lock.js';
export { manifestPath } from './file.js';
export { isReadError } from './disk.js';

/**
 * The `--out` manifest, in one module: where it lives and how it is read and checked (file.ts), how an input is
 * keyed (its real path relative to --out, however it was spelled), how a run is planned against it, how results are
 * merged into it, how outputs are pruned (only inside --out), how it is saved, and its lock (lock.ts).
 */

/** An input planned against the manifest: what to send to the threads, and what to record after. */
export interface Planned {
  task: TaskFile;
  input: InputFile;
  /** The manifest's key for the input (null: not kept, e.g. stdin, or no --out). */
  key: string | null;
  /** Output file relative to --out, POSIX ('' without --out). */
  output: string;
  mtimeMs: number | null;
}

/** A stale input (or an orphaned output) found by --check, with the reason in a few words. */
export interface Stale {
  path: string;
  reason: string;
}

/** The manifest of one run: keys and plans inputs, records results, prunes, saves. */
export class Manifest {
  private readonly next = new Map<string, ManifestEntry>();
  /** Keys of every input this run planned (what is not among them has lost its input). */
  private readonly seen = new Set<string>();
  /** Keys of inputs that had an output and failed this run (not for a read error): --prune removes those outputs. */
  readonly failed = new Set<string>();
  private readonly realDirs = new Map<string, string>();
  private dirty = false;

  private constructor(
    readonly outDir: string,
    private readonly realOut: string,
    readonly file: string,
    private readonly previous: ReadonlyMap<string, ManifestEntry> | null,
    private readonly tool: string,
    private readonly options: Record<string, unknown>,
    /** Why the manifest on disk could not be used (it is rebuilt), or null. */
    readonly problem: string | null,
  ) {}

  /** Loads and checks `DIR/.tanqih-manifest*.json`; one made by another version or other options is not used. */
  static async load(outDir: string, shard: Shard | undefined, tool: string, options: Record<string, unknown>): Promise<Manifest> {
    const file = manifestPath(outDir, shard);
    const read = await readManifestFile(file);
    const same = read.data !== null && read.data.tool === tool && JSON.stringify(read.data.options) === JSON.stringify(options);
    const realOut = await realpath(outDir).catch(() => outDir);
    return new Manifest(outDir, realOut, file, same ? read.data!.files : null, tool, options, read.data === null ? read.problem : null);
  }

  /** True when a previous manifest of these options and this version was read (and so can be pruned against). */
  get trusted(): boolean {
    return this.previous !== null;
  }

  /** The key of an input: its real path relative to the real --out, POSIX (`sp/a.txt`, `./sp/a.txt` and `/abs/sp/a.txt` are one). */
  key(inputPath: string, cwd: string): string {
    // one realpath and one path.relative per folder, not per file: a re-run is mostly this and a stat
    const slash = inputPath.lastIndexOf('/');
    const folder = slash < 0 ? '' : inputPath.slice(0, slash);
    let prefix = this.realDirs.get(folder);
    if (prefix === undefined) {
      const rel = path.relative(this.realOut, realFolder(path.resolve(cwd, folder))).split(path.sep).join('/');
      this.realDirs.set(folder, (prefix = rel === '' ? '' : `${rel}/`));
    }
    const name = inputPath.slice(slash + 1);
    return name === '.' || name === '..' ? path.posix.normalize(prefix + name) : prefix + name;
  }

  /** Stats each input: fresh ones become skips, never read; changed ones carry the hash last seen (equal bytes are not redone). */
  plan(files: readonly InputFile[], outputOf: (f: InputFile) => string, cwd: string): Planned[] {
    return files.map((input): Planned => {
      const output = outputOf(input);
      if (input.path === '-') return { task: { path: '-' }, input, key: null, output, mtimeMs: null };
      const key = this.key(input.path, cwd);
      this.seen.add(key);
      const entry = this.previous?.get(key);
      const known = entry?.output === output ? entry : undefined;
      const info = quickStat(path.resolve(cwd, input.path));
      if (info === undefined) return { task: { path: input.path }, input, key, output, mtimeMs: null };
      const { size, mtimeMs } = info;
      const same = known !== undefined && known.size === size && known.mtimeMs === mtimeMs;
      if (same && quickStat(path.join(this.outDir, known.output))?.isFile()) {
        this.next.set(key, known);
        return { task: { path: input.path, skip: { size } }, input, key, output, mtimeMs };
      }
      const knownHash = same ? undefined : known?.hash;
      return { task: knownHash === undefined ? { path: input.path } : { path: input.path, knownHash }, input, key, output, mtimeMs };
    });
  }

  /**
   * Records what the run did with one input. A failed input keeps the entry it had (the next run tries again, as its
   * size or mtime moved), and unless the failure was a read error, --prune may remove its stale output.
   */
  record(p: Planned, r: FileResult): void {
    if (r.status === 'skipped' || p.key === null) return;
    this.dirty = true;
    if ((r.status === 'ok' || r.status === 'unchanged') && r.hash !== null && p.mtimeMs !== null) {
      this.next.set(p.key, { size: r.size, mtimeMs: p.mtimeMs, hash: r.hash, output: p.output });
      return;
    }
    const before = this.previous?.get(p.key);
    if (r.status !== 'failed' || before === undefined) return;
    this.next.set(p.key, before);
    if (!r.messages.some((m) => isReadError(m.rule))) this.failed.add(p.key);
  }

  /** Keys in the manifest whose input this run did not find. */
  orphans(): string[] {
    return [...(this.previous?.keys() ?? [])].filter((k) => !this.seen.has(k));
  }

  /** Where the input of a key was (an absolute path), for messages. */
  inputOf(key: string): string {
    return path.join(this.realOut, key);
  }

  /** Without --prune: orphans keep their entries (and their outputs). */
  keepOrphans(): void {
    for (const k of this.orphans()) this.next.set(k, this.previous!.get(k)!);
  }

  /** The output of `key` as a path that is certainly inside --out (its folder resolved), or null. */
  private async confined(key: string): Promise<string | null> {
    const entry = this.previous?.get(key);
    if (entry === undefined) return null;
    const target = path.join(this.outDir, entry.output);
    const realDir = await realpath(toFsPath(path.dirname(target))).catch(() => null);
    const rel = realDir === null ? '..' : path.relative(this.realOut, String(realDir));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const info = await lstat(toFsPath(target)).catch(() => null);
    return info !== null && (info.isFile() || info.isSymbolicLink()) ? target : null;
  }

  /** Removes the outputs of these keys (each checked to lie inside --out, and to be a file) and drops their entries. */
  async removeOutputs(keys: readonly string[]): Promise<number> {
    let removed = 0;
    for (const k of keys) {
      const target = await this.confined(k);
      if (target !== null) await rm(toFsPath(target), { force: true });
      this.next.delete(k);
      this.dirty = true;
      removed++;
    }
    return removed;
  }

  /**
   * Writes the manifest (atomically) when anything changed. A complete run writes what it found; a run that stopped
   * early or failed merges what it did into the previous manifest, so the manifest never shrinks on a failure.
   */
  async save(complete: boolean, options: WriteOptions): Promise<void> {
    if (!this.dirty && this.previous !== null) return;
    const files = complete || this.previous === null ? this.next : new Map([...this.previous, ...this.next]);
    await writeAtomic(this.file, serializeManifest(this.tool, this.options, files), options);
  }

  /** --check: which planned inputs a run would redo (hashing those whose size or mtime moved, read as inputs are). */
  async stale(planned: readonly Planned[], cwd: string, stdin: Readable, read: ReadOptions): Promise<Stale[]> {
    const out = await mapLimit(planned, 16, async (p): Promise<Stale | null> => {
      if (p.task.skip) return null;
      if (p.task.knownHash === undefined) {
        const had = p.key !== null && this.previous?.has(p.key);
        return { path: p.input.path, reason: had ? 'output missing' : this.previous ? 'new' : 'no manifest for these options' };
      }
      const bytes = await readInput(p.input.path, cwd, stdin, { ...read, root: p.input.root }).catch((err: NodeJS.ErrnoException) => err);
      if (bytes instanceof Buffer && contentHash(bytes) === p.task.knownHash) return null;
      const why = bytes instanceof Buffer ? '' : `, and cannot be read (${(bytes as NodeJS.ErrnoException).code ?? 'error'})`;
      return { path: p.input.path, reason: `changed${why}` };
    });
    return out.filter((s): s is Stale => s !== null);
  }
}
