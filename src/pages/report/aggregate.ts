import type { ReportRecord } from './record.js';
import { groupSources, folderOf } from './sources.js';
import { countRecord, emptyTally, mergeTally, type Tally } from './tally.js';
import { TopK } from './top.js';

/** A list of examples: the records that show a rule or a problem most. */
export interface ExampleList {
  /** Anchor id of the list. */
  id: string;
  title: string;
  /** What the score is, e.g. "share of text dropped". */
  measure: 'share' | 'count' | 'chars' | 'none';
  entries: { score: number; ordinal: number }[];
}

/** A failed file named in a run report. */
export interface Failure {
  path: string;
  rule: string;
  message: string;
}

/** Everything the report page shows; built by `ReportBuilder.finish`. */
export interface ReportData {
  totals: { files: number; ok: number; failed: number | null; warnings: number; duplicates: number };
  sources: Map<string, Tally>;
  all: Tally;
  /** `YYYY-MM` -> records dated in that month. */
  months: Map<string, number>;
  undated: number;
  examples: ExampleList[];
  /** The records the examples name, by their ordinal (1-based, in input order). */
  records: Map<number, ReportRecord>;
  /** The first failures (at most `shownFailures`); `totals.failed` counts them all. */
  failures: Failure[];
}

/** Failed files listed by name on the page; the rest are counted. */
export const shownFailures = 200;

export interface ReportBuilderOptions {
  /** Examples per list (default 5). */
  examples?: number | undefined;
  /** Folder levels below the common folder that name a source (default 1). */
  depth?: number | undefined;
}

type Held = { record: ReportRecord; ordinal: number };

/**
 * Counts records as they stream in, keeping only tallies and a few examples per rule, so memory stays small for a
 * million records (a set of the paths seen, to count duplicates, is the one thing that grows).
 */
export class ReportBuilder {
  private readonly folders = new Map<string, Tally>();
  private readonly months = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly lists = new Map<string, { title: string; measure: ExampleList['measure']; top: TopK<Held> }>();
  private readonly failures: Failure[] = [];
  private failedKnown = false;
  private failedCount = 0;
  private ordinal = 0;
  private undated = 0;
  private warnings = 0;
  private duplicates = 0;
  private readonly k: number;

  constructor(private readonly options: ReportBuilderOptions = {}) {
    this.k = options.examples ?? 5;
  }

  private offer(id: string, title: string, measure: ExampleList['measure'], score: number, held: Held): void {
    let list = this.lists.get(id);
    if (!list) this.lists.set(id, (list = { title, measure, top: new TopK<Held>(this.k) }));
    list.top.offer(score, held);
  }

  /** Counts one record. */
  addRecord(r: ReportRecord): void {
    const held = { record: r, ordinal: ++this.ordinal };
    if (this.seen.has(r.path)) this.duplicates++;
    else this.seen.add(r.path);
    const folder = folderOf(r.path);
    const tally = this.folders.get(folder) ?? emptyTally();
    countRecord(tally, r);
    this.folders.set(folder, tally);
    this.warnings += r.warnings.length;
    const date = typeof r.fields.date === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])/.test(r.fields.date) ? r.fields.date.slice(0, 7) : null;
    if (date === null) this.undated++;
    else this.months.set(date, (this.months.get(date) ?? 0) + 1);
    this.offerExamples(r, held);
  }

  private offerExamples(r: ReportRecord, held: Held): void {
    const all = r.chars + r.droppedChars;
    if (r.droppedChars > 0 && r.blocks.length > 0) this.offer('most-dropped', 'Most text dropped as boilerplate (with a body left)', 'share', r.droppedChars / all, held);
    if (r.blocks.length === 0) this.offer('no-body', 'No body text', 'none', 0, held);
    const perWarning = new Map<string, number>();
    for (const w of r.warnings) perWarning.set(w.rule, (perWarning.get(w.rule) ?? 0) + 1);
    for (const [rule, n] of perWarning) this.offer(`warning:${rule}`, `Warning ${rule}`, 'count', n, held);
    const perRule = new Map<string, number>();
    for (const b of r.boilerplate) perRule.set(b.rule, (perRule.get(b.rule) ?? 0) + b.text.length);
    for (const [rule, chars] of perRule) this.offer(`dropped:${rule}`, `Dropped by ${rule}`, 'chars', chars, held);
  }

  /** Counts a failed file from a run report (`ingest --report`): it has no record. */
  addFailure(f: Failure): void {
    this.failedCount++;
    if (this.failures.length < shownFailures) this.failures.push(f);
    const folder = folderOf(f.path);
    const tally = this.folders.get(folder) ?? emptyTally();
    tally.failed++;
    this.folders.set(folder, tally);
  }

  /** Says that a run report was read: failures are then known (0 when it lists none). */
  knowFailures(): void {
    this.failedKnown = true;
  }

  finish(): ReportData {
    const sources = groupSources(this.folders, this.options.depth);
    const all = emptyTally();
    for (const t of sources.values()) mergeTally(all, t);
    const order = (id: string): string => (id === 'most-dropped' ? '0' : id === 'no-body' ? '1' : id.startsWith('warning:') ? `2${id}` : `3${id}`);
    const examples = [...this.lists]
      .sort(([a], [b]) => (order(a) < order(b) ? -1 : 1))
      .map(([id, l]) => ({ id, title: l.title, measure: l.measure, entries: l.top.list().map((e) => ({ score: e.score, ordinal: e.item.ordinal })) }));
    const records = new Map<number, ReportRecord>();
    for (const l of this.lists.values()) for (const e of l.top.list()) records.set(e.item.ordinal, e.item.record);
    const failed = this.failedKnown ? this.failedCount : null;
    return {
      totals: { files: this.ordinal + (failed ?? 0), ok: this.ordinal, failed, warnings: this.warnings, duplicates: this.duplicates },
      sources,
      all,
      months: this.months,
      undated: this.undated,
      examples,
      records,
      failures: this.failures,
    };
  }
}
