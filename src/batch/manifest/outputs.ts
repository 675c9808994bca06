import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toFsPath } from '../../io/raw-path.js';
import { contentHash } from '../threads/task.js';
import { quickStat } from './disk.js';
import type { ManifestEntry } from './file.js';

/** What became of an output since the run that wrote it. */
export type OutputState =
  | { state: 'intact'; mtimeMs: number }
  | { state: 'missing' }
  /** Its bytes are not those the run wrote (edited, truncated, replaced by a folder or a FIFO). */
  | { state: 'edited' };

/**
 * Is the entry's output still the file the run wrote? The same size and mtime say yes without reading it; a moved
 * mtime alone (a fresh clone, a copy) is checked by its hash, so only real edits count. Main thread, synchronous:
 * a re-run is mostly stats.
 */
export function outputState(outDir: string, entry: ManifestEntry): OutputState {
  if (entry.output === undefined) return { state: 'missing' };
  const file = path.join(outDir, entry.output);
  const info = quickStat(file);
  if (info === undefined) return { state: 'missing' };
  const out = entry.out;
  if (!info.isFile() || out === undefined || info.size !== out.size) return { state: 'edited' };
  if (info.mtimeMs === out.mtimeMs) return { state: 'intact', mtimeMs: info.mtimeMs };
  try {
    return contentHash(readFileSync(toFsPath(file))) === out.hash ? { state: 'intact', mtimeMs: info.mtimeMs } : { state: 'edited' };
  } catch {
    return { state: 'edited' };
  }
}
