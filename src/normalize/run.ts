import { compile, slot, withoutNfc, type Table } from './compile.js';
import { OnePass, startState, type PassState } from './one-pass.js';
import { nfcBytes } from './nfc.js';
import { opNames } from './ops.js';
import type { Resolved } from './switches.js';
import { warmUpBytes } from './warm-up.js';

/** How `farsi-letters` judges the text: by its letters (auto), or as told. */
export type Language = 'auto' | 'arabic' | 'persian';

const tables = new Map<string, Table>();
/** Each table with `nfc` off, made the first time a chunk needs it (for the `nfc` count). */
const plainTables = new WeakMap<Table, Table>();

/** The cache key of resolved ops: one bit per op, the digits mode and the language (built per file: kept cheap). */
function keyOf(r: Resolved, persian: boolean): string {
  let bits = 0;
  for (let s = 0; s < opNames.length; s++) if (r.ops.has(opNames[s]!)) bits |= 1 << s;
  return `${bits}|${r.digits}|${persian}`;
}

/** The compiled table for resolved ops, cached (compiling walks the whole BMP once). */
export function tableFor(r: Resolved, persian: boolean): Table {
  const key = keyOf(r, persian);
  let t = tables.get(key);
  if (!t) {
    t = compile(r, persian);
    tables.set(key, t);
    warmUp(t);
  }
  return t;
}

function plainTable(t: Table): Table {
  let p = plainTables.get(t);
  if (!p) {
    p = withoutNfc(t);
    plainTables.set(t, p);
  }
  return p;
}

/** Runs a new table over the warm-up sample (output dropped), so the engine's hot loop is optimised for every path. */
function warmUp(t: Table): void {
  for (let round = 0; round < 3; round++) runNfcRounds(t, warmUpBytes, startState());
}

export interface ChunkResult {
  out: Uint8Array;
  counts: Int32Array;
}

const nfcSlot = slot('nfc');

/**
 * Runs a table over one chunk (whole lines, or the whole text) from `state`, and updates `state` (`fastPath: false`:
 * the engine's slow path only, which the tests hold the fast one to). When the engine
 * met something only full NFC handles, the chunk is brought to NFC first and run again, and the output is checked.
 */
export function runChunk(t: Table, src: Uint8Array, state: PassState, fastPath = true): ChunkResult {
  const r = runNfcRounds(t, src, state, fastPath);
  if (r.first.risk) r.counts[nfcSlot] = nfcCount(t, src, r.first, fastPath);
  return { out: r.out, counts: r.counts };
}

/** `runChunk` but for the `nfc` count of a chunk redone with full NFC; `first` is the engine's first run. */
function runNfcRounds(t: Table, src: Uint8Array, state: PassState, fastPath = true): ChunkResult & { first: OnePass } {
  const start = { ...state };
  const e = new OnePass(t, fastPath);
  let out = e.run(src, 0, src.length, state);
  if (!e.risk) return { out, counts: e.counts, first: e };
  const counts = new Int32Array(opNames.length + 1);
  let input = nfcBytes(src);
  for (let round = 0; round < 4; round++) {
    Object.assign(state, start);
    const again = new OnePass(t, fastPath);
    out = again.run(input.bytes, 0, input.bytes.length, state);
    for (let s = 0; s < counts.length; s++) counts[s]! += again.counts[s]!;
    input = nfcBytes(out);
    if (input.changed === 0) break;
  }
  return { out, counts, first: e };
}

/**
 * The `nfc` count of a chunk that needed full NFC. `nfc` counts the places where the text the other ops write is not
 * in NFC: each run of marks put in canonical order, each span full NFC composes. The engine counts the runs it orders
 * as it writes them, which is that count wherever it found nothing for full NFC; on the lines where it did (from the
 * first to the last, usually one), the count is taken on those lines run without `nfc`. Both are sums over lines, so
 * the count does not depend on how the text is cut into chunks.
 */
function nfcCount(t: Table, src: Uint8Array, e: OnePass, fastPath: boolean): number {
  const from = e.riskFrom > 0 ? src.lastIndexOf(0x0a, e.riskFrom - 1) + 1 : 0;
  const lf = src.indexOf(0x0a, e.riskTo);
  const lines = src.subarray(from, lf < 0 ? src.length : lf + 1);
  const state = startState();
  const ordered = new OnePass(t, fastPath);
  ordered.run(lines, 0, lines.length, { ...state });
  const plain = new OnePass(plainTable(t), fastPath).run(lines, 0, lines.length, state);
  return e.counts[nfcSlot]! - ordered.counts[nfcSlot]! + nfcBytes(plain).changed;
}

/** Op counts as the record's `normalization.changes`: only ops that changed something. */
export function countsToChanges(counts: Int32Array, into: Record<string, number> = {}): Record<string, number> {
  for (let s = 0; s < counts.length; s++) {
    const n = counts[s]!;
    if (n === 0) continue;
    const name = s < opNames.length ? opNames[s]! : 'invalid-utf8';
    into[name] = (into[name] ?? 0) + n;
  }
  return into;
}
