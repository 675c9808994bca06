import { INVALID_SLOT, slot, type Table } from './compile.js';
import { startState, type PassState } from './one-pass.js';
import { opNames } from './ops.js';
import { looksPersian } from './language.js';
import { countsToChanges, runChunk, tableFor, type Language } from './run.js';
import type { Resolved } from './switches.js';
import { charStartBefore } from './utf8.js';

/** A line longer than this is cut at a space between words, so memory stays bounded. */
const maxCarry = 4 << 20;
/** How much text the language judgement looks at. */
const judgeBytes = 64 << 10;

/**
 * Normalises UTF-8 bytes that arrive in chunks, without ever holding the whole text: each chunk is cut after its
 * last line feed (the rules never look across a line break, except for counting blank lines, which the state
 * carries). The language (for `farsi-letters`) is judged on the first chunk.
 */
export class NormalizeStream {
  private readonly state: PassState = startState();
  private readonly counts = new Int32Array(opNames.length + 1);
  private carry: Uint8Array = new Uint8Array(0);
  private table: Table | null = null;

  /** `fastPath: false` runs only the engine's slow path, which states each rule once (the tests compare the two). */
  constructor(
    private readonly resolved: Resolved,
    private readonly language: Language = 'auto',
    private readonly fastPath = true,
  ) {
    if (language !== 'auto') this.table = tableFor(resolved, language === 'persian');
  }

  /** Takes the next chunk; returns the normalised bytes it completes (maybe none), in pieces. */
  push(chunk: Uint8Array): Uint8Array[] {
    if (!this.table) {
      const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
      // the language is judged on the first 64 KB (or the whole text, when shorter)
      if (buf.length < judgeBytes) {
        this.carry = buf;
        return [];
      }
      this.table = tableFor(this.resolved, looksPersian(buf));
      this.carry = new Uint8Array(0);
      chunk = buf;
    }
    const out: Uint8Array[] = [];
    let rest = chunk;
    if (this.carry.length > 0) {
      // finish the carried line with the start of this chunk, without copying the whole chunk
      const lf = chunk.indexOf(0x0a);
      if (lf < 0) {
        const buf = Buffer.concat([this.carry, chunk]);
        if (buf.length < maxCarry) {
          this.carry = buf;
          return [];
        }
        this.carry = new Uint8Array(0);
        rest = buf;
      } else {
        out.push(this.process(Buffer.concat([this.carry, chunk.subarray(0, lf + 1)])));
        this.carry = new Uint8Array(0);
        rest = chunk.subarray(lf + 1);
      }
    }
    let cut = rest.lastIndexOf(0x0a) + 1;
    if (cut === 0 && rest.length >= maxCarry) cut = wordCut(rest);
    this.carry = rest.subarray(cut);
    if (cut > 0) out.push(this.process(rest.subarray(0, cut)));
    return out;
  }

  /** Flushes what is left at the end of the input. */
  end(): Uint8Array[] {
    if (!this.table) this.table = tableFor(this.resolved, looksPersian(this.carry));
    let out = this.carry.length ? this.process(this.carry) : new Uint8Array(0);
    this.carry = new Uint8Array(0);
    if (this.state.prev === 0x20 && this.table.on.spaces && out.length > 0) {
      // a space at the end of the text is a trailing one
      out = out.subarray(0, out.length - 1);
      this.state.prev = -2;
      this.counts[slot('spaces')]!++;
    }
    return [out];
  }

  /** Counts per op so far (after `end`, for the whole text). */
  changes(): Record<string, number> {
    return countsToChanges(this.counts);
  }

  /** How many invalid UTF-8 sequences were replaced by U+FFFD. */
  invalidSequences(): number {
    return this.counts[INVALID_SLOT]!;
  }

  private process(src: Uint8Array): Uint8Array {
    const r = runChunk(this.table!, src, this.state, this.fastPath);
    return this.add(r.counts, r.out);
  }

  private add(counts: Int32Array, out: Uint8Array): Uint8Array {
    for (let s = 0; s < counts.length; s++) this.counts[s]! += counts[s]!;
    return out;
  }
}

/** Where to cut a very long line: before the last space that follows a non-space byte; else at a character start. */
function wordCut(buf: Uint8Array): number {
  for (let p = buf.length - 1; p > buf.length - (1 << 20) && p > 0; p--) {
    const b = buf[p - 1]!;
    if (buf[p] === 0x20 && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b > 0x20) return p;
  }
  return charStartBefore(buf, buf.length, 0);
}
