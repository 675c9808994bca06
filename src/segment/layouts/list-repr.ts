import { drop, type Unit, type Work } from '../work.js';

/** `content: ['p1', 'p2', …]` — a scraper's Python list printed on one line. */
const listLine = /^(\s*[A-Za-z_]{1,30}\s*:\s*\[\s*)(['"])([^]*)\2(\s*\]\s*)$/u;

/** Splits a list-repr line into its items (paragraphs); null when the text is not one. */
export function readListRepr(units: readonly Unit[], work: Work): Unit[] | null {
  if (units.length !== 1) return null;
  const u = units[0]!;
  const m = listLine.exec(u.text);
  if (!m) return null;
  const q = m[2]!;
  drop(work, u.line, `${m[1]!.trim()}${q}`, 'boilerplate', 'layout/list-repr');
  drop(work, u.line, `${q}${m[4]!.trim()}`, 'boilerplate', 'layout/list-repr');
  const items = m[3]!.split(`${q}, ${q}`);
  return items.map((t) => ({ line: u.line, text: t.trim() })).filter((x) => x.text !== '');
}
