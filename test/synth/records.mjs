// Reads ../shared/corpus/records/saudinewsnet.jsonl.gz and keeps records whose body can be rendered with exact
// labels: a headline of 3-25 words that is not in the body, and paragraphs with no chrome of the paper's own.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

export const recordsPath = fileURLToPath(new URL('../../../shared/corpus/records/saudinewsnet.jsonl.gz', import.meta.url));

// Papers whose `content` carries its own chrome (share bars, inline bylines, tag lists, trailers, wire datelines):
// their bodies cannot be labelled by construction, so they are not used as bodies.
const chromeSources = new Set(['3alyoum', 'alweeam', 'okaz', 'sabq', 'was', 'almadina']);

const words = (s) => s.split(/\s+/u).filter(Boolean);
const clean = (s) => s.replace(/[\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** The paragraphs of a record's content, or null when they cannot be labelled exactly. */
export function paragraphsOf(content) {
  let paras = content.split(/\n|\s{3,}/u).map(clean).filter(Boolean);
  while (paras.length && words(paras[0]).length < 8) paras.shift();
  while (paras.length && words(paras[paras.length - 1]).length < 8) paras.pop();
  if (paras.length === 0) return null;
  const head = words(paras[0]).slice(0, 12).join(' ');
  if (/[:(«"“]|\s[-–—ـ]\s/u.test(head)) return null;
  if (paras.some((p) => /https?:|www\.|@|\*/u.test(p))) return null;
  const n = paras.reduce((a, p) => a + words(p).length, 0);
  if (n < 40 || n > 1500) return null;
  return paras;
}

/** Loads up to `limit` usable records (every `stride`-th line), each with its paragraphs. */
export async function loadRecords({ limit = 2000, stride = 7, offset = 0 } = {}) {
  if (!existsSync(recordsPath)) return null;
  const rl = createInterface({ input: createReadStream(recordsPath).pipe(createGunzip()) });
  const out = [];
  let i = -1;
  for await (const line of rl) {
    i++;
    if ((i - offset) % stride !== 0 || i < offset) continue;
    const r = JSON.parse(line);
    if (chromeSources.has(r.source)) continue;
    const title = clean(r.title ?? '');
    const wc = words(title).length;
    if (wc < 3 || wc > 25 || /\n/u.test(r.title)) continue;
    const paragraphs = paragraphsOf(r.content ?? '');
    if (!paragraphs || paragraphs.join(' ').includes(title)) continue;
    out.push({ index: i, source: r.source, title, author: clean(r.author ?? ''), date: (r.date_extracted ?? '').slice(0, 10), paragraphs });
    if (out.length >= limit) break;
  }
  rl.close();
  return out;
}
