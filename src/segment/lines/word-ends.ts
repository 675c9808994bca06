// A screen put before a lookup in a set of words that most strings asked about are not in: a bit per first unit,
// last unit and length that some word of the set has. A string whose bit is unset is none of the words, and is not
// hashed to be looked up (the lookup's cost is mostly the hash of a new string). It is asked of a string, or of a
// text's code units loaded in a typed array (line-units.ts).

/** Lengths up to this are screened (a bit each of 32); the set may hold no longer word. */
const LONGEST = 30;

export class WordEnds {
  /**
   * Per pair of a first and a last unit (their low 6 bits each: the letters of the basic Arabic block all differ
   * there), the lengths of the words of that pair, as bits. 4,096 cells, 16 KB: a table that stays in the cache.
   */
  private readonly lengths = new Uint32Array(1 << 12);
  private readonly empty: boolean;

  constructor(words: Iterable<string>) {
    let empty = false;
    for (const w of words) {
      if (w.length > LONGEST) throw new Error(`word-ends.ts: a word of ${w.length} units is longer than the screen's ${LONGEST}`);
      if (w.length === 0) empty = true;
      else this.lengths[slot(w.charCodeAt(0), w.charCodeAt(w.length - 1))]! |= 1 << w.length;
    }
    this.empty = empty;
  }

  /** False when s[from, to) is none of the words; true when it may be one. */
  mayHold(s: string, from: number, to: number): boolean {
    const n = to - from;
    if (n === 0) return this.empty;
    return n <= LONGEST && ((this.lengths[slot(s.charCodeAt(from), s.charCodeAt(to - 1))]! >>> n) & 1) !== 0;
  }

  /** `mayHold` of the text whose code units `u` holds, for its range [from, to). */
  mayHoldUnits(u: Uint16Array, from: number, to: number): boolean {
    const n = to - from;
    if (n === 0) return this.empty;
    return n <= LONGEST && ((this.lengths[slot(u[from]!, u[to - 1]!)]! >>> n) & 1) !== 0;
  }
}

const slot = (first: number, last: number): number => ((first & 0x3f) << 6) | (last & 0x3f);
