// A set of words asked about ranges of a longer string (a word of a line, a field of a key) without slicing the
// range out: most words asked about are not in the set and are turned away by one bit; the others are compared a code
// unit at a time with the few words of the same hash. No string is made and none is hashed by the engine.

/** A word's hash, a code unit at a time (16 bits are kept where it is looked up). */
export const unitHash = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash of s[from, to), as `unitHash` takes it. */
export function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = unitHash(h, s.charCodeAt(i));
  return h;
}

export class WordTable {
  /** The longest word: a longer range is none. */
  readonly maxLength: number;
  private readonly bits = new Uint8Array(0x10000);
  private readonly buckets = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    let max = 0;
    for (const w of new Set(words)) {
      const h = hashOf(w, 0, w.length) & 0xffff;
      this.bits[h] = 1;
      this.buckets.set(h, [...(this.buckets.get(h) ?? []), w]);
      max = Math.max(max, w.length);
    }
    this.maxLength = max;
  }

  /** Whether s[from, to) is one of the words; `hash` is its `hashOf`, when the caller has it already. */
  hasRange(s: string, from: number, to: number, hash = -1): boolean {
    if (to - from > this.maxLength) return false;
    const h = (hash === -1 ? hashOf(s, from, to) : hash) & 0xffff;
    if (this.bits[h] === 0) return false;
    for (const w of this.buckets.get(h)!) {
      if (w.length !== to - from) continue;
      let k = 0;
      while (k < w.length && w.charCodeAt(k) === s.charCodeAt(from + k)) k++;
      if (k === w.length) return true;
    }
    return false;
  }
}
