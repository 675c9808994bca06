import { randomBytes } from 'node:crypto';
import { constants, lstatSync, rmSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { makeDirs } from './make-dirs.js';
import { toFsPath } from './raw-path.js';
import { sweepTempFiles, tempPrefix } from './temp-files.js';

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

export interface WriteOptions {
  sys?: WriteSyscalls | undefined;
  /** fsync the file before the rename and its folder after (`--fsync`): the output survives a power cut. */
  fsync?: boolean | undefined;
  /** The folder is inside --out: the first write into it removes temp files that killed runs left there. */
  sweep?: boolean | undefined;
  /** Called with the folder once it exists, just before the rename (the --out guard checks where it really is). */
  confirmDir?: ((dir: string) => Promise<void> | void) | undefined;
}

/** Temp files being written right now: an interrupt removes them (removeInFlightTempFilesSync). */
const inFlight = new Set<string>();
/** Folders this process made or found, so each costs one mkdir (and one sweep) per run, not one per file. */
const knownDirs = new Set<string>();

/** Another temp file (the --report's) to remove if the process is stopped while it is open; `done` when it is gone. */
export function trackTempFile(tmp: string): { done(): void } {
  inFlight.add(tmp);
  return { done: () => inFlight.delete(tmp) };
}

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

function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Writes every byte, however many calls it takes; a call that writes nothing is an I/O error, never a short file. */
export async function writeFull(fh: FileHandle, bytes: Uint8Array, sys: WriteSyscalls): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    const n = await sys.write(fh, bytes, at, bytes.length - at);
    if (!(n > 0)) throw fsError('EIO', `short write: ${at} of ${bytes.length} bytes written`);
    at += n;
  }
}

/**
 * A FIFO, device, socket or folder at the output's path is never replaced (a symlink is: the rename replaces the
 * link). Synchronous, without an error object for the usual "nothing there yet": a few microseconds per output.
 */
export async function refuseSpecial(file: string): Promise<void> {
  refuseSpecialSync(file);
}

/** `refuseSpecial`, synchronous. */
export function refuseSpecialSync(file: string): void {
  const info = lstatSync(toFsPath(file), { throwIfNoEntry: false });
  if (info !== undefined && !info.isFile() && !info.isSymbolicLink()) throw fsError('ENOTREG', `${file} is not a regular file`);
}

/** Temp names: the pid, then a random start (drawn once) counted up, in hex: unique, and not guessable in advance. */
let nextTemp = randomBytes(6).readUIntBE(0, 6);
export function tempSuffix(): string {
  return `${process.pid}-${(nextTemp++).toString(16)}`;
}

async function ensureDir(dir: string, options: WriteOptions): Promise<string[]> {
  if (knownDirs.has(dir)) return [];
  const made = await makeDirs(dir);
  if (options.sweep) await sweepTempFiles(dir, inFlight);
  knownDirs.add(dir);
  return made;
}

/**
 * Makes a folder inside --out (once per run) and sweeps the temp files killed runs left in it, before any temp file
 * of this run is written there (the batch engine calls it on the main thread before a batch goes to a worker).
 * Returns the folders it made, the outermost first.
 */
export function prepareOutputDir(dir: string): Promise<string[]> {
  return ensureDir(dir, { sweep: true });
}

/** Forgets a folder (it went away during the run): the next write into it makes it again. */
export function forgetDir(dir: string): void {
  knownDirs.delete(dir);
}

/** fsync a folder, so a rename in it is on disk. */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(toFsPath(dir), constants.O_RDONLY);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** How temp files are opened: a new file only (never an existing one, never through a symlink), write-only. */
export const tempFlags = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW;

/**
 * Writes `data` to a new temp file beside `file` (created exclusively, never through a symlink, with a random name)
 * and renames it into place, so a reader never sees half a file and a failed write leaves the old file as it was.
 * Every byte is written or the write fails (a short write on a full disk is an error, not a short output).
 */
export async function writeAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await ensureDir(dir, options);
  // a short name of its own: the output's name may already be at the 255-byte limit
  const tmp = path.join(dir, `${tempPrefix}${tempSuffix()}`);
  inFlight.add(tmp);
  try {
    const fh = await open(toFsPath(tmp), tempFlags, 0o666).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') knownDirs.delete(dir); // the folder went away: made again next time
      throw err;
    });
    try {
      await writeFull(fh, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, options.sys ?? systemWrites);
      if (options.fsync) await fh.sync();
      await (options.sys ?? systemWrites).beforeRename();
    } finally {
      await fh.close();
    }
    await options.confirmDir?.(dir);
    await refuseSpecial(file);
    await rename(toFsPath(tmp), toFsPath(file));
    if (options.fsync) await syncDir(dir);
  } catch (err) {
    await rm(toFsPath(tmp), { force: true });
    throw err;
  } finally {
    inFlight.delete(tmp);
  }
}
