import type { BatchSummary, CheckResult, FileResult, Reporter } from '../batch/index.js';
import { formatMessage } from '../core/message.js';
import type { Message } from '../core/types.js';
import { write } from '../io/streams.js';
import { colorEnabled, palette, type Palette } from './color.js';
import type { Io } from './process-io.js';
import { Progress, progressEnabled } from './progress.js';
import type { RuleLevels } from '../core/rule-levels.js';
import { byRuleLines, formatDuration, plural, summaryLine } from './summary.js';
import { Tally } from './tally.js';
import { checkReport } from './check-report.js';

/** What the run UI shows: the standard options, and the rule levels. */
export interface UiOptions {
  quiet?: boolean | undefined;
  color?: boolean | undefined;
  /** Print the notes too (`--verbose`). */
  verbose?: boolean | undefined;
  /** Print errors only; warnings are still counted (`--errors-only`). */
  errorsOnly?: boolean | undefined;
  /** Per-rule levels (config `"rules"`, `--rule`). */
  levels?: RuleLevels | undefined;
  /** Records go to stdout (no --out): when stdout is this terminal, no progress line. */
  recordsToStdout?: boolean | undefined;
}

/** What a batch run shows a person on stderr: messages, the progress line, the summary. */
export class RunUi implements Reporter {
  private readonly colors: Palette;
  private progress: Progress | null = null;
  /** Messages counted by level and rule (the summary and the exit code read it). */
  readonly tally: Tally;
  private done = 0;
  private total: number | null = null;

  constructor(
    private readonly io: Io,
    private readonly options: UiOptions,
  ) {
    this.colors = palette(colorEnabled(io.env, io.stderr, options.color));
    this.tally = new Tally(options.levels ?? {});
  }

  /** True when a progress line will be shown (so a total is worth counting). */
  get wantsTotal(): boolean {
    const recordsOnTerminal = this.options.recordsToStdout === true && this.io.stdout.isTTY === true;
    return progressEnabled(this.io.stderr, this.io.env, this.options.quiet === true, recordsOnTerminal);
  }

  /** Shows the progress line (when wanted) for a run of `total` files; a total still being counted comes in later. */
  start(total: number | Promise<number>): void {
    if (typeof total === 'number') this.total = total;
    else total.then((n) => (this.total = n), () => {});
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

  /** The line a message is printed as at its level, or null when the level hides it. */
  private shown(m: Message): string | null {
    const level = this.tally.add(m);
    if (level === 'off' || (level === 'note' && this.options.verbose !== true)) return null;
    if (level === 'warning' && this.options.errorsOnly === true) return null;
    const severity = level === 'error' ? 'error' : level;
    return formatMessage(severity === m.severity ? m : { ...m, severity }, this.colors) + '\n';
  }

  /** Prints the messages of one batch, in order, and moves the progress line on. */
  async files(results: readonly FileResult[]): Promise<void> {
    const lines: string[] = [];
    let bytes = 0;
    let failed = 0;
    for (const r of results) {
      bytes += r.status === 'skipped' ? 0 : r.size;
      if (r.status === 'failed') failed++;
      for (const m of r.messages) {
        const line = this.shown(m);
        if (line !== null) lines.push(line);
      }
    }
    this.done += results.length;
    if (lines.length > 0) {
      this.progress?.clear();
      await this.say(lines.join(''));
    }
    this.progress?.add(results.length, bytes, failed);
  }

  /** Warnings counted against --max-warnings: those at the warning level (printed, or held back by --errors-only). */
  get warnings(): number {
    return this.tally.count('warning');
  }

  /** Ends the run: clears the progress line and prints the summary and the counts by rule. */
  async finish(s: BatchSummary, maxWarnings: number | undefined): Promise<void> {
    this.progress?.clear();
    if (this.options.quiet === true) return;
    const unreadable = s.unreadable > 0 ? `, ${this.colors.error(plural(s.unreadable, 'unreadable folder'))}` : '';
    const missing = unreadable + (s.missing > 0 ? `, ${this.colors.error(`${s.missing} missing`)}` : '');
    const pruned = s.pruned > 0 ? `, ${s.pruned} pruned` : '';
    let text = summaryLine({ totals: s.totals, tally: this.tally, ms: s.durationMs, extra: missing + pruned }, this.colors);
    text += byRuleLines(this.tally, { errorsOnly: this.options.errorsOnly === true, verbose: this.options.verbose === true });
    if (maxWarnings !== undefined && maxWarnings >= 0 && this.warnings > maxWarnings) {
      text += `tanqih: ${plural(this.warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows (counted: warnings at the "warning" level, printed or not; notes and rules set to "off" or "note" are not counted).\n`;
    }
    await this.say(text);
  }

  /** The run stopped early: a signal says how to go on; stdout closed (`| head`) says nothing. */
  async abandon(s: BatchSummary, out: string | undefined): Promise<void> {
    this.progress?.clear();
    if (s.stopped !== 'interrupted') return;
    const of = this.total !== null ? ` of ${this.total}` : '';
    const resume = out !== undefined ? `run the same command again to resume: the ${plural(this.done, 'file')} done are not redone` : 'run the same command again to do it all again (with --out DIR a re-run skips what is done)';
    await this.say(`tanqih: stopped after ${plural(this.done, 'file')}${of} in ${formatDuration(s.durationMs)}; every output written is complete; ${resume}.\n`);
  }

  /** --check: stale paths on stdout (one per line); reasons, failures and the verdict on stderr. */
  async reportStale(check: CheckResult, ms: number): Promise<void> {
    if (check.stale.length > 0) await write(this.io.stdout, check.stale.map((s) => `${s.path}\n`).join('')).catch(() => {});
    if (this.options.quiet === true) return;
    await this.say(checkReport(check, ms, this.colors));
  }
}
