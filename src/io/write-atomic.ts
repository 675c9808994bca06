import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { toFsPath } from './raw-path.js';

/**
 * The system calls an atomic write makes that a test may replace, to play a full disk or a slow one without a real
 * one (test/helpers/tanqih-test-bin.mjs). Production code passes `systemWrites`.
 */
export interface WriteSyscalls {
  /** Writes `length` bytes of `bytes` from `offset` at the file's position; resolves to how many were written. */
  write(fh: FileHandle, bytes: Uint8Array, offset: number, length: number): Promise<number>;
  /** Called when the temp file is complete, before it is renamed into place. */
  beforeRename(): Promise<void>;
}

/** The real thing. */
export const systemWrites: WriteSyscalls = {
  write: async (fh, bytes, offset, length) => (await fh.write(bytes, offset, length)).bytesWritten,
  beforeRename: async () => {},
};

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

async function writeAll(tmp: string, data: string, sys: WriteSyscalls): Promise<void> {
  const fh = await open(toFsPath(tmp), 'wx', 0o666);
  try {
    const bytes = Buffer.from(data, 'utf8');
    await sys.write(fh, bytes, 0, bytes.length);
    await sys.beforeRename();
  } finally {
    await fh.close();
  }
}

/**
 * Writes `data` to a temp file beside `file` and renames it into place, so a reader never sees half a
 * file and an interrupted or failed write leaves the old file (if any) as it was.
 */
export async function writeAtomic(file: string, data: string, sys: WriteSyscalls = systemWrites): Promise<void> {
  await mkdir(toFsPath(path.dirname(file)), { recursive: true });
  // A short fixed name: the output's own name may already be at the 255-byte limit.
  const tmp = path.join(path.dirname(file), `.tanqih-tmp-${process.pid}-${counter++}`);
  inFlight.add(tmp);
  try {
    await writeAll(tmp, data, sys);
    await rename(toFsPath(tmp), toFsPath(file));
  } catch (err) {
    await rm(toFsPath(tmp), { force: true });
    throw err;
  } finally {
    inFlight.delete(tmp);
  }
}
