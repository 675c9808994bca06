// A set of words asked about ranges of a longer string (a word of a line, a field of a key) without slicing the
// range out: most words asked about are not in the set and are turned away by one bit; the others are compared a code
// unit at a time with the few words of the same hash. No string is made and none is hashed by the engine.

/** A word's hash, a code unit at a time (its low 12 bits index a table). */
export const unitHash = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash of s[from, to), as `unitHash` takes it. */
export function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = unitHash(h, s.charCodeAt(i));
  return h;
}

/** Slots of a table's hash index (a power of two). */
const SLOTS = 0x1000;

export class WordTable {
  /** The longest word: a longer range is none. */
  readonly maxLength: number;
  /**
   * Per low 12 bits of a hash, the first word with them (-1: none); `next` chains the others. Small on purpose: a
   * table of 16 KB stays in the processor's cache, one of 256 KB (16 bits) missed it on most words of a line.
   */
  private readonly head = new Int32Array(SLOTS).fill(-1);
  private readonly next: Int32Array;
  /** Each word's whole hash: a range whose hash differs is not compared. */
  private readonly hashes: Int32Array;
  private readonly words: string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    this.next = new Int32Array(this.words.length).fill(-1);
    this.hashes = new Int32Array(this.words.length);
    this.words.forEach((w, k) => {
      const h = hashOf(w, 0, w.length);
      this.hashes[k] = h;
      this.next[k] = this.head[h & (SLOTS - 1)]!;
      this.head[h & (SLOTS - 1)] = k;
    });
    this.maxLength = Math.max(0, ...this.words.map((w) => w.length));
  }

  /** Whether s[from, to) is one of the words; `hash` is its `hashOf`, when the caller has it already. */
  hasRange(s: string, from: number, to: number, hash?: number): boolean {
    return this.find(s, from, to, hash) >= 0;
  }

  /**
   * Whether units[from, to) (a text's code units, line-units.ts) is one of the words; `hash` is its hash. Compared
   * with the typed array, not with the text: a line is mostly a slice of its page, whose `charCodeAt` costs more.
   */
  hasUnits(units: Uint16Array, from: number, to: number, hash: number): boolean {
    const n = to - from;
    if (n > this.maxLength) return false;
    for (let k = this.head[hash & (SLOTS - 1)]!; k >= 0; k = this.next[k]!) {
      const w = this.words[k]!;
      if (this.hashes[k] !== hash || w.length !== n) continue;
      let j = 0;
      while (j < n && w.charCodeAt(j) === units[from + j]) j++;
      if (j === n) return true;
    }
    return false;
  }

  /**
   * Which word s[from, to) is: its place among the words as first given (a word given twice counts once), or -1.
   * `hash` is its `hashOf`, when the caller has it already.
   */
  find(s: string, from: number, to: number, hash?: number): number {
    const n = to - from;
    if (n > this.maxLength) return -1;
    const h = hash ?? hashOf(s, from, to);
    for (let k = this.head[h & (SLOTS - 1)]!; k >= 0; k = this.next[k]!) {
      const w = this.words[k]!;
      if (this.hashes[k] !== h || w.length !== n) continue;
      let j = 0;
      while (j < n && w.charCodeAt(j) === s.charCodeAt(from + j)) j++;
      if (j === n) return k;
    }
    return -1;
  }
}
