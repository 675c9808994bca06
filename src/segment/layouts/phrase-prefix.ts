// A cheap test of whether any of a list of phrases can begin at a place of a text, from the first few code units
// there, before an expression of all the phrases (an alternation of some 85 branches, each tried in turn: a third
// of a microsecond for every place it fails at) is run there. Each phrase's regex source is read as a row of
// one-character items (`ت`, `[اآأإٱٲٳ]`, `\/`, `[\s\u00A0]+`); the test answers yes when, for some phrase, each of
// the first `depth` units at the place is one an item the phrase may have there matches (`itemsAt`: past an item
// that may repeat or be left out, `+`, `*`, `?`, a unit may be matched by it or by the items after it). So it never
// says no where the phrase could match. Units past the source's end (or past what is not one plain item) are free,
// as are those past the text's end, and a surrogate (half of a character, which a unit alone cannot tell) after the
// first. (Freeing every unit past a repeat, as it once did, let the first word of any phrase of two words through,
// with the space after it: `قد ` for `قد يهمك`; half the places the anchored expressions were tried at.)

/** The first one-character item of a regex source, and the quantifier after it ('' for none). */
const leadItem = /^(\[(?:[^\]\\]|\\.)*\]|\\[^A-Za-z0-9]|\\s|[^\\[\](){}*+?|^$.])([*+?{]?)/u;
/** (without the u flag: one unit of a pair is enough) */
const surrogate = /[\uD800-\uDFFF]/;

/**
 * The one-character item a phrase's source requires at its k-th code unit, or '' when the unit there is free: the
 * source ends before it, or an item before it may repeat or be left out, or is not one plain item of one unit.
 * A `+` item still requires its first unit. (The filter reads `itemsAt`; this says whether a source opens with a
 * unit it requires.)
 */
export function itemAt(src: string, k: number): string {
  let rest = src;
  for (let j = 0; ; j++) {
    const a = leadItem.exec(rest);
    if (!a || a[2] === '*' || a[2] === '?' || a[2] === '{' || surrogate.test(a[1]!)) return '';
    if (j === k) return a[1]!;
    if (a[2] === '+') return '';
    rest = rest.slice(a[0].length);
  }
}

/** A source's leading one-character items with their quantifiers, read up to its end or to what is not one. */
function itemList(src: string): Array<{ item: string; q: string }> {
  const items: Array<{ item: string; q: string }> = [];
  let rest = src;
  for (let a = leadItem.exec(rest); a && a[2] !== '{' && !surrogate.test(a[1]!); a = leadItem.exec(rest)) {
    items.push({ item: a[1]!, q: a[2]! });
    rest = rest.slice(a[0].length);
  }
  return items;
}

/**
 * The items a phrase's source may match its k-th code unit with, for k = 0..depth-1, or null where the unit is
 * free (and so are all after it): the source may have ended before it, or reached what is not one plain item. It
 * follows the source as an automaton over its items: an item that may repeat (`+`, `*`) may match the next unit
 * too, and one that may be left out (`*`, `?`) lets the next item match this one. So a unit after a run of spaces
 * (`[\s\u00A0]+`) is a space or the next word's first letter, where `itemAt` frees every unit past the run (and
 * for a source with no repeat, the items are `itemAt`'s).
 */
export function itemsAt(src: string, depth: number): Array<string[] | null> {
  const items = itemList(src);
  // (state m: past the items read, at the source's end or at what is not one item: every unit from there is free)
  const m = items.length;
  const close = (states: Set<number>): Set<number> => {
    for (const s of states) if (s < m && (items[s]!.q === '*' || items[s]!.q === '?')) states.add(s + 1);
    return states;
  };
  const out: Array<string[] | null> = [];
  let at = close(new Set([0]));
  for (let k = 0; k < depth; k++) {
    if (at.has(m)) {
      while (out.length < depth) out.push(null);
      return out;
    }
    out.push([...new Set([...at].map((s) => items[s]!.item))]);
    const next = new Set<number>();
    for (const s of at) {
      next.add(s + 1);
      if (items[s]!.q === '+' || items[s]!.q === '*') next.add(s);
    }
    at = close(next);
  }
  return out;
}

/**
 * Units are grouped into classes (those the same items match); `at[k]` holds, per class, `words` 32-bit words with
 * a bit for each phrase whose k-th unit may be of that class (free units included).
 */
export interface PrefixFilter {
  readonly depth: number;
  readonly words: number;
  /** Per code unit, its class (0: no item matches it; 1: a surrogate). */
  readonly cls: Uint8Array;
  readonly at: readonly Uint32Array[];
  /** Per class, 1 when some phrase may begin with a unit of it (most places are turned away on this alone). */
  readonly starts: Uint8Array;
  /**
   * Per three classes in a row (`(a * classes + b) * classes + c`), 1 when some phrase may begin with units of them:
   * the first three rows of `at` read at once (three places in four that pass `starts` fail here). Null when the
   * classes are too many for the table.
   */
  readonly three: Uint8Array | null;
}

/**
 * The filter for the phrases' sources under `flags`, looking `depth` units ahead; null when a source does not open
 * with a plain item or the units make more than 256 classes. `units` is every code unit of the Basic Plane in order.
 */
export function prefixFilter(sources: readonly string[], flags: string, depth: number, units: string): PrefixFilter | null {
  if (sources.some((src) => itemAt(src, 0) === '')) return null;
  const items = sources.map((src) => itemsAt(src, depth));
  // each unit's signature (which items match it alone), read from the few units any item matches
  const distinct = [...new Set(items.flatMap((row) => row.flatMap((set) => set ?? [])))];
  let some = '';
  for (const m of units.matchAll(new RegExp(`(?:${distinct.join('|')})+`, `g${flags}`))) some += m[0];
  const signature = new Map<number, string>();
  for (const item of distinct) {
    for (const m of some.matchAll(new RegExp(item, `g${flags}`))) {
      const c = m[0].charCodeAt(0);
      if (c < 0xd800 || c > 0xdfff) signature.set(c, `${signature.get(c) ?? ''}${item}\u0000`);
    }
  }
  const classOf = new Map<string, number>();
  const cls = new Uint8Array(0x10000).fill(1, 0xd800, 0xe000);
  // (the items each class's units match)
  const members: Array<ReadonlySet<string>> = [new Set(), new Set()];
  for (const [c, sig] of signature) {
    let id = classOf.get(sig);
    if (id === undefined) classOf.set(sig, (id = members.push(new Set(sig.split('\u0000'))) - 1));
    cls[c] = id;
  }
  if (members.length > 256) return null;
  const words = Math.ceil(sources.length / 32);
  const at = Array.from({ length: depth }, () => new Uint32Array(members.length * words));
  items.forEach((row, p) => {
    const bit = (1 << p % 32) >>> 0;
    const w = Math.floor(p / 32);
    for (let k = 0; k < depth; k++) {
      for (let id = 0; id < members.length; id++) {
        const set = row[k]!;
        const free = set === null || (k > 0 && id === 1);
        if (free || set.some((item) => members[id]!.has(item))) at[k]![id * words + w]! |= bit;
      }
    }
  });
  const starts = new Uint8Array(members.length);
  for (let id = 0; id < members.length; id++) starts[id] = at[0]!.subarray(id * words, (id + 1) * words).some((m) => m !== 0) ? 1 : 0;
  return { depth, words, cls, at, starts, three: depth >= 3 ? threeTable(at, words, starts) : null };
}

/** The table of `PrefixFilter.three` (null past 128 classes: two million entries). */
function threeTable(at: readonly Uint32Array[], words: number, starts: Uint8Array): Uint8Array | null {
  const n = starts.length;
  if (n > 128) return null;
  const out = new Uint8Array(n * n * n);
  for (let a = 0; a < n; a++) {
    if (starts[a] === 0) continue;
    for (let b = 0; b < n; b++) {
      const two = Array.from({ length: words }, (_, w) => at[0]![a * words + w]! & at[1]![b * words + w]!);
      // (no phrase begins with these two: no third unit to look at; most pairs are such)
      if (two.every((m) => m === 0)) continue;
      for (let c = 0; c < n; c++) {
        let some = false;
        for (let w = 0; w < words && !some; w++) some = (two[w]! & at[2]![c * words + w]!) !== 0;
        if (some) out[(a * n + b) * n + c] = 1;
      }
    }
  }
  return out;
}

/** Whether one of the phrases may begin at i of t (false: none can). */
export function mayBegin(f: PrefixFilter, t: string, i: number): boolean {
  const { cls, at, words } = f;
  const first = cls[t.charCodeAt(i)]!;
  if (f.starts[first] === 0) return false;
  const { three } = f;
  if (three !== null && i + 2 < t.length) {
    const k = f.starts.length;
    if (three[(first * k + cls[t.charCodeAt(i + 1)]!) * k + cls[t.charCodeAt(i + 2)]!] === 0) return false;
  }
  const n = Math.min(f.depth, t.length - i);
  for (let w = 0; w < words; w++) {
    let m = at[0]![first * words + w]!;
    for (let k = 1; k < n && m !== 0; k++) m &= at[k]![cls[t.charCodeAt(i + k)]! * words + w]!;
    if (m !== 0) return true;
  }
  return false;
}
