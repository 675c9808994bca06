import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type BatchTask, type TaskOptions } from './task.js';

// A worker thread of the ingest pool: receives batches, answers each with its results (output bytes transferred).
const options = workerData as TaskOptions;
const port = parentPort;
if (port === null) throw new Error('worker.js must run as a worker thread');
port.on('message', (task: BatchTask) => {
  runTask(task, options).then(
    (result) => port.postMessage({ result }, result.out ? [result.out.buffer as ArrayBuffer] : []),
    (err: unknown) => port.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
