import type { Totals } from '../batch/index.js';
import type { Palette } from './color.js';
import type { Tally } from './tally.js';

/** "1.23 s" or "45 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** "1 file", "2 files"; "1 warning", "0 warnings". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** How the summary line reads the run: what it counted, with the rule levels applied. */
export interface SummaryCounts {
  totals: Totals;
  tally: Tally;
  ms: number;
  /** e.g. ", 1 missing, 2 pruned" */
  extra?: string;
}

/**
 * `tanqih: 12 files: 10 ok, 1 unchanged, 1 failed, 3 warnings, 2 notes in 0.42 s` — printed on stderr unless --quiet.
 * Notes are named only when there are some.
 */
export function summaryLine({ totals: t, tally, ms, extra = '' }: SummaryCounts, p: Palette): string {
  const failedN = t.failed + tally.raised;
  const failed = failedN > 0 ? p.error(`${failedN} failed`) : `${failedN} failed`;
  const w = tally.count('warning');
  const warnings = w > 0 ? p.warning(plural(w, 'warning')) : plural(w, 'warning');
  const n = tally.count('note');
  const notes = n > 0 ? `, ${plural(n, 'note')}` : '';
  return `tanqih: ${plural(t.files, 'file')}: ${t.ok} ok, ${t.skipped} unchanged, ${failed}, ${warnings}${notes}${extra} in ${formatDuration(ms)}\n`;
}

/** "a 3, b 2, c 1 (+2 more rules)": the most frequent rules of a level. */
function ruleList(top: readonly [string, number][], limit = 4): string {
  const shown = top.slice(0, limit).map(([rule, n]) => `${rule} ${n}`).join(', ');
  return top.length > limit ? `${shown} (+${plural(top.length - limit, 'more rule', 'more rules')})` : shown;
}

/**
 * The lines under the summary: errors, warnings and notes by rule (most frequent first), with how to silence a
 * warning and how to see the notes. Empty when there was nothing.
 */
export function byRuleLines(tally: Tally, options: { errorsOnly: boolean; verbose: boolean }): string {
  const lines: string[] = [];
  const errors = tally.top('error');
  if (errors.length > 0) lines.push(`  errors:   ${ruleList(errors)}`);
  const warnings = tally.top('warning');
  if (warnings.length > 0) {
    const first = warnings[0]![0];
    lines.push(`  warnings: ${ruleList(warnings)}${options.errorsOnly ? ' (not printed: --errors-only)' : ''}`);
    lines.push(`            to silence one: "rules": {"${first}": "off"} in tanqih.config.json, or --rule ${first}=off`);
  }
  const notes = tally.top('note');
  if (notes.length > 0) lines.push(`  notes:    ${ruleList(notes)} (in each record's notes${options.verbose ? '' : '; --verbose prints them'})`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
