import type { Warning } from '../core/types.js';
import { maxLineWarnings } from './invalid.js';
import { lineAt, lineStartsOfText } from './lines.js';

/** Markers closer than this (in characters, on one line) belong to one damaged stretch. */
const sameStretch = 12;
/** How much of a stretch a warning quotes. */
const quoteChars = 24;

/**
 * One `decode/mojibake` warning per stretch of mojibake left in the text (markers at `at`, from leftoverMojibake),
 * with its line and the start of the stretch quoted; capped like the invalid-byte warnings.
 */
export function leftoverWarnings(text: string, at: readonly number[], page: string): Warning[] {
  const starts = lineStartsOfText(text);
  const stretches: Array<{ from: number; to: number; line: number }> = [];
  for (const offset of at) {
    const line = lineAt(starts, offset);
    const last = stretches[stretches.length - 1];
    if (last && last.line === line && offset - last.to <= sameStretch) last.to = offset + 4;
    else stretches.push({ from: offset, to: offset + 4, line });
  }
  const warnings: Warning[] = stretches.slice(0, maxLineWarnings).map((s) => {
    const quote = text.slice(s.from, Math.min(s.to, s.from + quoteChars)).replace(/[\r\n]+/g, ' ');
    return {
      rule: 'decode/mojibake',
      line: s.line,
      message: `"${quote}${s.to - s.from > quoteChars ? '…' : ''}" still looks like utf-8 read as ${page}, but could not be undone without loss.`,
    };
  });
  if (stretches.length > maxLineWarnings) {
    warnings.push({ rule: 'decode/mojibake', line: null, message: `${stretches.length - maxLineWarnings} more stretches still look like utf-8 read as ${page}.` });
  }
  return warnings;
}
