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
  /** How output files reach the disk (a test injects a full or slow disk here). */
  writes?: WriteSyscalls;
  /** Worker threads' old-generation cap in MB (a test makes it small), and reading inputs on the main thread (a benchmark). */
  threads?: { heapMb?: number; readOnMain?: boolean };
}
