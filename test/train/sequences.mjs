// Labelled line sequences for the line model: each is {source, units, work, mask}, mask[k] holding the bits of
// the labels line k may take. Real files give partial labels (derived from NAME.label.json); rendered records
// give exact ones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareText } from '../../dist/core/pipeline.js';
import { planLines } from '../../dist/segment/index.js';
import { labels } from '../../dist/segment/lines/labels.js';
import { findAnyDate } from '../../dist/segment/dates/find.js';
import { families, vocabulary } from '../synth/layouts.mjs';
import { loadRecords } from '../synth/records.mjs';
import { hash, rng } from '../synth/rng.mjs';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const bit = (...names) => names.reduce((m, n) => m | (1 << labels.indexOf(n)), 0);
const HEAD = bit('h-chrome', 'kicker', 'subtitle', 'site', 'date', 'h-byline');
const BODY = bit('paragraph', 'heading');
const TAIL = bit('trailer', 't-chrome', 'signoff');

/** The scorer's loose fold (the same comparisons the labels are scored with). */
export function fold(s) {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u0610-\u061A\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

export const sourceOf = (file) => file.replace(/_\d+\.txt$/u, '');

/** Partial labels of a real file's lines from its label: head lines before the body, tail lines after it. */
function maskOf(units, label) {
  const texts = units.map((u) => fold(u.text));
  // the first and last words of the body (a piece of a collapsed page may hold only some of the eight)
  const first = fold(label.body_first_words).split(' ').slice(0, 4).join(' ');
  const last = fold(label.body_last_words).split(' ').slice(-4).join(' ');
  const start = texts.findIndex((t) => t.includes(first));
  let end = -1;
  for (let k = texts.length - 1; k >= 0; k--) if (texts[k].includes(last)) { end = k; break; }
  if (start < 0 || end < start) return null;
  const title = label.headline ? fold(label.headline) : null;
  const junk = (label.boilerplate_lines ?? []).map(fold).filter(Boolean);
  const isJunk = (t) => junk.some((j) => t === j || (j.length > 12 && t.includes(j)) || (t.length > 3 && j.includes(t)));
  let sawTitle = false;
  const isTitle = (t) => title && t.includes(title) && t.length <= title.length + 40;
  const twice = texts.filter((t) => isTitle(t)).length > 1;
  // a stamp the label lists as boilerplate is also where the date comes from
  const dated = (k) => label.date && units[k].text.length < 160 && findAnyDate(units[k].text)?.iso === label.date;
  const mask = texts.map((t, k) => {
    if (k < start) {
      // a unit is the title when it is the headline (give or take a site name or a media tag around it)
      if (isTitle(t)) {
        sawTitle = true;
        return twice ? bit('title', 'h-chrome') : bit('title'); // (a page may print its headline twice)
      }
      if (isJunk(t)) return dated(k) ? bit('date') : bit('h-chrome');
      return HEAD;
    }
    if (k > end) return isJunk(t) ? bit('trailer', 't-chrome') : TAIL;
    return isJunk(t) && k !== start && k !== end ? bit('b-chrome') : k === start || k === end ? bit('paragraph') : BODY | (isJunk(t) ? bit('b-chrome') : 0);
  });
  if (title && !sawTitle) return null; // the headline is inside a line the model does not split (one-line pages)
  return mask;
}

/** The labelled dev and train files of one kind (plain lines or one-line pieces), minus excluded sources. */
export function realSequences(exclude = [], kind = 'plain') {
  const out = [];
  for (const set of ['dev', 'train']) {
    const dir = `${corpus}${set}/`;
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      if (exclude.includes(sourceOf(f))) continue;
      const label = JSON.parse(readFileSync(`${dir}${f.replace(/\.txt$/u, '.label.json')}`, 'utf8'));
      let text;
      try {
        text = prepareText(readFileSync(`${dir}${f}`)).normalized.text;
      } catch {
        continue;
      }
      const plan = planLines(text);
      if (!plan || plan.kind !== kind || plan.units.length < 2) continue;
      const mask = maskOf(plan.units, label);
      if (mask) out.push({ source: sourceOf(f), name: f, ...plan, mask });
    }
  }
  return out;
}

/** Exact labels of a rendered file: roles by line, zones from where the paragraphs are (or as `zone` says). */
function synthMask(units, roles, zone = null) {
  const rolesOf = units.map((u) => roles[u.line - 1]);
  const firstP = zone === 'head' ? 1 : zone === 'tail' ? -1 : rolesOf.indexOf('paragraph');
  const lastP = zone === 'tail' ? -1 : zone === 'head' ? 1 : rolesOf.lastIndexOf('paragraph');
  return rolesOf.map((r, k) => {
    switch (r) {
      case 'paragraph': return BODY;
      case 'chrome': return k < firstP ? bit('h-chrome') : k > lastP ? bit('t-chrome', 'trailer') : bit('b-chrome');
      case 'byline': return k < firstP ? bit('h-byline') : bit('signoff');
      case 'trailer': return bit('trailer', 't-chrome');
      case 'signoff': return bit('signoff');
      default: return bit(r);
    }
  });
}

/** Labels of a collapsed page's pieces: the role of the rendered part each piece comes from. */
function pieceMask(units, parts) {
  const folded = parts.map(([t, role]) => [fold(t), role]);
  const ALL = HEAD | BODY | TAIL | bit('title', 'b-chrome');
  const firstP = units.findIndex((u) => folded.some(([t, role]) => role === 'paragraph' && t.includes(fold(u.text))));
  return units.map((u, k) => {
    const t = fold(u.text);
    // the parts a piece lies in; a piece spanning several parts (a missed cut) is body, never a whole title
    let roles = folded.filter(([p]) => p.includes(t)).map(([, role]) => role);
    if (roles.length === 0) roles = folded.some(([p, role]) => role === 'paragraph' && t.includes(p.slice(0, 40))) ? ['paragraph'] : [];
    if (roles.length === 0) return ALL & ~bit('title');
    return roles.reduce((m, role) => m | synthMask([{ line: 1 }], [role === 'chrome' && k < firstP ? 'chrome' : role], k < firstP ? 'head' : 'tail')[0], 0);
  });
}

/**
 * Renders `perFamily` records into each named family with the training half of the vocabulary, each from an rng seeded
 * by `seedOf(family, record)`, and hands every rendering to `take` (which pushes what it keeps).
 */
async function renderFamilies({ names, papers, perFamily, offset, seedOf, take }) {
  const records = await loadRecords({ limit: perFamily * names.length + 400, stride: 3, offset });
  if (!records) return [];
  const usable = records.filter((r) => !papers.includes(r.source));
  const vocab = vocabulary('train');
  const out = [];
  names.forEach((family, fi) => {
    for (let k = 0; k < perFamily; k++) {
      const rec = usable[(fi * perFamily + k) % usable.length];
      const r = rng(hash(seedOf(family, rec)));
      r.v = vocab;
      r.part = 'train';
      r.others = (n) => Array.from({ length: n }, () => r.pick(usable)).filter((o) => o !== rec);
      take(out, family, k, rec, families[family](rec, r));
    }
  });
  return out;
}

/** Records rendered into every family (but the excluded ones and papers), as labelled line sequences. */
export async function synthSequences({ exclude = [], excludeFamilies = [], perFamily = 150, seed = 11, kind = 'plain' } = {}) {
  const papers = exclude.filter((s) => s.startsWith('SNN-')).map((s) => s.slice(4));
  if (kind === 'one-line') return synthPieces({ papers, excludeFamilies, perFamily, seed });
  const names = Object.keys(families).filter((f) => f !== 'one-line' && !excludeFamilies.includes(f));
  return renderFamilies({
    names, papers, perFamily, offset: 1,
    seedOf: (family, rec) => `${seed}:${family}:${rec.index}`,
    take: (out, family, k, rec, { lines, roles }) => {
      const plan = planLines(prepareText(Buffer.from(lines.join('\n'))).normalized.text);
      if (!plan || plan.units.length < 2) return;
      out.push({ source: `synth:${family}`, paper: rec.source, name: `${family}-${k}`, ...plan, mask: synthMask(plan.units, roles) });
    },
  });
}

/** Collapsed pages: the one-line family, and other families' files run onto one line (body-only, headline, prefix). */
async function synthPieces({ papers, excludeFamilies, perFamily, seed }) {
  const names = ['one-line', 'body-only', 'headline', 'lead-prefix'].filter((f) => !excludeFamilies.includes(f));
  return renderFamilies({
    names, papers, perFamily, offset: 2,
    seedOf: (family, rec) => `${seed}:pieces:${family}:${rec.index}`,
    take: (out, family, k, rec, made) => {
      const parts = made.parts ?? made.lines.map((l, i) => [l, made.roles[i]]).filter(([l]) => l.trim() !== '');
      const plan = planLines(prepareText(Buffer.from(parts.map((x) => x[0]).join(' '))).normalized.text);
      if (!plan || plan.kind !== 'one-line' || plan.units.length < 1) return;
      out.push({ source: `synth:${family}`, paper: rec.source, name: `pieces-${family}-${k}`, ...plan, mask: pieceMask(plan.units, parts) });
    },
  });
}
