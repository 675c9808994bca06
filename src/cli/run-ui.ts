import type { BatchSummary, FileResult, Reporter, Stale } from '../batch/index.js';
import { formatMessage } from '../core/message.js';
import type { Message } from '../core/types.js';
import { write } from '../io/streams.js';
import { colorEnabled, palette, type Palette } from './color.js';
import type { Io } from './process-io.js';
import { Progress, progressEnabled } from './progress.js';
import { formatDuration, summaryLine } from './summary.js';

/** What a batch run shows a person on stderr: messages, the progress line, the summary line. */
export class RunUi implements Reporter {
  private readonly colors: Palette;
  private progress: Progress | null = null;

  constructor(
    private readonly io: Io,
    private readonly options: { quiet?: boolean | undefined; color?: boolean | undefined },
  ) {
    this.colors = palette(colorEnabled(io.env, io.stderr, options.color));
  }

  /** True when a progress line will be shown (so a total is worth counting). */
  get wantsTotal(): boolean {
    return progressEnabled(this.io.stderr, this.io.env, this.options.quiet === true);
  }

  /** Shows the progress line (when wanted) for a run of `total` files; a total still being counted comes in later. */
  start(total: number | Promise<number>): void {
    if (!this.wantsTotal) return;
    const progress = new Progress(this.io.stderr, typeof total === 'number' ? total : null);
    if (typeof total !== 'number') total.then((n) => progress.setTotal(n), () => {});
    this.progress = progress;
  }

  /** Writes to stderr; a failure (a full disk) is seen by cli/main.ts, which makes the exit code 74, and the run goes on. */
  private say(text: string): Promise<void> {
    return write(this.io.stderr, text).catch(() => {});
  }

  /** One message on stderr (the progress line steps aside). */
  async message(m: Message): Promise<void> {
    this.progress?.clear();
    await this.say(formatMessage(m, this.colors) + '\n');
  }

  /** Prints the messages of one batch, in order, and moves the progress line on. */
  async files(results: readonly FileResult[]): Promise<void> {
    const lines: string[] = [];
    let bytes = 0;
    for (const r of results) {
      bytes += r.status === 'skipped' ? 0 : r.size;
      for (const m of r.messages) lines.push(formatMessage(m, this.colors) + '\n');
    }
    if (lines.length > 0) {
      this.progress?.clear();
      await this.say(lines.join(''));
    }
    this.progress?.add(results.length, bytes);
  }

  /** Ends the run: clears the progress line and prints the summary (the exit code is exitCodeFor's). */
  async finish(s: BatchSummary): Promise<void> {
    this.progress?.clear();
    if (this.options.quiet === true) return;
    const folders = s.unreadable === 1 ? 'folder' : 'folders';
    const unreadable = s.unreadable > 0 ? `, ${this.colors.error(`${s.unreadable} unreadable ${folders}`)}` : '';
    const missing = unreadable + (s.missing > 0 ? `, ${this.colors.error(`${s.missing} missing`)}` : '');
    const pruned = s.pruned > 0 ? `, ${s.pruned} pruned` : '';
    await this.say(summaryLine(s.totals, s.durationMs, this.colors, missing + pruned));
  }

  /** The run stopped early (a signal, stdout closed): no summary. */
  abandon(): void {
    this.progress?.clear();
  }

  /** --check: stale paths on stdout (one per line), reasons on stderr. */
  async reportStale(stale: readonly Stale[], checked: number, ms: number): Promise<void> {
    if (stale.length > 0) await write(this.io.stdout, stale.map((s) => `${s.path}\n`).join('')).catch(() => {});
    if (this.options.quiet === true) return;
    const lines = stale.map((s) => `${s.path}: ${this.colors.warning('stale')} ${s.reason} (manifest/stale)\n`);
    const verdict = stale.length === 0 ? 'all outputs are up to date' : `${stale.length} stale (run without --check to update)`;
    await this.say(`${lines.join('')}tanqih: ${checked} files checked: ${verdict} in ${formatDuration(ms)}\n`);
  }
}
