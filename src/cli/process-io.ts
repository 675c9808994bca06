import type { Readable, Writable } from 'node:stream';
import type { WriteSyscalls } from '../io/write-atomic.js';

/**
 * What the CLI may touch of its process: passed in by bin/tanqih.js (the real process) or by tests. The optional
 * fields are seams for tests and benchmarks (test/helpers/tanqih-test-bin.mjs); the real process has none of them.
 */
export interface Io {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd(): string;
  /** How the manifest reaches the disk, and a pause before each output's rename (a test injects a full or slow disk here). */
  writes?: WriteSyscalls;
  /** A test's full disk for output files (written by worker threads, so given as data): the nth output fails with code. */
  writeFault?: { code: string; nth: number };
  /** Worker threads' old-generation cap in MB (a test makes it small), and reading inputs on the main thread (a benchmark). */
  threads?: { heapMb?: number; readOnMain?: boolean };
}

/** A failure of stdout or stderr other than a closed pipe (a full disk, an I/O error), as seen on each stream. */
export interface StreamFailures {
  stdout: NodeJS.ErrnoException | null;
  stderr: NodeJS.ErrnoException | null;
}

/**
 * Listens for errors on stdout and stderr for the whole command, so none is ever an uncaught exception: a closed pipe
 * (EPIPE) is the reader's choice and ends quietly; anything else is kept, and makes the exit code 74.
 */
export function watchStreams(io: Io): StreamFailures {
  const failures: StreamFailures = { stdout: null, stderr: null };
  const keep = (which: keyof StreamFailures) => (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') failures[which] ??= err;
  };
  io.stdout.on('error', keep('stdout'));
  io.stderr.on('error', keep('stderr'));
  return failures;
}
