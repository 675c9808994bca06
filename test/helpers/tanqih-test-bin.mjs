#!/usr/bin/env node
// The CLI with its test seams set from the environment: the shipped bin (bin/tanqih.js) has none of these.
//   TANQIH_TEST_WRITE_FAULT=ENOSPC@3   the 3rd output file written fails with ENOSPC after half its bytes
//   TANQIH_TEST_WRITE_FAULT=SHORT@3    the 3rd file's write is short (half its bytes), then the disk is full (ENOSPC)
//                                      (outputs are written by worker threads: the fault goes to them as data)
//   TANQIH_TEST_WRITE_DELAY_MS=40      each output file pauses this long between its temp file and the rename
//   TANQIH_TEST_WORKER_HEAP_MB=16      worker threads get a 16 MB old generation (to reach the out-of-memory path)
//   TANQIH_READ_IN=main                inputs are read on the main thread and sent as bytes (a benchmark's comparison)
import { exitWith } from '../../dist/cli/entry-point.js';
import { main } from '../../dist/cli/main.js';
import { systemWrites } from '../../dist/io/write-atomic.js';

const env = process.env;
const fault = /^([A-Z]+)@(\d+)$/.exec(env.TANQIH_TEST_WRITE_FAULT ?? '');
const delayMs = Number(env.TANQIH_TEST_WRITE_DELAY_MS ?? 0) || 0;

/** A slow disk: each output file waits between its temp file and its rename. */
const writes = {
  write: systemWrites.write,
  async beforeRename() {
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  },
};

const io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env,
  cwd: () => process.cwd(),
  writes: delayMs > 0 ? writes : undefined,
  writeFault: fault ? { code: fault[1], nth: Number(fault[2]) } : undefined,
  threads: { heapMb: Number(env.TANQIH_TEST_WORKER_HEAP_MB) || undefined, readOnMain: env.TANQIH_READ_IN === 'main' },
};
exitWith(main(process.argv.slice(2), io), process);
