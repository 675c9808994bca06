/** `42%`; `<1%` and `>99%` near the ends, so a few cases never read as none or all; `—` with nothing to divide. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = (100 * part) / whole;
  if (p > 0 && p < 1) return '<1%';
  if (p < 100 && p > 99) return '>99%';
  return `${Math.round(p)}%`;
}

/** `12,345`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Map entries, most frequent first, then by name: `utf-8 40, windows-1256 2`. */
export function byCount(m: ReadonlyMap<string, number>): [string, number][] {
  return [...m].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** `1 line`, `3 lines`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
