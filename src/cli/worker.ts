import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { runBatch, type BatchTask, type TaskOptions } from './batch-task.js';

// A worker thread of the ingest pool: receives batches, answers each with its results (output bytes transferred).
const options = workerData as TaskOptions;
const port = parentPort;
if (port === null) throw new Error('worker.js must run as a worker thread');
port.on('message', (task: BatchTask) => {
  runBatch(task, options).then(
    // the heap's size goes with each answer: a thread whose heap has grown is replaced between tasks (pool.ts)
    (result) => port.postMessage({ result, heap: getHeapStatistics().total_heap_size }, result.out ? [result.out.buffer as ArrayBuffer] : []),
    (err: unknown) => port.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
