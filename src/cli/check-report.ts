import type { CheckResult } from '../batch/index.js';
import { formatMessage } from '../core/message.js';
import type { Palette } from './color.js';
import { formatDuration, plural } from './summary.js';

/** At most this many lines per reason (or per failing rule): stdout lists every stale path. */
const perReason = 10;

/** Items grouped by a key, in the order each key first appears. */
function groups<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = out.get(k);
    if (g === undefined) out.set(k, [t]);
    else g.push(t);
  }
  return out;
}

/**
 * What --check tells a person, on stderr: what options changed (once, by name), the stale inputs grouped by reason
 * (the first ten of each, then a count), the inputs that still fail with their error, and the verdict.
 */
export function checkReport(check: CheckResult, ms: number, p: Palette): string {
  const lines: string[] = [];
  if (check.changed !== null) lines.push(`tanqih: the options differ from those the outputs were made with: ${check.changed.join('; ')}; a run makes every output again.`);
  for (const [reason, items] of groups(check.stale, (s) => s.reason)) {
    for (const s of items.slice(0, perReason)) lines.push(`${s.path}: ${p.warning('stale')} ${reason} (manifest/stale)`);
    if (items.length > perReason) lines.push(`tanqih: … and ${items.length - perReason} more stale (${reason}); stdout lists every path`);
  }
  for (const [rule, items] of groups(check.failed, (s) => s.failure!.rule)) {
    for (const f of items.slice(0, perReason)) lines.push(formatMessage({ path: f.path, line: f.failure!.line, severity: 'error', rule, message: f.failure!.message }, p));
    if (items.length > perReason) lines.push(`tanqih: … and ${items.length - perReason} more inputs failing with ${rule}`);
  }
  if (check.orphans > 0) lines.push(`tanqih: ${plural(check.orphans, 'output has', 'outputs have')} lost ${check.orphans === 1 ? 'its input' : 'their inputs'}; --prune removes them (and --check --prune counts them as stale).`);
  const fresh = check.checked - check.stale.filter((s) => s.reason !== 'input removed' && !s.reason.startsWith('an output')).length - check.failed.length;
  const parts = [`${fresh} up to date`];
  if (check.stale.length > 0) parts.push(p.warning(`${check.stale.length} stale`));
  if (check.failed.length > 0) parts.push(p.error(`${check.failed.length} failed`));
  const advice = check.stale.length > 0 ? ' (run without --check to update)' : check.failed.length > 0 ? ' (they fail as in the last run: nothing to update)' : '';
  lines.push(`tanqih: ${plural(check.checked, 'file')} checked: ${parts.join(', ')}${advice} in ${formatDuration(ms)}`);
  return `${lines.join('\n')}\n`;
}
