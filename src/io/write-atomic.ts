import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { toFsPath } from './raw-path.js';
import { injectedWriteDelay, injectedWriteFault } from './test-faults.js';

let counter = 0;
/** Temp files being written right now: an interrupt removes them (removeInFlightTempFilesSync). */
const inFlight = new Set<string>();

/** The temp files of writes in progress (for tests and diagnostics). */
export function inFlightTempFiles(): string[] {
  return [...inFlight];
}

/** Removes every temp file of a write in progress. Synchronous, so it can run in an exit or signal handler. */
export function removeInFlightTempFilesSync(): void {
  for (const tmp of inFlight) {
    try {
      rmSync(toFsPath(tmp), { force: true });
    } catch {
      // nothing more can be done on the way out
    }
  }
  inFlight.clear();
}

async function writeAll(tmp: string, data: string): Promise<void> {
  const fh = await open(toFsPath(tmp), 'wx', 0o666);
  try {
    const bytes = Buffer.from(data, 'utf8');
    const fault = injectedWriteFault();
    if (fault) {
      await fh.write(bytes, 0, bytes.length >> 1);
      throw fault;
    }
    await fh.write(bytes, 0, bytes.length);
    await injectedWriteDelay();
  } finally {
    await fh.close();
  }
}

/**
 * Writes `data` to a temp file beside `file` and renames it into place, so a reader never sees half a
 * file and an interrupted or failed write leaves the old file (if any) as it was.
 */
export async function writeAtomic(file: string, data: string): Promise<void> {
  await mkdir(toFsPath(path.dirname(file)), { recursive: true });
  // A short fixed name: the output's own name may already be at the 255-byte limit.
  const tmp = path.join(path.dirname(file), `.tanqih-tmp-${process.pid}-${counter++}`);
  inFlight.add(tmp);
  try {
    await writeAll(tmp, data);
    await rename(toFsPath(tmp), toFsPath(file));
  } catch (err) {
    await rm(toFsPath(tmp), { force: true });
    throw err;
  } finally {
    inFlight.delete(tmp);
  }
}
