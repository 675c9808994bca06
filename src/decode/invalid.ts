import type { Warning } from '../core/types.js';
import { lineAt, lineStartsOfText } from './lines.js';

/** A file with damage on many lines gets this many warnings, then one that counts the rest. */
export const maxLineWarnings = 50;

/** One warning per line that had bytes replaced, capped; `perLine` maps 1-based line -> replaced sequences. */
export function invalidByteWarnings(perLine: ReadonlyMap<number, number>, what: string): Warning[] {
  const warnings: Warning[] = [];
  const lines = [...perLine.keys()].sort((a, b) => a - b);
  for (const line of lines.slice(0, maxLineWarnings)) {
    const n = perLine.get(line)!;
    warnings.push({ rule: 'decode/invalid-bytes', line, message: `${n} ${what}${n === 1 ? '' : 's'} replaced with U+FFFD.` });
  }
  if (lines.length > maxLineWarnings) {
    const rest = lines.slice(maxLineWarnings).reduce((a, l) => a + perLine.get(l)!, 0);
    warnings.push({ rule: 'decode/invalid-bytes', line: null, message: `${rest} more replaced on ${lines.length - maxLineWarnings} more lines.` });
  }
  return warnings;
}

/** Warnings for U+FFFD in a text decoded from a page that has no U+FFFD of its own: each was an undefined byte. */
export function replacementCharWarnings(text: string, encoding: string): Warning[] {
  if (!text.includes('\uFFFD')) return [];
  const starts = lineStartsOfText(text);
  const perLine = new Map<number, number>();
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    const line = lineAt(starts, i);
    perLine.set(line, (perLine.get(line) ?? 0) + 1);
  }
  return invalidByteWarnings(perLine, `byte undefined in ${encoding}`);
}
