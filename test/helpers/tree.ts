import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** True for the incremental-run manifest(s) ingest keeps in --out (run metadata, not an output). */
export const isManifest = (name: string): boolean => /(^|\/)\.tanqih-manifest[^/]*\.json$/.test(name);

/** Every file below `dir` (relative POSIX paths, sorted), temp files included, manifests left out. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else if (!isManifest(rel)) out.push(rel);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** Contents of every file below `dir`, by relative path. */
export function readTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** True for the temp-file names writeAtomic uses. */
export const isTemp = (name: string): boolean => /\.tanqih-tmp-/.test(name);
