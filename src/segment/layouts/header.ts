import { findAnyDate } from '../dates/find.js';
import { foldKey } from '../fold.js';
import { addPiece, drop, putField, type Role, type Unit, type Work } from '../work.js';

/** Header keys (foldKey) -> field. */
const keys: ReadonlyMap<string, 'title' | 'date' | 'url' | 'site' | 'author'> = new Map([
  ['title', 'title'], ['العنوان', 'title'], ['عنوان', 'title'], ['headline', 'title'],
  ['date', 'date'], ['التاريخ', 'date'], ['تاريخ النشر', 'date'], ['published', 'date'], ['تاريخ', 'date'],
  ['url', 'url'], ['link', 'url'], ['الرابط', 'url'], ['رابط', 'url'],
  ['source', 'site'], ['site', 'site'], ['sitename', 'site'], ['المصدر', 'site'], ['الموقع', 'site'], ['الصحيفه', 'site'],
  ['author', 'author'], ['الكاتب', 'author'], ['الكاتبه', 'author'], ['كتب', 'author'], ['بقلم', 'author'], ['by', 'author'],
].map(([k, v]) => [foldKey(k!), v as 'title']));
const headerKey = /^\s*([^:：]{1,20}?)\s*[:：]/u;

function fieldOf(line: string): { field: 'title' | 'date' | 'url' | 'site' | 'author' | 'other'; value: string } | null {
  // (a header line holds a colon, COLON or FULLWIDTH COLON: most first lines are headlines with none)
  if (!line.includes(':') && !line.includes('\uFF1A')) return null;
  const m = headerKey.exec(line);
  const value = m ? line.slice(m[0].length).trim() : '';
  if (!m || value === '') return null;
  const key = foldKey(m[1]!);
  const field = keys.get(key);
  if (field) return { field, value: value.replace(/^["']|["']$/gu, '') };
  return /^[a-z_]{2,20}$/u.test(key) ? { field: 'other', value } : null;
}

/**
 * Header lines (`title:` / `العنوان:` / `date:` / `التاريخ:` / `url:` / `المصدر:`) or YAML front matter at the top.
 * Returns the index of the first body line, or 0 when the text has no header.
 */
export function readHeader(lines: readonly string[], work: Work): number {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const yaml = lines[i]?.trim() === '---';
  const start = yaml ? i + 1 : i;
  let end = start;
  let known = 0;
  const found: { n: number; field: string; value: string; text: string }[] = [];
  for (; end < lines.length; end++) {
    const t = lines[end]!.trim();
    if (yaml && t === '---') break;
    if (!yaml && t === '') break;
    const f = fieldOf(t);
    if (!f) {
      if (yaml) continue;
      break;
    }
    if (f.field !== 'other') known++;
    found.push({ n: end + 1, field: f.field, value: f.value, text: t });
  }
  if (yaml ? lines[end]?.trim() !== '---' : known < 2 || found.length !== end - start) return 0;
  if (known === 0) return 0;
  if (yaml) {
    drop(work, i + 1, '---', 'boilerplate', 'header/front-matter');
    drop(work, end + 1, '---', 'boilerplate', 'header/front-matter');
  }
  for (const f of found) {
    const role: Role = f.field === 'title' ? 'title' : f.field === 'site' ? 'site' : f.field === 'author' ? 'byline' : f.field === 'date' ? 'date' : 'meta';
    addPiece(work, f.n, f.text, role, `header/${f.field}`);
    // the key (`title:`, `المصدر:`) is markup; the value goes to its field, or (taken, or no field) to the metadata
    const key = headerKey.exec(f.text)?.[0].trim() ?? '';
    if (key) drop(work, f.n, key, 'boilerplate', 'header/key');
    if (!keepValue(work, f.field, f.value)) {
      // (a key given twice keeps both values: a second `المصدر:` line adds to the first, it does not replace it)
      const meta = work.fields.meta;
      const name = foldKey(key.replace(/[:：]\s*$/u, ''));
      meta[name] = meta[name] === undefined ? f.value : `${meta[name]} ${f.value}`;
    }
  }
  return yaml ? end + 1 : end;
}

/** Puts a header value in its field; false when the field was taken or the value is not one (a date with no date). */
function keepValue(work: Work, field: string, value: string): boolean {
  if (field === 'title') return putField(work, 'title', value);
  if (field === 'site') return putField(work, 'sitename', value);
  if (field === 'author') return putField(work, 'author', value);
  if (field === 'url' && work.fields.url === null) {
    work.fields.url = value;
    return true;
  }
  if (field !== 'date' || work.fields.dateRank >= 3) return false;
  const d = findAnyDate(value);
  if (d) Object.assign(work.fields, { date: d.iso, dateRaw: value, hijriDate: d.hijri, dateRank: 3 });
  return d !== null;
}

/** Units of the plain lines from `from` on: each non-empty line is one unit. */
export function plainUnits(lines: readonly string[], from: number): Unit[] {
  const units: Unit[] = [];
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t !== '') units.push({ line: i + 1, text: t });
  }
  return units;
}
