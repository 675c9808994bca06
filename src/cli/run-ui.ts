import path from 'node:path';
import { formatMessage } from '../core/message.js';
import type { Message } from '../core/types.js';
import type { FileResult } from './batch-task.js';
import { colorEnabled, palette, type Palette } from './color.js';
import type { Stale } from './incremental.js';
import { exitCodeFor } from './exit-codes.js';
import { write, type Io } from './io.js';
import { Progress, progressEnabled } from './progress.js';
import { emptyTotals, formatDuration, JsonReport, summaryLine, type ReportEntry, type Totals } from './report.js';

/** What a run shows a person and records: messages, the progress line, the summary, the --report file. */
export class RunUi {
  readonly totals: Totals = emptyTotals();
  /** Named inputs that do not exist (exit 66). */
  missing = 0;
  /** Outputs removed by --prune. */
  pruned = 0;
  private readonly colors: Palette;
  private progress: Progress | null = null;
  private report: JsonReport | null = null;

  constructor(
    private readonly io: Io,
    private readonly options: { quiet?: boolean | undefined; color?: boolean | undefined; report?: string | undefined },
  ) {
    this.colors = palette(colorEnabled(io.env, io.stderr, options.color));
  }

  /** Folders that could not be listed (their files are missing from the run: exit 1). */
  unreadable = 0;
  private held: Message[] = [];

  /** True when a progress line will be shown (so a total is worth counting). */
  get wantsProgress(): boolean {
    return progressEnabled(this.io.stderr, this.io.env, this.options.quiet === true);
  }

  /** Shows the progress line (when wanted) for a run of `total` files; a total still being counted comes in later. */
  start(total: number | Promise<number>): void {
    if (!this.wantsProgress) return;
    const progress = new Progress(this.io.stderr, typeof total === 'number' ? total : null);
    if (typeof total !== 'number') total.then((n) => progress.setTotal(n), () => {});
    this.progress = progress;
  }

  /** A folder that could not be listed, found while the run streams: reported before the next results. */
  unreadableFolder(dir: string, code: string): void {
    this.unreadable++;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    this.held.push({ path: dir, line: null, severity: 'error', rule: 'io/unreadable-folder', message: `The folder cannot be read (${why}); the files in it are not in this run.` });
  }

  /** Prints the messages held back while the run streamed. */
  async flush(): Promise<void> {
    if (this.held.length === 0) return;
    const held = this.held;
    this.held = [];
    for (const m of held) await this.message(m);
  }

  async openReport(head: Record<string, unknown>): Promise<void> {
    if (this.options.report !== undefined) this.report = await JsonReport.open(path.resolve(this.io.cwd(), this.options.report), head);
  }

  /** One message on stderr (the progress line steps aside). */
  async message(m: Message): Promise<void> {
    this.progress?.clear();
    await write(this.io.stderr, formatMessage(m, this.colors) + '\n');
  }

  /** Counts, prints and records the results of one batch, in order (`outputs`: their files under --out). */
  async files(results: readonly FileResult[], outputs: readonly string[] | null = null): Promise<void> {
    await this.flush();
    const t = this.totals;
    const lines: string[] = [];
    const entries: ReportEntry[] = [];
    let bytes = 0;
    for (const [i, r] of results.entries()) {
      t.files++;
      if (r.status === 'failed') t.failed++;
      else if (r.status === 'ok') t.ok++;
      else t.skipped++;
      bytes += r.status === 'skipped' ? 0 : r.size;
      for (const m of r.messages) {
        if (m.severity === 'warning') t.warnings++;
        lines.push(formatMessage(m, this.colors) + '\n');
      }
      if (this.report) {
        const messages = r.messages.map(({ line, severity, rule, message }) => ({ line, severity, rule, message }));
        entries.push({ path: r.path, status: r.status, size: r.size, encoding: r.encoding, output: r.status === 'failed' ? null : (outputs?.[i] ?? null), messages });
      }
    }
    t.bytes += bytes;
    if (lines.length > 0) {
      this.progress?.clear();
      await write(this.io.stderr, lines.join(''));
    }
    this.progress?.add(results.length, bytes);
    await this.report?.add(entries);
  }

  /** Ends the run: clears the progress line, prints the summary, closes the report (the exit code is exitCodeFor's). */
  async finish(started: number): Promise<void> {
    const ms = performance.now() - started;
    await this.flush();
    this.progress?.clear();
    if (this.options.quiet !== true) {
      const unreadable = this.unreadable > 0 ? `, ${this.colors.error(`${this.unreadable} unreadable ${this.unreadable === 1 ? 'folder' : 'folders'}`)}` : '';
      const missing = unreadable + (this.missing > 0 ? `, ${this.colors.error(`${this.missing} missing`)}` : '');
      const pruned = this.pruned > 0 ? `, ${this.pruned} pruned` : '';
      await write(this.io.stderr, summaryLine(this.totals, ms, this.colors, missing + pruned));
    }
    await this.report?.close({ totals: { ...this.totals, missing: this.missing, unreadableFolders: this.unreadable, pruned: this.pruned }, durationMs: Math.round(ms) });
  }

  /** The run stopped early (stdout closed): no summary, no half report. */
  async abandon(): Promise<void> {
    this.progress?.clear();
    await this.report?.abandon();
  }

  /** --check: stale paths on stdout (one per line), reasons on stderr; exit 1 when any. */
  async reportStale(stale: readonly Stale[], total: number, started: number): Promise<number> {
    if (stale.length > 0) await write(this.io.stdout, stale.map((s) => `${s.path}\n`).join(''));
    if (this.options.quiet !== true) {
      const lines = stale.map((s) => `${s.path}: ${this.colors.warning('stale')} ${s.reason} (manifest/stale)\n`);
      const verdict = stale.length === 0 ? 'all outputs are up to date' : `${stale.length} stale (run without --check to update)`;
      await write(this.io.stderr, `${lines.join('')}tanqih: ${total} files checked: ${verdict} in ${formatDuration(performance.now() - started)}\n`);
    }
    return exitCodeFor({ failed: stale.length + this.unreadable, missing: this.missing, warnings: 0 });
  }
}
