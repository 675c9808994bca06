import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { toFsPath } from './raw-path.js';

/** Inputs larger than this are refused unread (`--max-bytes`). */
export const defaultMaxBytes = 64 * 1024 * 1024;

/**
 * The largest input tanqih reads, whatever --max-bytes says: its text, and the record holding it twice, must fit in
 * one JavaScript string (V8's limit is about 512 M characters). Larger files are refused unread with this limit named.
 */
export const largestInput = 200 * 1024 * 1024;

/** --max-bytes as it applies: never above `largestInput`. */
function limitOf(maxBytes: number | undefined): number {
  return Math.min(maxBytes ?? defaultMaxBytes, largestInput);
}

export interface ReadOptions {
  /** Refuse (unread) inputs larger than this many bytes; default 64 MiB. */
  maxBytes?: number | undefined;
  /** The input folder the file was found under: a symlink may not lead out of it unless followSymlinks. */
  root?: string | undefined;
  /** Read symlinks that point outside `root` (`--follow-symlinks`). */
  followSymlinks?: boolean | undefined;
}

/** An fs-style error with a code, for the refusals that are not the kernel's. */
function fsError(code: string, message: string, extra: Record<string, unknown> = {}): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code, ...extra });
}

/** All bytes of a readable stream, refusing more than `maxBytes`. */
export async function readStream(stream: Readable, max?: number): Promise<Buffer> {
  const maxBytes = limitOf(max);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw fsError('ETOOBIG', 'too large', { size, maxBytes });
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Refuses a symlink that leads out of the folder it was found in (checked on the real paths of both). */
async function checkConfined(abs: string | Buffer, root: string, cwd: string): Promise<void> {
  const target = await realpath(abs).catch(() => null); // broken links and loops fail below, at open
  if (target === null) return;
  const rootReal = await realpath(toFsPath(path.resolve(cwd, root)));
  if (!isInside(rootReal, target.toString())) throw fsError('EOUTSIDE', 'outside', { target: target.toString() });
}

const openFlags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/** Refuses what fstat says cannot be read as one article: a directory, a FIFO/socket/device, a file over maxBytes. */
function checkOpened(info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw fsError('EISDIR', 'is a directory');
  if (!info.isFile()) throw fsError('ENOTREG', 'not a regular file');
  if (info.size > maxBytes) throw fsError('ETOOBIG', 'too large', { size: info.size, maxBytes });
}

/**
 * The reads of one opened file, shared by the async and the sync reader: yields each buffer to fill, is given back
 * the bytes read, and returns the file's bytes. Like fs.readFile it reads the size fstat gave; a size of 0 may be a
 * lie (procfs), so then it reads to EOF. Never more than maxBytes + 1 bytes are read (ETOOBIG past maxBytes).
 */
function* readPlan(size: number, maxBytes: number): Generator<Buffer, Buffer, number> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (size === 0 || total < size) {
    const want = size === 0 ? 1 << 16 : size - total;
    const buf = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    const bytesRead = yield buf;
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw fsError('ETOOBIG', 'too large', { size: total, maxBytes });
    chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Reads a regular file through an fd that was checked first: no hang on a FIFO (O_NONBLOCK has no
 * effect on regular files), nothing read past maxBytes. `noFollow` opens with O_NOFOLLOW, which fails
 * with ELOOP on a symlink: the cheap way to find the few links without an lstat of every file.
 */
async function readRegularFile(abs: string | Buffer, maxBytes: number, noFollow = false): Promise<Buffer> {
  const fh = await open(abs, noFollow ? openFlags | constants.O_NOFOLLOW : openFlags);
  try {
    const info = await fh.stat();
    checkOpened(info, maxBytes);
    const reads = readPlan(info.size, maxBytes);
    let r = reads.next();
    while (!r.done) r = reads.next((await fh.read(r.value, 0, r.value.length, null)).bytesRead);
    return r.value;
  } finally {
    await fh.close();
  }
}

/** A regular file's bytes by absolute path (a manifest, a config), with readInput's checks: never a FIFO or device. */
export function readRegularFileAt(abs: string, maxBytes: number): Promise<Buffer> {
  return readRegularFile(toFsPath(abs), maxBytes);
}

/** The bytes of one input: a file path relative to cwd, or '-' for stdin. Errors carry a code for describeIoError. */
export async function readInput(p: string, cwd: string, stdin: Readable, options: ReadOptions = {}): Promise<Buffer> {
  const maxBytes = limitOf(options.maxBytes);
  if (p === '-') return readStream(stdin, maxBytes);
  const abs = toFsPath(path.resolve(cwd, p));
  if (options.root === undefined || options.followSymlinks) return readRegularFile(abs, maxBytes);
  try {
    return await readRegularFile(abs, maxBytes, true);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOOP') throw err;
    // A symlink (or a loop): read it only when it stays inside the folder it was found in.
    await checkConfined(abs, options.root, cwd);
    return readRegularFile(abs, maxBytes);
  }
}

/** `checkConfined`, synchronously. */
function checkConfinedSync(abs: string | Buffer, root: string, cwd: string): void {
  let target: string | Buffer;
  try {
    target = realpathSync(abs);
  } catch {
    return; // broken links and loops fail below, at open
  }
  const rootReal = realpathSync(toFsPath(path.resolve(cwd, root)));
  if (!isInside(rootReal.toString(), target.toString())) throw fsError('EOUTSIDE', 'outside', { target: target.toString() });
}

/** `readRegularFile`, synchronously: the same checks on the same fd, the same errors. */
function readRegularFileSync(abs: string | Buffer, maxBytes: number, noFollow = false): Buffer {
  const fd = openSync(abs, noFollow ? openFlags | constants.O_NOFOLLOW : openFlags);
  try {
    const info = fstatSync(fd);
    checkOpened(info, maxBytes);
    const reads = readPlan(info.size, maxBytes);
    let r = reads.next();
    while (!r.done) r = reads.next(readSync(fd, r.value, 0, r.value.length, null));
    return r.value;
  } finally {
    closeSync(fd);
  }
}

/**
 * `readInput` for a file path, synchronously (for worker threads, where blocking is free and a promise per file is
 * not): the same checks (regular files only, opened O_NONBLOCK; max bytes; symlink confinement) and the same errors.
 */
export function readInputSync(p: string, cwd: string, options: ReadOptions = {}): Buffer {
  const maxBytes = limitOf(options.maxBytes);
  const abs = toFsPath(path.resolve(cwd, p));
  if (options.root === undefined || options.followSymlinks) return readRegularFileSync(abs, maxBytes);
  try {
    return readRegularFileSync(abs, maxBytes, true);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOOP') throw err;
    checkConfinedSync(abs, options.root, cwd);
    return readRegularFileSync(abs, maxBytes);
  }
}

function mib(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`;
}

/** A plain sentence for a failed read, without Node's "ENOENT: …, open 'x'" noise. */
export function describeIoError(err: unknown): { rule: string; message: string } {
  const e = err as (NodeJS.ErrnoException & { size?: number; maxBytes?: number; target?: string }) | undefined;
  switch (e?.code) {
    case 'ENOENT':
      return { rule: 'io/not-found', message: 'The file does not exist (a broken symbolic link, or removed after it was found).' };
    case 'EACCES':
    case 'EPERM':
      return { rule: 'io/permission', message: 'Permission denied: the file cannot be read.' };
    case 'EISDIR':
      return { rule: 'io/is-directory', message: 'This is a directory, not a file.' };
    case 'ENOTREG':
    case 'ENXIO': // opening a socket
      return { rule: 'io/not-a-file', message: 'This is not a regular file (a FIFO, socket or device); skipped.' };
    case 'ELOOP':
      return { rule: 'io/symlink-loop', message: 'Too many levels of symbolic links (a symlink loop).' };
    case 'EOUTSIDE':
      return { rule: 'io/symlink-outside', message: `The symbolic link points outside the input folder (to ${e.target ?? '?'}); use --follow-symlinks to read it.` };
    case 'ETOOBIG': {
      const limit = e.maxBytes === largestInput ? `the largest text tanqih can hold (${mib(largestInput)})` : `--max-bytes ${mib(e.maxBytes ?? defaultMaxBytes)}`;
      return { rule: 'io/too-large', message: `The file is ${e.size === undefined ? 'too large' : mib(e.size)}, over ${limit}; not read.` };
    }
    default:
      return { rule: 'io/read-error', message: `The file cannot be read (${e?.code ?? (err instanceof Error ? err.message : String(err))}).` };
  }
}
