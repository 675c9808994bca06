import { Worker } from 'node:worker_threads';
import { lastCut, type PieceResult } from '../../normalize/cut.js';
import { NormalizeStream, resolveOps, type OpSwitches, type ProfileName } from '../../normalize/index.js';
import { looksPersian } from '../../normalize/language.js';
import { countsToChanges, tableFor } from '../../normalize/run.js';
import { opNames } from '../../normalize/ops.js';
import { slot } from '../../normalize/compile.js';
import type { NormalizeWorkerData } from '../normalize-worker.js';

/** What the language judgement looks at, as NormalizeStream does: the first 64 KB (the first chunk read). */
const judgeBytes = 64 << 10;
/** A line this long with no place to cut sends the rest of the text to one thread (NormalizeStream). */
const maxCarry = 8 << 20;

type Write = (bytes: Uint8Array) => Promise<void>;

/** Worker threads that normalise pieces, answered in the order they were sent. */
class Pieces {
  private readonly workers: Worker[];
  private next = 0;
  private readonly waiting: Array<{ resolve: (r: PieceResult) => void; reject: (e: Error) => void }>[] = [];

  constructor(threads: number, data: NormalizeWorkerData) {
    this.workers = Array.from({ length: threads }, (_, i) => {
      const w = new Worker(new URL('../normalize-worker.js', import.meta.url), { workerData: data });
      this.waiting[i] = [];
      w.on('message', (r: PieceResult) => this.waiting[i]!.shift()?.resolve(r));
      w.on('error', (err) => this.waiting[i]!.splice(0).forEach((p) => p.reject(err)));
      return w;
    });
  }

  /** Sends a piece to the next thread (round robin, so answers come back in order per thread). */
  run(bytes: Uint8Array, first: boolean): Promise<PieceResult> {
    const i = this.next++ % this.workers.length;
    const copy = new Uint8Array(bytes); // a buffer of its own, moved to the thread
    return new Promise((resolve, reject) => {
      this.waiting[i]!.push({ resolve, reject });
      this.workers[i]!.postMessage({ bytes: copy, first }, [copy.buffer]);
    });
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Normalises plain UTF-8 `chunks` (a large file) on `threads` worker threads and writes the result in order: the text
 * is cut into pieces just after line feeds where normalising apart gives the same bytes and counts as one pass
 * (normalize/cut.ts), at most two pieces per thread in flight. A line longer than 8 MB with no such place sends the
 * rest of the text to this thread, from the state the pieces before it ended in. Returns the counts per op and how
 * many invalid sequences were replaced.
 */
export async function normalizeOnThreads(chunks: AsyncIterable<Buffer>, profile: ProfileName, switches: OpSwitches, threads: number, write: Write): Promise<{ changes: Record<string, number>; invalid: number }> {
  const it = chunks[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  for (let r = await it.next(); ; r = await it.next()) {
    if (!r.done) head = head.length === 0 ? r.value : Buffer.concat([head, r.value]);
    if (r.done || head.length >= judgeBytes) break;
  }
  const persian = looksPersian(head);
  const resolved = resolveOps(profile, switches);
  const table = tableFor(resolved, persian);
  const pieces = new Pieces(threads, { profile, switches, persian });
  const counts = new Int32Array(opNames.length + 1);
  const inFlight: Promise<PieceResult>[] = [];
  let last: PieceResult | null = null;
  let first = true;
  /** The next piece's output, in order; the text's last one loses a trailing space, as NormalizeStream.end does. */
  const take = async (end = false): Promise<void> => {
    const r = await inFlight.shift()!;
    last = r;
    for (let s = 0; s < counts.length; s++) counts[s]! += r.counts[s]!;
    let out = r.out;
    if (end && r.state.prev === 0x20 && table.on.spaces && out.length > 0) {
      out = out.subarray(0, out.length - 1);
      counts[slot('spaces')]!++;
    }
    await write(out);
  };
  const send = async (bytes: Uint8Array): Promise<void> => {
    inFlight.push(pieces.run(bytes, first));
    first = false;
    if (inFlight.length >= 2 * threads) await take();
  };
  try {
    let carry: Buffer = head;
    for (let r: IteratorResult<Buffer> = { done: false, value: Buffer.alloc(0) }; !r.done; r = await it.next()) {
      const buf = r.value.length === 0 ? carry : carry.length === 0 ? r.value : Buffer.concat([carry, r.value]);
      const cut = lastCut(table, buf, 1);
      if (cut > 0) {
        await send(buf.subarray(0, cut));
        carry = buf.subarray(cut);
      } else carry = buf;
      if (carry.length > maxCarry) return await finishOnOneThread(carry, it, { pieces: inFlight, take, counts, persian, resolved, write, last: () => last, first });
    }
    if (carry.length > 0 || first) await send(carry);
    while (inFlight.length > 1) await take();
    await take(true);
    return { changes: countsToChanges(counts), invalid: counts[counts.length - 1]! };
  } finally {
    await pieces.close();
  }
}

interface Handover {
  pieces: Promise<PieceResult>[];
  take: (end?: boolean) => Promise<void>;
  counts: Int32Array;
  persian: boolean;
  resolved: ReturnType<typeof resolveOps>;
  write: Write;
  last: () => PieceResult | null;
  first: boolean;
}

/** The rest of the text on this thread (a line too long to cut), from the state the pieces before it ended in. */
async function finishOnOneThread(carry: Buffer, it: AsyncIterator<Buffer>, h: Handover): Promise<{ changes: Record<string, number>; invalid: number }> {
  while (h.pieces.length > 0) await h.take();
  const ns = new NormalizeStream(h.resolved, h.persian ? 'persian' : 'arabic');
  const last = h.last();
  if (!h.first && last !== null) ns.resume(last.state);
  for (const piece of ns.push(carry)) await h.write(piece);
  for (let r = await it.next(); !r.done; r = await it.next()) for (const piece of ns.push(r.value)) await h.write(piece);
  for (const piece of ns.end()) await h.write(piece);
  return { changes: mergeChanges(countsToChanges(h.counts), ns.changes()), invalid: h.counts[h.counts.length - 1]! + ns.invalidSequences() };
}

/** Two sets of counts added up, in the op order one pass reports them in (the --changes JSON keeps its key order). */
function mergeChanges(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of [...opNames, 'invalid-utf8']) {
    const n = (a[name] ?? 0) + (b[name] ?? 0);
    if (n > 0) out[name] = n;
  }
  return out;
}

