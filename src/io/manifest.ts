import { statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Shard } from './shard.js';

/** What the manifest remembers of one input and the output made from it. */
export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  /** Content hash (sha1, hex) of the input bytes that produced the output. */
  hash: string;
  /** The output file, relative to the --out folder, POSIX separators. */
  output: string;
}

/** `DIR/.tanqih-manifest.json`: lets a re-run with --out skip inputs that have not changed. */
export interface Manifest {
  tanqihManifest: 1;
  /** "tanqih 0.1.0": a new version may produce different records, so it redoes everything. */
  tool: string;
  /** The options that shape a record (profile, encoding, format…): a change redoes everything. */
  options: Record<string, unknown>;
  /** Keyed by input path as given or found. */
  files: Record<string, ManifestEntry>;
}

/** The manifest's file: one per shard, so shard jobs sharing an --out folder never write the same file. */
export function manifestPath(outDir: string, shard: Shard | undefined): string {
  const suffix = shard && shard.count > 1 ? `-${shard.index}-of-${shard.count}` : '';
  return path.join(outDir, `.tanqih-manifest${suffix}.json`);
}

/** Reads a manifest; a missing, unreadable or foreign file counts as no manifest (everything is redone). */
export async function loadManifest(file: string): Promise<Manifest | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>;
    if (data.tanqihManifest !== 1 || typeof data.files !== 'object' || data.files === null) return null;
    return data as Manifest;
  } catch {
    return null;
  }
}

/** The manifest as stable JSON (entries in path order), one entry per line so diffs stay readable. */
export function serializeManifest(m: Manifest): string {
  const keys = Object.keys(m.files).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(m.files[k])}`);
  const head = `{\n  "tanqihManifest": 1,\n  "tool": ${JSON.stringify(m.tool)},\n  "options": ${JSON.stringify(m.options)},\n`;
  return `${head}  "files": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}

/** True when a manifest was made by this tool version with the same record-shaping options. */
export function manifestMatches(m: Manifest | null, tool: string, options: Record<string, unknown>): m is Manifest {
  return m !== null && m.tool === tool && JSON.stringify(m.options) === JSON.stringify(options);
}

/** How an input stands against the manifest. */
export type Freshness =
  | { state: 'fresh'; size: number; mtimeMs: number }
  | { state: 'changed'; size: number; mtimeMs: number; knownHash: string | undefined }
  | { state: 'unreadable' };

/** stat without following the promise path: ~10x cheaper per call, and a re-run is mostly stats. */
function quickStat(p: string): Stats | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Size and mtime of an input and whether its output still exists decide "fresh" without reading it. Synchronous on
 * purpose: two stats of a few microseconds each cost far less than two round trips through libuv's thread pool.
 */
export function freshness(absInput: string, entry: ManifestEntry | undefined, outDir: string): Freshness {
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
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
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
