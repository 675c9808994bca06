import { statSync, type Stats } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from '../io/find-files.js';
import type { Shard } from '../io/shard.js';
import { writeAtomic, type WriteSyscalls } from '../io/write-atomic.js';
import { contentHash, type FileResult, type TaskFile } from './threads/task.js';

/**
 * The `--out` manifest, in one place: where it lives, how it is read and checked, how an input is keyed and planned
 * against it, how a run's results are merged into it, pruned and saved. `DIR/.tanqih-manifest.json` lets a re-run
 * skip the inputs that have not changed.
 */

/** What the manifest remembers of one input and the output made from it. */
export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  /** Content hash (sha1, hex) of the input bytes that produced the output. */
  hash: string;
  /** The output file, relative to the --out folder, POSIX separators. */
  output: string;
}

/** The file's contents. */
interface ManifestFile {
  tanqihManifest: 1;
  /** "tanqih 0.1.0": a new version may produce different records, so it redoes everything. */
  tool: string;
  /** The options that shape a record (profile, encoding, format…): a change redoes everything. */
  options: Record<string, unknown>;
  /** Keyed by input path as given or found. */
  files: Record<string, ManifestEntry>;
}

/** An input planned against the manifest: what to send to the threads, and what to record after. */
export interface Planned {
  task: TaskFile;
  input: InputFile;
  /** Output file relative to --out, POSIX ('' without --out). */
  output: string;
  mtimeMs: number | null;
}

/** A stale input (or an orphaned output) found by --check, with the reason in a few words. */
export interface Stale {
  path: string;
  reason: string;
}

/** The manifest's file: one per shard, so shard jobs sharing an --out folder never write the same file. */
export function manifestPath(outDir: string, shard: Shard | undefined): string {
  const suffix = shard && shard.count > 1 ? `-${shard.index}-of-${shard.count}` : '';
  return path.join(outDir, `.tanqih-manifest${suffix}.json`);
}

/** Reads a manifest; a missing, unreadable or foreign file counts as no manifest (everything is redone). */
async function readManifest(file: string): Promise<ManifestFile | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<ManifestFile>;
    if (data.tanqihManifest !== 1 || typeof data.files !== 'object' || data.files === null) return null;
    return data as ManifestFile;
  } catch {
    return null;
  }
}

/** The manifest as stable JSON (entries in path order), one entry per line so diffs stay readable. */
function serialize(m: ManifestFile): string {
  const keys = Object.keys(m.files).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(m.files[k])}`);
  const head = `{\n  "tanqihManifest": 1,\n  "tool": ${JSON.stringify(m.tool)},\n  "options": ${JSON.stringify(m.options)},\n`;
  return `${head}  "files": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}

/** stat without the promise path: ~10x cheaper per call, and a re-run is mostly stats. */
function quickStat(p: string): Stats | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** How an input stands against the manifest. */
type Freshness =
  | { state: 'fresh'; size: number; mtimeMs: number }
  | { state: 'changed'; size: number; mtimeMs: number; knownHash: string | undefined }
  | { state: 'unreadable' };

/**
 * Size and mtime of an input and whether its output still exists decide "fresh" without reading it. Synchronous on
 * purpose: two stats of a few microseconds each cost far less than two round trips through libuv's thread pool.
 */
function freshness(absInput: string, entry: ManifestEntry | undefined, outDir: string): Freshness {
  const info = quickStat(absInput);
  if (info === undefined) return { state: 'unreadable' };
  const { size, mtimeMs } = info;
  if (entry !== undefined && entry.size === size && entry.mtimeMs === mtimeMs) {
    const out = quickStat(path.join(outDir, entry.output));
    if (out?.isFile()) return { state: 'fresh', size, mtimeMs };
    return { state: 'changed', size, mtimeMs, knownHash: undefined };
  }
  return { state: 'changed', size, mtimeMs, knownHash: entry?.hash };
}

/** Runs `fn` over `items` with at most `limit` promises in flight, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** The manifest of one run: plans skips, records results, prunes orphans, saves. */
export class Manifest {
  private readonly next = new Map<string, ManifestEntry>();
  private dirty = false;

  private constructor(
    private readonly outDir: string,
    readonly file: string,
    private readonly previous: ManifestFile | null,
    private readonly base: Omit<ManifestFile, 'files'>,
  ) {}

  /** Loads `DIR/.tanqih-manifest*.json`; a manifest made by another version or other options is ignored. */
  static async load(outDir: string, shard: Shard | undefined, tool: string, options: Record<string, unknown>): Promise<Manifest> {
    const file = manifestPath(outDir, shard);
    const m = await readManifest(file);
    const matches = m !== null && m.tool === tool && JSON.stringify(m.options) === JSON.stringify(options);
    return new Manifest(outDir, file, matches ? m : null, { tanqihManifest: 1, tool, options });
  }

  /**
   * Stats each input: fresh ones (same size and mtime, output still there) become skips, never read; changed ones
   * carry the hash last seen, so equal bytes are reported unchanged, not redone.
   */
  plan(files: readonly InputFile[], outputOf: (f: InputFile) => string, cwd: string): Planned[] {
    return files.map((input): Planned => {
      const output = outputOf(input);
      const entry = this.previous?.files[input.path];
      if (input.path === '-') return { task: { path: '-' }, input, output, mtimeMs: null };
      const f = freshness(path.resolve(cwd, input.path), entry?.output === output ? entry : undefined, this.outDir);
      if (f.state === 'unreadable') return { task: { path: input.path }, input, output, mtimeMs: null };
      if (f.state === 'fresh') {
        this.next.set(input.path, entry!);
        return { task: { path: input.path, skip: { size: f.size } }, input, output, mtimeMs: f.mtimeMs };
      }
      const task: TaskFile = f.knownHash === undefined ? { path: input.path } : { path: input.path, knownHash: f.knownHash };
      return { task, input, output, mtimeMs: f.mtimeMs };
    });
  }

  /** Records what the run did with one input. A failed input loses its entry, so the next run tries again. */
  record(p: Planned, r: FileResult): void {
    if (r.status === 'skipped') return;
    this.dirty = true;
    if ((r.status === 'ok' || r.status === 'unchanged') && r.hash !== null && p.mtimeMs !== null) {
      this.next.set(p.input.path, { size: r.size, mtimeMs: p.mtimeMs, hash: r.hash, output: p.output });
    }
  }

  /** Inputs in the manifest that this run did not find. */
  orphans(present: ReadonlySet<string>): string[] {
    return Object.keys(this.previous?.files ?? {}).filter((k) => !present.has(k));
  }

  /** Removes the outputs of inputs that disappeared (--prune); without it their entries are kept. */
  async prune(present: ReadonlySet<string>, remove: boolean): Promise<string[]> {
    const gone = this.orphans(present);
    for (const k of gone) {
      const entry = this.previous!.files[k]!;
      if (remove) {
        await rm(path.join(this.outDir, entry.output), { force: true });
        this.dirty = true;
      } else this.next.set(k, entry);
    }
    return remove ? gone : [];
  }

  /** Writes the manifest (atomically) when anything changed. */
  async save(sys?: WriteSyscalls): Promise<void> {
    if (!this.dirty && this.previous !== null) return;
    await writeAtomic(this.file, serialize({ ...this.base, files: Object.fromEntries(this.next) }), sys);
  }

  /** --check: which planned inputs a run would redo (hashing those whose size or mtime moved). */
  async stale(planned: readonly Planned[], cwd: string): Promise<Stale[]> {
    const out = await mapLimit(planned, 16, async (p): Promise<Stale | null> => {
      if (p.task.skip) return null;
      if (p.task.knownHash === undefined) {
        return { path: p.input.path, reason: this.previous?.files[p.input.path] ? 'output missing' : this.previous ? 'new' : 'no manifest for these options' };
      }
      const bytes = await readFile(path.resolve(cwd, p.input.path)).catch(() => null);
      if (bytes !== null && contentHash(bytes) === p.task.knownHash) return null;
      return { path: p.input.path, reason: 'changed' };
    });
    return out.filter((s): s is Stale => s !== null);
  }
}
