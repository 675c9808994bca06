import { parentPort, workerData } from 'node:worker_threads';
import { runPiece } from '../normalize/cut.js';
import { resolveOps, type OpSwitches, type ProfileName } from '../normalize/index.js';
import { tableFor } from '../normalize/run.js';

/** What a normalize worker is started with: the settings, and the language judged on the text's start. */
export interface NormalizeWorkerData {
  profile: ProfileName;
  switches: OpSwitches;
  persian: boolean;
}

// A worker thread of `tanqih normalize` on a large file: normalises the pieces it is sent, each on its own.
const data = workerData as NormalizeWorkerData;
const port = parentPort;
if (port === null) throw new Error('normalize-worker.js must run as a worker thread');
const table = tableFor(resolveOps(data.profile, data.switches), data.persian);
port.on('message', (msg: { bytes: Uint8Array; first: boolean }) => {
  const r = runPiece(table, Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength), msg.first);
  // a copy of the output in a buffer of its own, moved (not copied again) to the main thread
  const out = new Uint8Array(r.out);
  port.postMessage({ out, counts: r.counts, state: r.state }, [out.buffer]);
});
