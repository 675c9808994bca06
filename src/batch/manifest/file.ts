import path from 'node:path';
import { readRegularFileAt } from '../../io/read.js';
import type { Shard } from '../../io/shard.js';

/** What the manifest remembers of one input and the output made from it. */
export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  /** Content hash (sha1, hex) of the input bytes that produced the output. */
  hash: string;
  /** The output file, relative to the --out folder, POSIX separators, never climbing out of it. */
  output: string;
}

/** The manifest as read: its header, and its entries keyed by input path relative to --out (a Map: any key is safe). */
export interface ManifestData {
  tool: string;
  options: Record<string, unknown>;
  files: Map<string, ManifestEntry>;
}

/** What reading the manifest gave: the data, nothing (no file, or an older format), or why it cannot be used. */
export type ReadResult = { data: ManifestData } | { data: null; problem: string | null };

/** A manifest of a few million entries; past this it is not read (it is no manifest tanqih wrote). */
const maxManifestBytes = 256 * 1024 * 1024;

/** The current format. Version 1 keyed inputs by the path as typed; it is ignored (the run redoes everything). */
const format = 2;

/** The manifest's file: one per shard, so shard jobs sharing an --out folder never write the same file. */
export function manifestPath(outDir: string, shard: Shard | undefined): string {
  const suffix = shard && shard.count > 1 ? `-${shard.index}-of-${shard.count}` : '';
  return path.join(outDir, `.tanqih-manifest${suffix}.json`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An output path a manifest may name: relative, POSIX, below --out, a record file. */
function safeOutput(o: unknown): o is string {
  if (typeof o !== 'string' || o === '' || o.includes('\0') || o.includes('\\') || o.startsWith('/')) return false;
  return !o.split('/').some((part) => part === '..' || part === '.' || part === '') && /\.(?:json|md)$/.test(o);
}

/** Why one entry is not valid, or null. */
function entryProblem(key: string, e: unknown): string | null {
  const where = `the entry for ${JSON.stringify(key)}`;
  if (!isObject(e)) return `${where} is not an object`;
  if (!Number.isSafeInteger(e.size) || (e.size as number) < 0) return `${where} has no valid size`;
  if (typeof e.mtimeMs !== 'number' || !Number.isFinite(e.mtimeMs)) return `${where} has no valid mtimeMs`;
  if (typeof e.hash !== 'string' || !/^[0-9a-f]{40}$/.test(e.hash)) return `${where} has no valid hash`;
  if (!safeOutput(e.output)) return `${where} names an output outside --out or not a record file (${JSON.stringify(e.output)})`;
  return null;
}

/** Checks a parsed manifest completely; one bad entry makes the whole file unusable (it may have been tampered with). */
export function validate(raw: unknown): ReadResult {
  if (!isObject(raw) || !('tanqihManifest' in raw)) return { data: null, problem: 'it is not a tanqih manifest' };
  if (raw.tanqihManifest !== format) return { data: null, problem: null };
  if (typeof raw.tool !== 'string' || !isObject(raw.options) || !isObject(raw.files)) return { data: null, problem: 'its tool, options or files are missing' };
  const files = new Map<string, ManifestEntry>();
  for (const [key, e] of Object.entries(raw.files)) {
    const problem = entryProblem(key, e);
    if (problem !== null) return { data: null, problem };
    const { size, mtimeMs, hash, output } = e as unknown as ManifestEntry;
    files.set(key, { size, mtimeMs, hash, output });
  }
  return { data: { tool: raw.tool, options: raw.options, files } };
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
export function serializeManifest(tool: string, options: Record<string, unknown>, files: ReadonlyMap<string, ManifestEntry>): string {
  const keys = [...files.keys()].sort();
  const lines = keys.map((k) => {
    const { size, mtimeMs, hash, output } = files.get(k)!;
    return `    ${JSON.stringify(k)}: ${JSON.stringify({ size, mtimeMs, hash, output })}`;
  });
  const head = `{\n  "tanqihManifest": ${format},\n  "tool": ${JSON.stringify(tool)},\n  "options": ${JSON.stringify(options)},\n`;
  return `${head}  "files": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}
