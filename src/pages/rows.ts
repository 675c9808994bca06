import type { Row, ViewPiece } from './types.js';

/** Where a piece starts in its line: its own offset when the segmenter gives one, else where its text is found. */
function startOf(p: ViewPiece, line: string): number {
  if (typeof p.start === 'number') return p.start;
  const at = line.indexOf(p.text.slice(0, 40));
  return at < 0 ? line.length : at;
}

/**
 * The rows of the line view, in the order of the text: each line's pieces in the order they stand in it (a one-line
 * page gives one row per piece), and a row for each line no piece covers: `blank`, or text continuing the line above.
 */
export function viewRows(text: string, pieces: readonly ViewPiece[]): Row[] {
  const byLine = new Map<number, ViewPiece[]>();
  for (const p of pieces) {
    const list = byLine.get(p.line);
    if (list) list.push(p);
    else byLine.set(p.line, [p]);
  }
  const rows: Row[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const n = i + 1;
    const found = byLine.get(n);
    if (found) {
      const sorted = found.length > 1 ? [...found].sort((a, b) => startOf(a, line) - startOf(b, line)) : found;
      for (const p of sorted) rows.push({ ...p, filler: false });
    } else {
      const t = line.trim();
      rows.push(t === '' ? { line: n, text: '', role: 'blank', rule: '', filler: true } : { line: n, text: t, role: 'paragraph', rule: '(continued)', filler: true });
    }
  });
  // pieces on lines past the text's end (none expected) are still shown, never lost
  for (const [n, list] of byLine) if (n < 1 || n > lines.length) for (const p of list) rows.push({ ...p, filler: false });
  return rows;
}
