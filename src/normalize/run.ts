import { compile, slot, type Table } from './compile.js';
import { Engine, startState, type EngineState } from './engine.js';
import { nfcBytes } from './nfc.js';
import { opNames } from './ops.js';
import type { Resolved } from './switches.js';
import { warmUpBytes } from './warm-up.js';

/** How `farsi-letters` judges the text: by its letters (auto), or as told. */
export type Language = 'auto' | 'arabic' | 'persian';

const tables = new Map<string, Table>();
/** For a table with `nfc` on: the same ops without it (what the `nfc` count is measured on). */
const withoutNfc = new WeakMap<Table, Table>();

/** The compiled table for resolved ops, cached (compiling walks the whole BMP once). */
export function tableFor(r: Resolved, persian: boolean): Table {
  const key = `${[...r.ops].sort().join(',')}|${r.digits}|${persian}`;
  let t = tables.get(key);
  if (!t) {
    t = compile(r, persian);
    tables.set(key, t);
    if (r.ops.has('nfc')) {
      const ops = new Set(r.ops);
      ops.delete('nfc');
      withoutNfc.set(t, tableFor({ ops, digits: r.digits }, persian));
    }
    warmUp(t);
  }
  return t;
}

/** Runs a new table over the warm-up sample (output dropped), so the engine's hot loop is optimised for every path. */
function warmUp(t: Table): void {
  for (let round = 0; round < 3; round++) runChunk(t, warmUpBytes, startState());
}

export interface ChunkResult {
  out: Uint8Array;
  counts: Int32Array;
}

const nfcSlot = slot('nfc');

/**
 * Runs a table over one chunk (whole lines, or the whole text) from `state`, and updates `state`. When the engine
 * met something only full NFC handles, the chunk is brought to NFC first and run again, and the output is checked.
 *
 * The `nfc` count is the number of places where the text the other ops write is not in NFC: each run of marks put
 * in canonical order and each span full NFC composes counts once (the engine counts the runs it orders as it writes
 * them). It is a sum over such places, so it does not depend on how the text is cut into chunks; a chunk redone with
 * full NFC measures it on the chunk run without `nfc`, not on the input it normalised first.
 */
export function runChunk(t: Table, src: Uint8Array, state: EngineState): ChunkResult {
  const start = { ...state };
  const e = new Engine(t);
  let out = e.run(src, 0, src.length, state);
  if (!e.risk) return { out, counts: e.counts };
  const counts = new Int32Array(opNames.length + 1);
  let input = nfcBytes(src);
  for (let round = 0; round < 4; round++) {
    Object.assign(state, start);
    const again = new Engine(t);
    out = again.run(input.bytes, 0, input.bytes.length, state);
    for (let s = 0; s < counts.length; s++) counts[s]! += again.counts[s]!;
    input = nfcBytes(out);
    if (input.changed === 0) break;
  }
  counts[nfcSlot] = nfcBytes(new Engine(withoutNfc.get(t)!).run(src, 0, src.length, { ...start })).changed;
  return { out, counts };
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
