import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { toFsPath } from './raw-path.js';
import { refuseSpecialSync, tempFlags } from './write-atomic.js';

/**
 * The two halves of an atomic output write, for the batch engine: a worker thread writes each record to its temp file
 * (synchronously: a worker has nothing else to do meanwhile), and the main thread renames the temp files into place
 * in input order, so that after a failed write no later output appears. Together they do what `writeAtomic` does.
 */

/** A write fault a test injects (as data: it crosses to worker threads): `SHORT` writes half the bytes, then ENOSPC. */
export type WriteFault = string;

function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

type WriteFn = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

const systemWrite: WriteFn = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length);

/** What a full disk does to a write: `SHORT` takes half the bytes and fails the next call; a code fails after half. */
function faultyWrite(fault: WriteFault): WriteFn {
  let calls = 0;
  return (fd, bytes, offset, length) => {
    calls++;
    if (fault === 'SHORT') {
      if (calls === 1) return writeSync(fd, bytes, offset, length >> 1);
      throw fsError('ENOSPC', 'ENOSPC: injected full disk after a short write (test seam)');
    }
    writeSync(fd, bytes, offset, length >> 1);
    throw fsError(fault, `${fault}: injected write fault (test seam)`);
  };
}

/** Writes every byte, however many calls it takes; a call that writes nothing is an I/O error, never a short file. */
function writeFullSync(fd: number, bytes: Uint8Array, write: WriteFn): void {
  for (let at = 0; at < bytes.length; ) {
    const n = write(fd, bytes, at, bytes.length - at);
    if (!(n > 0)) throw fsError('EIO', `short write: ${at} of ${bytes.length} bytes written`);
    at += n;
  }
}

/**
 * Writes `bytes` to the new file `tmp` (created exclusively, never through a symlink; its folder exists) and, with
 * `fsync`, flushes it to the disk. On any failure the temp file is removed and the error thrown.
 */
export function writeTempSync(tmp: string, bytes: Uint8Array, options: { fsync?: boolean | undefined; fault?: WriteFault | undefined } = {}): void {
  const p = toFsPath(tmp);
  const fd = openSync(p, tempFlags, 0o666);
  try {
    try {
      writeFullSync(fd, bytes, options.fault === undefined ? systemWrite : faultyWrite(options.fault));
      if (options.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    rmSync(p, { force: true });
    throw err;
  }
}

/** Moves a complete temp file into place as `file` (a FIFO, device or folder there is refused: ENOTREG). */
export function commitTempSync(tmp: string, file: string): void {
  refuseSpecialSync(file);
  renameSync(toFsPath(tmp), toFsPath(file));
}

/** Removes a temp file that will not be committed (it may never have been written). */
export function discardTempSync(tmp: string): void {
  try {
    rmSync(toFsPath(tmp), { force: true });
  } catch {
    // a temp file that cannot be removed is swept by the next run (its pid is gone by then)
  }
}
