/** Edit distance (insert, delete, substitute: 1 each), stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The candidate closest to `value` (at most a third of its length away, and at most 3 edits), or null. */
export function closest(value: string, candidates: readonly string[]): string | null {
  const max = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
  let best: string | null = null;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase(), max);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

/** ` (did you mean "x"?)` when a candidate is close, else ''. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const c = closest(value, candidates);
  return c === null ? '' : ` (did you mean "${c}"?)`;
}
