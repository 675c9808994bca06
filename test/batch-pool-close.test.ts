import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';

// A run that fails (a full disk) closes its worker pool and awaits it before it reports the failure and sets the exit
// code. A thread that answers its batch just as the pool closes, and is then slow to stop (a loaded machine), must
// still hold the process open until it has stopped: when its answer unref'd it, the event loop emptied with
// `await pool.close()` pending, and node exited 0 with nothing on stderr and the outputs missing (the flaky
// "nearly full tmpfs" case of reliability-writes).
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The thread answers, tells the main thread so, then is busy in a child process: stopping it takes tens of ms, far
// longer than the main thread, with nothing else to do, takes to run out of work.
const lateWorker = `
import { spawnSync } from 'node:child_process';
import { parentPort, workerData } from 'node:worker_threads';
parentPort.on('message', () => {
  parentPort.postMessage({ result: 'done' });
  Atomics.store(workerData, 0, 1);
  Atomics.notify(workerData, 0);
  spawnSync('sleep', ['1']);
});
`;

// The main thread closes the pool while the answer is still queued: it is handled during close().
const driver = (pool: string, worker: string): string => `
import { WorkerPool } from ${JSON.stringify(pool)};
const answered = new Int32Array(new SharedArrayBuffer(4));
const p = new WorkerPool(1, new URL(${JSON.stringify(worker)}), answered);
p.run({}).catch(() => {});
Atomics.wait(answered, 0, 0, 10_000);
await p.close();
process.stdout.write('closed\\n');
`;

describe('the worker pool', () => {
  it('close() resolves (the process is held open) when a thread answers during close and is slow to stop', () => {
    const worker = path.join(tmp, 'late-worker.mjs');
    const main = path.join(tmp, 'close-driver.mjs');
    writeFileSync(worker, lateWorker);
    const pool = pathToFileURL(path.join(root, 'dist/batch/threads/pool.js')).href;
    writeFileSync(main, driver(pool, pathToFileURL(worker).href));
    const r = spawnSync(process.execPath, [main], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('closed\n');
    expect(r.status).toBe(0);
  });

  it('starts a fresh thread for a job after a thread exited while idle, instead of posting to the dead one', () => {
    // the thread answers its first task, then exits on its own while idle
    const worker = path.join(tmp, 'exiting-worker.mjs');
    writeFileSync(worker, `
import { parentPort } from 'node:worker_threads';
let n = 0;
parentPort.on('message', (task) => {
  parentPort.postMessage({ result: task });
  if (++n === 1) setTimeout(() => process.exit(3), 20);
});
`);
    const main = path.join(tmp, 'exit-driver.mjs');
    const pool = pathToFileURL(path.join(root, 'dist/batch/threads/pool.js')).href;
    writeFileSync(main, `
import { WorkerPool } from ${JSON.stringify(pool)};
const p = new WorkerPool(1, new URL(${JSON.stringify(pathToFileURL(worker).href)}), null);
process.stdout.write(await p.run('first') + '\\n');
await new Promise((r) => setTimeout(r, 300));
const second = p.run('second').then((r) => 'answered ' + r, (e) => 'rejected ' + e.message);
process.stdout.write(await Promise.race([second, new Promise((r) => setTimeout(() => r('no answer'), 5000).unref())]) + '\\n');
await p.close();
`);
    const r = spawnSync(process.execPath, [main], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('first\nanswered second\n');
    expect(r.status).toBe(0);
  });
});
