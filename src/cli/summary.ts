import type { Totals } from '../batch/index.js';
import type { Palette } from './color.js';

/** "1.23 s" or "45 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** `tanqih: 12 files: 10 ok, 1 skipped, 1 failed, 3 warnings in 0.42 s` (`extra`: e.g. ", 1 missing") — printed on stderr unless --quiet. */
export function summaryLine(t: Totals, ms: number, p: Palette, extra = ''): string {
  const failed = t.failed > 0 ? p.error(`${t.failed} failed`) : `${t.failed} failed`;
  const warnings = t.warnings > 0 ? p.warning(`${t.warnings} warnings`) : `${t.warnings} warnings`;
  return `tanqih: ${t.files} ${t.files === 1 ? 'file' : 'files'}: ${t.ok} ok, ${t.skipped} skipped, ${failed}, ${warnings}${extra} in ${formatDuration(ms)}\n`;
}
