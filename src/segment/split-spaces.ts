// `text.split(/\s+/u)` and its length, without the regular expression: the headline cut of a collapsed page splits
// every long piece of its head into words, and the expression's split (an array of every word) was most of that.
// Same result, field for field: the fields are what stands between maximal runs of `\s` (an empty field before a
// leading run and after a trailing one, `['']` for an empty text), at most `limit` of them.

/**
 * ECMAScript's `\s`: WhiteSpace (TAB, VT, FF, SPACE, NO-BREAK SPACE, ZERO WIDTH NO-BREAK SPACE, the Zs spaces) and
 * LineTerminator (LF, CR, LINE and PARAGRAPH SEPARATOR). Not Unicode's White_Space (src/text): `\s` has U+FEFF and
 * lacks U+0085. test/segment-split-spaces.test.ts checks the table against `/\s/u` for every code unit.
 */
const jsSpaces = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const table = new Uint8Array(0x10000);
for (const c of jsSpaces) table[c] = 1;

/** Whether the code unit is matched by `\s`. */
export function isRegexSpace(cu: number): boolean {
  return table[cu] === 1;
}

/** `text.split(/\s+/u, limit)`. */
export function splitSpaces(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  if (limit <= 0) return out;
  let from = 0;
  for (let q = 0; q < text.length; q++) {
    if (table[text.charCodeAt(q)] !== 1) continue;
    let end = q + 1;
    while (end < text.length && table[text.charCodeAt(end)] === 1) end++;
    out.push(text.slice(from, q));
    if (out.length >= limit) return out;
    from = end;
    q = end - 1;
  }
  out.push(text.slice(from));
  return out;
}

/** `Math.min(text.split(/\s+/u).length, atMost)`: the runs of `\s` plus one, counted no further than needed. */
export function countSpaceFields(text: string, atMost = Infinity): number {
  let n = 1;
  for (let q = 0; q < text.length && n < atMost; q++) {
    if (table[text.charCodeAt(q)] !== 1) continue;
    n++;
    while (q + 1 < text.length && table[text.charCodeAt(q + 1)] === 1) q++;
  }
  return Math.min(n, atMost);
}

/**
 * `text.split(/(\s+)/u).slice(0, 2 * n - 1).join('').length` for n >= 1: where the n-th field ends (the start of
 * the n-th run of `\s`), or the text's length when it has no more than n fields. No array of every field and run.
 */
export function fieldEnd(text: string, n: number): number {
  let runs = 0;
  for (let q = 0; q < text.length; q++) {
    if (table[text.charCodeAt(q)] !== 1) continue;
    if (++runs === n) return q;
    while (q + 1 < text.length && table[text.charCodeAt(q + 1)] === 1) q++;
  }
  return text.length;
}

/** `text.slice(from, to).trim()` (trim takes off what `\s` matches), with one string made instead of two. */
export function trimmedSlice(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && table[text.charCodeAt(a)] === 1) a++;
  while (b > a && table[text.charCodeAt(b - 1)] === 1) b--;
  return text.slice(a, b);
}
