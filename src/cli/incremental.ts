import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from '../io/find-files.js';
import { freshness, loadManifest, manifestMatches, manifestPath, mapLimit, serializeManifest, type Manifest, type ManifestEntry } from '../io/manifest.js';
import type { Shard } from '../io/shard.js';
import { writeAtomic } from '../io/write-atomic.js';
import { contentHash, type FileResult, type TaskFile } from './batch-task.js';

/** An input planned against the manifest: what to send to the engine, and what to record after. */
export interface Planned {
  task: TaskFile;
  input: InputFile;
  /** Output file relative to --out, POSIX. */
  output: string;
  mtimeMs: number | null;
}

/** A stale input (or an orphaned output) found by --check, with the reason in a few words. */
export interface Stale {
  path: string;
  reason: string;
}

/** The --out manifest of one run: plans skips, records results, prunes orphans, saves. */
export class Incremental {
  private readonly next = new Map<string, ManifestEntry>();
  private dirty = false;

  private constructor(
    private readonly outDir: string,
    readonly file: string,
    private readonly previous: Manifest | null,
    private readonly base: Omit<Manifest, 'files'>,
  ) {}

  /** Loads `DIR/.tanqih-manifest*.json`; a manifest made by another version or other options is ignored. */
  static async load(outDir: string, shard: Shard | undefined, tool: string, options: Record<string, unknown>): Promise<Incremental> {
    const file = manifestPath(outDir, shard);
    const m = await loadManifest(file);
    return new Incremental(outDir, file, manifestMatches(m, tool, options) ? m : null, { tanqihManifest: 1, tool, options });
  }

  /** Stats each input: fresh ones become skips, changed ones carry the hash last seen (equal bytes are not redone). */
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
  async save(): Promise<void> {
    if (!this.dirty && this.previous !== null) return;
    await writeAtomic(this.file, serializeManifest({ ...this.base, files: Object.fromEntries(this.next) }));
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
