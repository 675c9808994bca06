// piscina's side of test/bench/ingest-pool.mjs: the same batch function the engine's own workers run.
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { runTask } from '../../dist/batch/threads/task.js';

export default async function (task) {
  const result = await runTask(task, workerData);
  // piscina's transferable protocol: send `result`, moving (not copying) the output buffer
  if (!result.out) return result;
  return Piscina.move({ [Piscina.transferableSymbol]: result.out.buffer, [Piscina.valueSymbol]: result });
}
