import { realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from '../../io/find-files.js';
import { toFsPath } from '../../io/raw-path.js';
import type { Shard } from '../../io/shard.js';
import { writeAtomic, type WriteOptions } from '../../io/write-atomic.js';
import type { FileResult, TaskFile } from '../threads/task.js';
import { isReadError, quickStat, realFolder } from './disk.js';
import { serializeManifest, type ManifestEntry, type OutputInfo } from './file.js';
import { loadManifests, type Loaded } from './load.js';
import { outputState } from './outputs.js';
import { confinedOutput } from './prune.js';

export { acquireLock, releaseLocksSync } from './lock.js';
export { manifestPath, type ManifestEntry, type OutputInfo } from './file.js';
export { isReadError } from './disk.js';
export { checkPlanned, type CheckItem, type Stale } from './check.js';

/**
 * The `--out` manifest, in one module: where it lives and how it is read and checked (file.ts, load.ts: every
 * manifest of the folder, shard runs' included), how an input is keyed (its real path relative to --out, however it
 * was spelled), how a run is planned against it (outputs.ts: an edited or deleted output is redone), how results are
 * merged into it, how outputs are pruned (prune.ts, only inside --out), how it is saved, and its lock (lock.ts).
 */

/** Why a run would redo an input (what --check reports), or why it is left alone. */
export type PlanReason = 'fresh' | 'new' | 'options changed' | 'output missing' | 'output edited' | 'maybe changed' | 'failed' | 'failed, changed';

/** An input planned against the manifest: what to send to the threads, and what to record after. */
export interface Planned {
  task: TaskFile;
  input: InputFile;
  /** The manifest's key for the input (null: not kept, e.g. stdin, or no --out). */
  key: string | null;
  /** Output file relative to --out, POSIX ('' without --out). */
  output: string;
  mtimeMs: number | null;
  size: number | null;
  /** The manifest's entry for the input, made with this run's options. */
  known?: ManifestEntry | undefined;
  reason: PlanReason;
  /** The output was found intact under another mtime (a fresh clone): the entry takes the new one. */
  outMtimeMs?: number;
}

/** A failure that says something about the input's bytes (not a read error, nor its output): an unchanged input fails the same way. */
function lasting(rule: string): boolean {
  return rule === 'io/too-large' || !isReadError(rule);
}

/** The manifest of one run: keys and plans inputs, records results, prunes, saves. */
export class Manifest {
  private readonly next = new Map<string, ManifestEntry>();
  /** Keys of every input this run planned (what is not among them has lost its input). */
  private readonly seen = new Set<string>();
  /** The output each planned input gets this run (outputs of other options are pruned, these are not). */
  private readonly plannedOutputs = new Map<string, string>();
  /** Keys of inputs that had an output and now fail with a lasting error: --prune removes those outputs. */
  readonly failed = new Set<string>();
  private readonly realDirs = new Map<string, string>();
  private dirty = false;
  /** The folder's index (index.md), when this run keeps one: it is no stray output. */
  private index: string | null = null;

  private constructor(
    readonly outDir: string,
    private readonly realOut: string,
    private readonly loaded: Loaded,
    private readonly tool: string,
    private readonly options: Record<string, unknown>,
  ) {}

  /** Loads and checks every `DIR/.tanqih-manifest*.json`; entries of another version or other options are not trusted. */
  static async load(outDir: string, shard: Shard | undefined, tool: string, options: Record<string, unknown>): Promise<Manifest> {
    const loaded = await loadManifests(outDir, shard, tool, options);
    const realOut = await realpath(outDir).catch(() => outDir);
    return new Manifest(outDir, realOut, loaded, tool, options);
  }

  get file(): string {
    return this.loaded.file;
  }

  /** Manifests that could not be used, and why. */
  get problems(): readonly { file: string; problem: string }[] {
    return this.loaded.problems;
  }

  /** What changed since the manifest was made (`--format: md → json`), or null. */
  get changed(): readonly string[] | null {
    return this.loaded.changed;
  }

  /** True when every manifest could be read (so outputs can be pruned against them). */
  get trusted(): boolean {
    return this.loaded.problems.length === 0;
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

  /**
   * Stats each input: fresh ones (same size and mtime, output intact) become skips, never read; an unchanged input
   * that failed replays its error; a changed one carries the hash last seen (equal bytes are not redone) — but only
   * while its output is intact: an edited or deleted output is always made again.
   */
  plan(files: readonly InputFile[], outputOf: (f: InputFile) => string, cwd: string): Planned[] {
    return files.map((input): Planned => {
      const output = outputOf(input);
      const bare = { task: { path: input.path }, input, output, mtimeMs: null, size: null };
      if (input.path === '-') return { ...bare, key: null, reason: 'new' };
      const key = this.key(input.path, cwd);
      this.seen.add(key);
      this.plannedOutputs.set(key, output);
      const known = this.loaded.previous.get(key);
      const info = quickStat(path.resolve(cwd, input.path));
      const reason = known === undefined ? (this.loaded.changed !== null ? 'options changed' : 'new') : 'maybe changed';
      if (info === undefined) return { ...bare, key, known, reason };
      const p: Planned = { ...bare, key, known, reason, mtimeMs: info.mtimeMs, size: info.size };
      if (known === undefined) return p;
      const same = known.size === info.size && known.mtimeMs === info.mtimeMs;
      if (known.failed !== undefined) {
        if (!same) return { ...p, reason: 'failed, changed' };
        // replayed, not read: the same bytes fail the same way
        return { ...p, reason: 'failed', task: { path: input.path, error: known.failed } };
      }
      if (known.output !== output) return { ...p, reason: 'output missing' };
      const state = outputState(this.outDir, known);
      if (state.state !== 'intact') return { ...p, reason: state.state === 'missing' ? 'output missing' : 'output edited' };
      if (state.mtimeMs !== known.out!.mtimeMs) p.outMtimeMs = state.mtimeMs;
      if (!same) return { ...p, task: { path: input.path, knownHash: known.hash! } };
      this.next.set(key, p.outMtimeMs === undefined ? known : { ...known, out: { ...known.out!, mtimeMs: p.outMtimeMs } });
      if (p.outMtimeMs !== undefined) this.dirty = true;
      return { ...p, reason: 'fresh', task: { path: input.path, skip: { size: info.size } } };
    });
  }

  /**
   * Records what the run did with one input (`written`: its output as written, for an ok one). A lasting failure is
   * recorded, so an unchanged input is not read again and --check reports it as a failure; after a read error the
   * entry it had stays (the next run tries again).
   */
  record(p: Planned, r: FileResult, written?: OutputInfo, index?: ManifestEntry['index']): void {
    if (r.status === 'skipped' || p.key === null || p.mtimeMs === null) return;
    this.dirty = true;
    const known = p.known;
    if (r.status === 'ok' && r.hash !== null && written !== undefined) {
      this.next.set(p.key, { size: r.size, mtimeMs: p.mtimeMs, hash: r.hash, output: p.output, out: written, ...(index ? { index } : {}) });
    } else if (r.status === 'unchanged' && known?.out !== undefined) {
      this.next.set(p.key, { ...known, size: r.size, mtimeMs: p.mtimeMs, out: { ...known.out, mtimeMs: p.outMtimeMs ?? known.out.mtimeMs } });
    } else if (r.status === 'failed') {
      const error = r.messages.find((m) => m.severity === 'error');
      if (p.reason === 'failed' && known !== undefined) {
        this.next.set(p.key, known);
        if (known.output !== undefined) this.failed.add(p.key);
      } else if (error !== undefined && lasting(error.rule)) {
        const entry: ManifestEntry = { size: p.size ?? r.size, mtimeMs: p.mtimeMs, hash: r.hash, failed: { rule: error.rule, line: error.line, message: error.message } };
        if (known?.output !== undefined) {
          entry.output = known.output;
          if (known.out) entry.out = known.out;
          this.failed.add(p.key);
        }
        this.next.set(p.key, entry);
      } else if (known !== undefined) this.next.set(p.key, known);
    }
  }

  /** Keys this run answers for whose input it did not find. */
  orphans(): string[] {
    return [...this.loaded.scope].filter((k) => !this.seen.has(k));
  }

  /** Where the input of a key was (an absolute path), for messages. */
  inputOf(key: string): string {
    return path.join(this.realOut, key);
  }

  /** The outputs --prune would remove (relative to --out): those of lost inputs, of failing inputs, of other options. */
  pruneTargets(): { keys: string[]; files: string[]; strays: string[] } {
    const keys = [...this.orphans(), ...this.failed];
    const current = new Set<string>();
    for (const [k, e] of this.next) if (e.output !== undefined && !this.failed.has(k)) current.add(e.output);
    for (const [k, o] of this.plannedOutputs) if (!this.failed.has(k)) current.add(o);
    if (this.index !== null) current.add(this.index);
    const files = new Set<string>();
    for (const k of keys) {
      const o = this.loaded.previous.get(k)?.output ?? this.loaded.former.get(k);
      if (o !== undefined) files.add(o);
    }
    const strays = new Set<string>();
    for (const o of [...this.loaded.former.values(), ...this.loaded.others]) if (!files.has(o) && !current.has(o)) strays.add(o);
    return { keys, files: [...files, ...strays].filter((f) => !current.has(f)).sort(), strays: [...strays].sort() };
  }

  /** The articles a Markdown --out folder holds now (for its index.md): every entry with an output and no failure. */
  articles(): { output: string; title: string | null; date: string | null }[] {
    const out: { output: string; title: string | null; date: string | null }[] = [];
    for (const e of this.next.values()) if (e.output !== undefined && e.failed === undefined) out.push({ output: e.output, title: e.index?.title ?? null, date: e.index?.date ?? null });
    return out;
  }

  /** This run writes the folder's index (`index.md`): it is recorded, so a run of another format can prune it. */
  keepIndex(name: string): void {
    this.index = name;
    this.loaded.others.add(name);
    this.dirty = true;
  }

  /** Without --prune: orphans keep their entries (and their outputs). */
  keepOrphans(): void {
    for (const k of this.orphans()) {
      const e = this.loaded.previous.get(k);
      if (e !== undefined) this.next.set(k, e);
    }
  }

  /** Removes what --prune removes (each output checked to lie inside --out, and to be a file); returns how many inputs' outputs went. */
  async prune(): Promise<number> {
    const { keys, files } = this.pruneTargets();
    for (const f of files) {
      const target = await confinedOutput(this.outDir, this.realOut, f);
      if (target !== null) await rm(toFsPath(target), { force: true });
    }
    for (const k of keys) {
      const e = this.next.get(k);
      if (e?.failed !== undefined) this.next.set(k, { size: e.size, mtimeMs: e.mtimeMs, hash: e.hash, failed: e.failed });
      else this.next.delete(k);
    }
    this.loaded.former.clear();
    this.loaded.others.clear();
    if (this.index !== null) this.loaded.others.add(this.index);
    this.dirty = true;
    return files.length;
  }

  /** Outputs of other options still on disk that no entry names (kept for a later --prune). */
  private strays(): string[] {
    const current = new Set<string>(this.plannedOutputs.values());
    for (const e of this.next.values()) if (e.output !== undefined) current.add(e.output);
    const out = new Set<string>(this.index === null ? [] : [this.index]);
    for (const o of [...this.loaded.former.values(), ...this.loaded.others]) if (!current.has(o) && quickStat(path.join(this.outDir, o))?.isFile()) out.add(o);
    return [...out];
  }

  /**
   * Writes the manifest (atomically) when anything changed. A complete run writes what it found (an unsharded one
   * then removes the shard runs' manifests it has folded in); a run that stopped early or failed merges what it did
   * into the previous manifest, so the manifest never shrinks on a failure.
   */
  async save(complete: boolean, options: WriteOptions): Promise<void> {
    const folds = complete && this.loaded.shardFiles.length > 0 && !/-\d+-of-\d+\.json$/.test(this.file);
    if (!this.dirty && this.loaded.own.size > 0 && this.loaded.former.size === 0 && !folds) return;
    const files = complete ? this.next : new Map([...this.loaded.own, ...this.next]);
    await writeAtomic(this.file, serializeManifest(this.tool, this.options, files, this.strays()), options);
    if (folds) for (const f of this.loaded.shardFiles) await rm(f, { force: true });
  }
}
