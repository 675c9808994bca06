import { INVALID_SLOT, K_COMPOSER, K_COPY, K_CR, K_DELETE, K_LETTER, K_LF, K_MAP, K_MARK, K_SEP, K_SIMPLE, K_SPACE, K_TATWEEL, K_FYEH, K_UNSAFE, slot, type Table } from './compile.js';
import { copyRun, type RunEnd } from './copy-run.js';
import { opNames } from './ops.js';
import { isWhiteSpace } from '../text/white-space.js';
import { isDigit } from './unicode.js';
import { charStartBefore, decodeAt, encodeAt, utf8Length, type Decoded } from './utf8.js';

/** What a pass remembers between runs: the last two characters written. */
export interface PassState {
  /** Last code point written; -1 at the start of the text, -2 unknown. */
  prev: number;
  prev2: number;
  /** The letter whose 3+ run is being collapsed by `elongation`, or -1. */
  collapsed: number;
}

/** The state at the start of a text. */
export const startState = (): PassState => ({ prev: -1, prev2: -1, collapsed: -1 });

/** A word boundary for the context rules: White_Space (before any op maps it), or the start of the text (-1). */
const isSpace = (cp: number): boolean => cp === -1 || isWhiteSpace(cp);
/**
 * Letters a following U+0653..U+0655 may compose or reorder with under NFC: alef, waw, yeh, heh goal, yeh barree,
 * ae, and the letters that already hold one of these marks (their decompositions end in one).
 */
const composeBases = new Set([0x0627, 0x0648, 0x064a, 0x06c1, 0x06d2, 0x06d5, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x06c0, 0x06c2, 0x06d3]);
const ZWNJ = 0x200c; // ZERO WIDTH NON-JOINER
const ZWJ = 0x200d; // ZERO WIDTH JOINER

const S = {
  newlines: slot('newlines'),
  nfc: slot('nfc'),
  tatweel: slot('tatweel'),
  spaces: slot('spaces'),
  punctuation: slot('punctuation'),
  elongation: slot('elongation'),
};

/**
 * One pass of a compiled profile over UTF-8 bytes. Unchanged characters and single-code-point replacements are
 * written in place by the fast path (a decode, a table lookup and a write); the rest go through `step`, which
 * applies the map and the context rules.
 */
export class OnePass {
  out = new Uint8Array(0);
  o = 0;
  readonly counts = new Int32Array(opNames.length + 1);
  /** Set when the input holds something only full NFC can handle (a composing mark after its base, an unknown script). */
  risk = false;
  /** Where in the input the first and the last such character stand (byte offsets), when `risk` is set. */
  riskFrom = -1;
  riskTo = -1;
  private readonly d: Decoded = { cp: 0, len: 0 };
  private readonly runEnd: RunEnd = { end: 0, o: 0, p1: -1, p2: -1, col: -1 };
  /** Marks seen since the last starter, written when the run ends. */
  private readonly marks: number[] = [];
  private readonly peeked = { src: null as Uint8Array | null, skipMarks: false, from: 0, at: 0, result: -1 };
  private start = 0;
  private prev = -1;
  private prev2 = -1;
  private collapsed = -1;

  /**
   * `fastPath: false` sends every character through `step` (the slow path, which states each rule once); the tests
   * check that both paths give the same bytes and the same counts (test/normalize-fast-path.test.ts).
   */
  constructor(
    readonly t: Table,
    private readonly fastPath = true,
  ) {}

  /** Normalises src[start, end) from `state`; returns the output bytes. `state` is left as it is at the end. */
  run(src: Uint8Array, start: number, end: number, state: PassState): Uint8Array {
    ({ prev: this.prev, prev2: this.prev2, collapsed: this.collapsed } = state);
    this.start = start;
    this.out = Buffer.allocUnsafe(Math.ceil((end - start) * 1.1) + 64);
    this.o = 0;
    this.loop(src, start, end);
    Object.assign(state, { prev: this.prev, prev2: this.prev2, collapsed: this.collapsed });
    return this.out.subarray(0, this.o);
  }

  /**
   * The fast path: every character of one to three bytes is decoded inline and looked up; unchanged ones are
   * written back byte for byte, single-code-point replacements are written in place, deletions write nothing, and
   * the state (the last two characters written, the collapsed letter) is kept in locals, exactly as `put` and
   * `putLetter` would keep it. Anything else (context rules, marks, 4-byte and invalid sequences) goes to `step`.
   */
  private loop(src: Uint8Array, start: number, end: number): void {
    const t = this.t;
    const kind = t.kind;
    const simpleTo = t.simpleTo;
    const simpleSlot = t.simpleSlot;
    const counts = this.counts;
    let out = this.out;
    let o = this.o;
    // at most 3 bytes are written per character on this path: a check against `lim` makes room
    let lim = out.length - 8;
    let p1 = this.prev;
    let p2 = this.prev2;
    let col = this.collapsed;
    let i = start;
    // pending marks (written when their run ends) send every character to `step`, and so does the slow path
    const slow = !this.fastPath;
    let pend = slow || this.marks.length > 0;
    const run = this.runEnd;
    while (i < end) {
      if (!pend) {
        // first the longest run that needs no context rule (most of any text), with no bookkeeping per character
        run.p1 = p1;
        run.p2 = p2;
        run.col = col;
        copyRun(t, counts, src, i, end, out, o, run);
        o = run.o;
        p1 = run.p1;
        p2 = run.p2;
        col = run.col;
        i = run.end;
        if (i >= end) break;
      }
      if (o > lim) {
        this.o = o;
        this.ensure(end - i + 64);
        out = this.out;
        lim = out.length - 8;
      }
      const b = src[i]!;
      let cp = -1;
      let n = 1;
      if (b < 0x80) {
        cp = b;
        if (!pend && kind[b] === K_COPY) {
          out[o++] = b;
          p2 = p1;
          p1 = b;
          i++;
          continue;
        }
      } else if (b < 0xe0) {
        const b1 = src[i + 1]!;
        if (b >= 0xc2 && i + 1 < end && (b1 & 0xc0) === 0x80) {
          cp = ((b & 0x1f) << 6) | (b1 & 0x3f);
          n = 2;
          // the common case, an Arabic letter or any unchanged two-byte character
          const k = kind[cp]!;
          if (!pend && (k === K_COPY || (k === K_LETTER && (cp !== p1 || (cp !== p2 && cp !== col))))) {
            if (cp !== p1) col = -1;
            out[o] = b;
            out[o + 1] = b1;
            o += 2;
            p2 = p1;
            p1 = cp;
            i += 2;
            continue;
          }
        }
      } else if (b < 0xf0 && i + 2 < end) {
        const b1 = src[i + 1]!;
        const b2 = src[i + 2]!;
        if ((b1 & 0xc0) === 0x80 && (b2 & 0xc0) === 0x80) {
          const c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
          if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
            cp = c;
            n = 3;
          }
        }
      }
      if (cp >= 0 && !pend) {
        const k = kind[cp]!;
        if (k === K_COPY || (k === K_LETTER && (cp !== p1 || (cp !== p2 && cp !== col)))) {
          // unchanged: `put` / `putLetter` without a collapse
          if (k === K_LETTER && cp !== p1) col = -1;
          out[o++] = b;
          if (n > 1) {
            out[o++] = src[i + 1]!;
            if (n > 2) out[o++] = src[i + 2]!;
          }
          p2 = p1;
          p1 = cp;
          i += n;
          continue;
        }
        if (k === K_SIMPLE) {
          const to = simpleTo[cp]!;
          if (kind[to] !== K_LETTER || to !== p1 || (to !== p2 && to !== col)) {
            if (to !== p1) col = -1;
            if (to < 0x80) out[o++] = to;
            else {
              out[o++] = 0xc0 | (to >> 6);
              out[o++] = 0x80 | (to & 0x3f);
            }
            counts[simpleSlot[cp]!]!++;
            p2 = p1;
            p1 = to;
            i += n;
            continue;
          }
        } else if (k === K_DELETE && simpleSlot[cp]! >= 0) {
          counts[simpleSlot[cp]!]!++;
          i += n;
          continue;
        } else if ((k === K_SPACE || k === K_LF) && p1 !== 0x20 && p1 !== 0x0a && p1 !== -1) {
          // a space after a non-space, or a line end after neither a space nor a line end
          out[o++] = cp;
          p2 = p1;
          p1 = cp;
          i += n;
          continue;
        }
      }
      this.o = o;
      this.prev = p1;
      this.prev2 = p2;
      this.collapsed = col;
      i = this.step(src, i, end);
      pend = slow || this.marks.length > 0;
      out = this.out;
      lim = out.length - 8;
      o = this.o;
      p1 = this.prev;
      p2 = this.prev2;
      col = this.collapsed;
    }
    this.o = o;
    if (this.marks.length > 0) this.writeMarks();
    this.prev = p1;
    this.prev2 = p2;
    this.collapsed = col;
  }

  /** One character the fast path did not take; returns the position after it. */
  private step(src: Uint8Array, i: number, end: number): number {
    this.ensure(256);
    const d = this.d;
    decodeAt(src, i, end, d);
    if (d.len === 0) {
      this.counts[INVALID_SLOT]!++;
      this.emit(0xfffd, null, 0, src, i + 1, end);
      return i + 1;
    }
    const cp = d.cp;
    const next = i + d.len;
    const k = this.kindOf(cp);
    if (k === K_MAP || k === K_SIMPLE) {
      this.credit(cp);
      const r = this.t.repl.get(cp)!;
      for (let j = 0; j < r.length; j++) this.emit(r[j]!, r, j + 1, src, next, end);
    } else if (k === K_DELETE) {
      this.credit(cp);
    } else if (k === K_CR) {
      this.counts[S.newlines]!++;
      if (src[next] !== 0x0a || next >= end) this.emit(0x0a, null, 0, src, next, end);
    } else if (k === K_COMPOSER) {
      // NFC may compose it with the letter before, as written or as mapped (a presentation-form alef)
      if (composeBases.has(this.prev) || (this.prev >= 0 && this.prev < 0x10000 && this.t.ccc[this.prev]! > 0)) this.flagRisk(i);
      if (i > this.start) {
        decodeAt(src, charStartBefore(src, i, this.start), i, d);
        if (d.len > 0 && (composeBases.has(d.cp) || this.t.ccc[d.cp & 0xffff]! > 0)) this.flagRisk(i);
      }
      if (this.t.composerDeletes) this.credit(cp);
      else this.putMark(cp);
    } else {
      this.emit(cp, null, 0, src, next, end);
    }
    return next;
  }

  private flagRisk(at: number): void {
    if (!this.risk) this.riskFrom = at;
    this.risk = true;
    this.riskTo = at;
  }

  private kindOf(cp: number): number {
    if (cp < 0x10000) return this.t.kind[cp]!;
    return !this.t.on.nfc || (cp >= 0x1f000 && cp <= 0x1faff) ? K_COPY : K_UNSAFE;
  }

  private credit(cp: number): void {
    for (const s of this.t.credit.get(cp) ?? []) this.counts[s]!++;
  }

  /** Writes one mapped code point, applying the context rules; `seq[j..]` and then `src[pos..end)` follow it. */
  private emit(cp: number, seq: readonly number[] | null, j: number, src: Uint8Array, pos: number, end: number): void {
    const t = this.t;
    switch (this.kindOf(cp)) {
      case K_SPACE:
        // written at once; collapsed into the space before, dropped at a line start, taken back at a line end
        if (this.prev === 0x20 || this.prev === -1 || this.prev === 0x0a) this.counts[S.spaces]!++;
        else this.put(0x20);
        return;
      case K_LF:
        if (t.on.spaces && this.prev === 0x20) this.unwriteSpace();
        if (t.on.newlines && this.prev === 0x0a && this.prev2 === 0x0a) this.counts[S.newlines]!++;
        else this.put(0x0a);
        return;
      case K_TATWEEL:
        if (isSpace(this.prev) || this.prev === 0x0640) {
          const nx = this.peek(seq, j, src, pos, end, false);
          if (isSpace(nx)) return this.put(cp);
        }
        this.counts[S.tatweel]!++;
        return;
      case K_FYEH: {
        const nx = this.peek(seq, j, src, pos, end, true);
        const mid = nx >= 0 && nx < 0x10000 && t.letter[nx] === 1;
        for (const s of mid ? t.yeh.midCredit : t.yeh.endCredit) this.counts[s]!++;
        for (const c of mid ? t.yeh.mid : t.yeh.end) this.emit(c, null, 0, src, pos, end);
        return;
      }
      case K_SEP:
        if (isDigit(this.prev) && isDigit(this.peek(seq, j, src, pos, end, false))) {
          this.counts[S.punctuation]!++;
          return this.put(cp === 0x066b ? 0x2e : 0x2c);
        }
        return this.put(cp);
      case K_MARK:
      case K_COMPOSER:
        return this.putMark(cp);
      case K_UNSAFE:
        this.flagRisk(pos - 1); // within the input character it came from
        return this.put(cp);
      case K_LETTER:
        return this.putLetter(cp);
      default:
        return this.put(cp);
    }
  }

  /** The first character after this one that the rules look at, skipping removed ones (and marks); -1 at the end. */
  private peek(seq: readonly number[] | null, j: number, src: Uint8Array, pos: number, end: number, skipMarks: boolean): number {
    const skip = (c: number): boolean => {
      const k = this.kindOf(c);
      if (k === K_DELETE || k === K_TATWEEL || (k === K_COMPOSER && this.t.composerDeletes)) return true;
      return skipMarks && (c === ZWNJ || c === ZWJ || (c < 0x10000 && this.t.ccc[c]! > 0));
    };
    if (seq) for (; j < seq.length; j++) if (!skip(seq[j]!)) return seq[j]!;
    // within a run of skipped characters the answer is the same: reuse it, so long runs stay linear
    const c = this.peeked;
    if (c.src === src && c.skipMarks === skipMarks && pos >= c.from && pos <= c.at) return c.result;
    const from = pos;
    const d: Decoded = { cp: 0, len: 0 };
    let result = -1;
    let at = pos;
    while (pos < end) {
      at = pos;
      decodeAt(src, pos, end, d);
      if (d.len === 0) {
        result = 0xfffd;
        break;
      }
      pos += d.len;
      if (skip(d.cp)) continue;
      const k = this.kindOf(d.cp);
      if (k === K_CR) result = 0x0a;
      else if (k !== K_MAP && k !== K_SIMPLE) result = d.cp;
      else result = this.t.repl.get(d.cp)!.find((x) => !skip(x)) ?? -3;
      if (result !== -3) break;
      result = -1;
    }
    if (pos >= end && result === -1) at = end;
    Object.assign(this.peeked, { src, skipMarks, from, at, result });
    return result;
  }

  /** `elongation`: the third and later copies of a letter go, and the second with them. */
  private putLetter(cp: number): void {
    if (cp === this.prev && (cp === this.prev2 || cp === this.collapsed)) {
      if (this.collapsed !== cp) {
        this.o -= utf8Length(cp);
        this.collapsed = cp;
        this.prev2 = -2;
        this.counts[S.elongation]!++;
      }
      this.counts[S.elongation]!++;
      return;
    }
    if (cp !== this.prev) this.collapsed = -1;
    this.put(cp);
  }

  /**
   * `nfc`: marks wait until their run ends, then are written in canonical order (a stable sort by combining class,
   * UAX #15), so a run of any length costs linear time.
   */
  private putMark(cp: number): void {
    if (!this.t.on.nfc) return this.put(cp);
    this.marks.push(cp);
    this.prev2 = this.prev;
    this.prev = cp;
  }

  /** Writes the pending marks, sorted. */
  private writeMarks(): void {
    const marks = this.marks;
    const ccc = this.t.ccc;
    let sorted = true;
    for (let m = 1; m < marks.length && sorted; m++) sorted = ccc[marks[m - 1]!]! <= ccc[marks[m]!]!;
    if (!sorted) {
      marks.sort((a, b) => ccc[a]! - ccc[b]!);
      this.counts[S.nfc]!++;
    }
    this.ensure(marks.length * 3);
    for (const m of marks) this.o = encodeAt(this.out, this.o, m);
    marks.length = 0;
  }

  /** Takes back a space written before a line end. */
  unwriteSpace(): void {
    this.o--;
    this.prev = this.prev2;
    this.prev2 = -2;
    this.counts[S.spaces]!++;
  }

  private put(cp: number): void {
    if (this.marks.length > 0) this.writeMarks();
    this.ensure(4);
    this.o = encodeAt(this.out, this.o, cp);
    this.prev2 = this.prev;
    this.prev = cp;
  }

  private ensure(room: number): void {
    if (this.o + room <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.o + room));
    bigger.set(this.out.subarray(0, this.o));
    this.out = bigger;
  }
}
