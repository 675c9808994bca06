import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFileAt } from '../../io/read.js';
import type { Shard } from '../../io/shard.js';

/** An output file as the run wrote it: a later run that finds it otherwise knows it was edited. */
export interface OutputInfo {
  size: number;
  mtimeMs: number;
  /** sha1 (hex) of the output's bytes. */
  hash: string;
}

/** Why an input failed (a fact about its bytes, so an unchanged input fails the same way again). */
export interface FailureInfo {
  rule: string;
  line: number | null;
  message: string;
}

/** What the manifest remembers of one input and the output made from it. */
export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  /** Content hash (sha1, hex) of the input bytes; null for an input refused unread (io/too-large). */
  hash: string | null;
  /** The output file, relative to the --out folder, POSIX separators, never climbing out of it. */
  output?: string;
  /** The output as written. */
  out?: OutputInfo;
  /** The input failed (no record): the error, replayed while the input does not change. */
  failed?: FailureInfo;
  /** Markdown runs: what the folder's index.md lists for the article. */
  index?: { title: string | null; date: string | null };
}

/** The manifest as read: its header, and its entries keyed by input path relative to --out (a Map: any key is safe). */
export interface ManifestData {
  tool: string;
  options: Record<string, unknown>;
  files: Map<string, ManifestEntry>;
  /** Outputs made under other options (another --format) that --prune has not removed yet. */
  others: string[];
}

/** What reading the manifest gave: the data, nothing (no file, or an older format), or why it cannot be used. */
export type ReadResult = { data: ManifestData } | { data: null; problem: string | null };

/** A manifest of a few million entries; past this it is not read (it is no manifest tanqih wrote). */
const maxManifestBytes = 256 * 1024 * 1024;

/** The current format. 2 had no output hashes and no failed inputs; older ones are ignored (the run redoes everything). */
const format = 3;

/** The manifest's file: one per shard, so shard jobs sharing an --out folder never write the same file. */
export function manifestPath(outDir: string, shard: Shard | undefined): string {
  const suffix = shard && shard.count > 1 ? `-${shard.index}-of-${shard.count}` : '';
  return path.join(outDir, `.tanqih-manifest${suffix}.json`);
}

const manifestName = /^\.tanqih-manifest(?:-\d+-of-\d+)?\.json$/;

/** Every manifest file in --out (the run's own and those of shard runs), oldest first: a newer one's entries win. */
export async function manifestFiles(outDir: string): Promise<string[]> {
  const names = (await readdir(outDir).catch(() => [] as string[])).filter((n) => manifestName.test(n));
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(outDir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => a.t - b.t || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  return dated.map((d) => path.join(outDir, d.n));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An output path a manifest may name: relative, POSIX, below --out, a record file. */
export function safeOutput(o: unknown): o is string {
  if (typeof o !== 'string' || o === '' || o.includes('\0') || o.includes('\\') || o.startsWith('/')) return false;
  return !o.split('/').some((part) => part === '..' || part === '.' || part === '') && /\.(?:json|md)$/.test(o);
}

const isHash = (h: unknown): h is string => typeof h === 'string' && /^[0-9a-f]{40}$/.test(h);
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const isText = (s: unknown): boolean => s === null || typeof s === 'string';

/** Why the optional parts of an entry are not valid, or null. */
function partsProblem(e: Record<string, unknown>): string | null {
  const out = e.out;
  if (out !== undefined && !(isObject(out) && isCount(out.size) && isTime(out.mtimeMs) && isHash(out.hash))) return 'has no valid out';
  const f = e.failed;
  if (f !== undefined && !(isObject(f) && typeof f.rule === 'string' && /^[a-z]+\/[a-z0-9-]+$/.test(f.rule) && typeof f.message === 'string' && (f.line === null || isCount(f.line)))) return 'has no valid failure';
  const ix = e.index;
  if (ix !== undefined && !(isObject(ix) && isText(ix.title) && isText(ix.date))) return 'has no valid index';
  return null;
}

/** Why one entry is not valid, or null. */
function entryProblem(key: string, e: unknown): string | null {
  const where = `the entry for ${JSON.stringify(key)}`;
  if (!isObject(e)) return `${where} is not an object`;
  if (!isCount(e.size)) return `${where} has no valid size`;
  if (!isTime(e.mtimeMs)) return `${where} has no valid mtimeMs`;
  if (!isHash(e.hash) && !(e.hash === null && e.failed !== undefined)) return `${where} has no valid hash`;
  if (e.output !== undefined || e.failed === undefined) {
    if (!safeOutput(e.output)) return `${where} names an output outside --out or not a record file (${JSON.stringify(e.output)})`;
  }
  const problem = partsProblem(e);
  return problem === null ? null : `${where} ${problem}`;
}

/** The fields of a valid entry, in their order (unknown fields dropped). */
function entryOf(e: Record<string, unknown>): ManifestEntry {
  const entry: ManifestEntry = { size: e.size as number, mtimeMs: e.mtimeMs as number, hash: e.hash as string | null };
  if (e.output !== undefined) entry.output = e.output as string;
  if (e.out !== undefined) {
    const o = e.out as OutputInfo;
    entry.out = { size: o.size, mtimeMs: o.mtimeMs, hash: o.hash };
  }
  if (e.failed !== undefined) {
    const f = e.failed as FailureInfo;
    entry.failed = { rule: f.rule, line: f.line, message: f.message };
  }
  if (e.index !== undefined) {
    const ix = e.index as { title: string | null; date: string | null };
    entry.index = { title: ix.title, date: ix.date };
  }
  return entry;
}

/** Checks a parsed manifest completely; one bad entry makes the whole file unusable (it may have been tampered with). */
export function validate(raw: unknown): ReadResult {
  if (!isObject(raw) || !('tanqihManifest' in raw)) return { data: null, problem: 'it is not a tanqih manifest' };
  if (raw.tanqihManifest !== format) return { data: null, problem: null };
  if (typeof raw.tool !== 'string' || !isObject(raw.options) || !isObject(raw.files)) return { data: null, problem: 'its tool, options or files are missing' };
  const others = raw.others ?? [];
  if (!Array.isArray(others) || !others.every(safeOutput)) return { data: null, problem: 'its list of other outputs names a path outside --out' };
  const files = new Map<string, ManifestEntry>();
  for (const [key, e] of Object.entries(raw.files)) {
    const problem = entryProblem(key, e);
    if (problem !== null) return { data: null, problem };
    files.set(key, entryOf(e as Record<string, unknown>));
  }
  return { data: { tool: raw.tool, options: raw.options, files, others } };
}

/** Reads and checks the manifest file. A missing file is no manifest; a broken one says why. */
export async function readManifestFile(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = (await readRegularFileAt(file, maxManifestBytes)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { data: null, problem: code === 'ENOENT' ? null : `it cannot be read (${code})` };
  }
  try {
    return validate(JSON.parse(text));
  } catch {
    return { data: null, problem: 'it is not valid JSON' };
  }
}

/** The manifest as stable JSON (entries in key order), one entry per line so diffs stay readable. */
export function serializeManifest(tool: string, options: Record<string, unknown>, files: ReadonlyMap<string, ManifestEntry>, others: readonly string[] = []): string {
  const keys = [...files.keys()].sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(entryOf(files.get(k)! as unknown as Record<string, unknown>))}`);
  const extra = others.length > 0 ? `  "others": ${JSON.stringify([...others].sort())},\n` : '';
  const head = `{\n  "tanqihManifest": ${format},\n  "tool": ${JSON.stringify(tool)},\n  "options": ${JSON.stringify(options)},\n${extra}`;
  return `${head}  "files": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}
