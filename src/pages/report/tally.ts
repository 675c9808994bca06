import type { ReportRecord } from './record.js';

/** What the report counts for one folder (and, merged, for one source). */
export interface Tally {
  /** Records read. */
  files: number;
  /** Failed files named in a run report (`ingest --report`): they have no record. */
  failed: number;
  withTitle: number;
  withSite: number;
  withDate: number;
  /** Records with no body block. */
  noBody: number;
  /** Words of each record, for the median. */
  words: number[];
  bodyChars: number;
  droppedChars: number;
  encodings: Map<string, number>;
  warnings: Map<string, number>;
}

export function emptyTally(): Tally {
  return { files: 0, failed: 0, withTitle: 0, withSite: 0, withDate: 0, noBody: 0, words: [], bodyChars: 0, droppedChars: 0, encodings: new Map(), warnings: new Map() };
}

const bump = (m: Map<string, number>, key: string, by = 1): void => void m.set(key, (m.get(key) ?? 0) + by);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** Counts one record into a tally. */
export function countRecord(t: Tally, r: ReportRecord): void {
  t.files++;
  if (filled(r.fields.title)) t.withTitle++;
  if (filled(r.fields.sitename)) t.withSite++;
  if (filled(r.fields.date)) t.withDate++;
  if (r.blocks.length === 0) t.noBody++;
  t.words.push(r.words);
  t.bodyChars += r.chars;
  t.droppedChars += r.droppedChars;
  bump(t.encodings, r.encoding?.name ?? 'unknown');
  for (const w of r.warnings) bump(t.warnings, w.rule);
}

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.files += from.files;
  into.failed += from.failed;
  into.withTitle += from.withTitle;
  into.withSite += from.withSite;
  into.withDate += from.withDate;
  into.noBody += from.noBody;
  for (const w of from.words) into.words.push(w);
  into.bodyChars += from.bodyChars;
  into.droppedChars += from.droppedChars;
  for (const [k, n] of from.encodings) bump(into.encodings, k, n);
  for (const [k, n] of from.warnings) bump(into.warnings, k, n);
}

/** The median of a list of numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The share of text dropped as boilerplate: dropped characters over dropped plus body characters; null for none. */
export function droppedShare(t: Pick<Tally, 'bodyChars' | 'droppedChars'>): number | null {
  const all = t.bodyChars + t.droppedChars;
  return all === 0 ? null : t.droppedChars / all;
}
