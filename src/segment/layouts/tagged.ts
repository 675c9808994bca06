import type { Dateline } from '../../core/types.js';
import { agencyOf } from '../dateline.js';
import { foldKey } from '../fold.js';
import { findAnyDate } from '../dates/find.js';
import { drop, setField, type Role, type Unit, type Work } from '../model.js';

/** Tag names -> the field they fill; TEXT/BODY/P hold the body; anything else is metadata. */
const fieldOfTag: Readonly<Record<string, 'title' | 'date' | 'url' | 'site' | 'author' | 'abstract' | 'body' | 'dateline'>> = {
  TITLE: 'title', HEADLINE: 'title', HEADER: 'title', HEAD: 'title', HL: 'title',
  TIME: 'date', DATE: 'date', DATE_TIME: 'date', DATETIME: 'date', PUBDATE: 'date',
  URL: 'url', LINK: 'url',
  SRC: 'site', SOURCE: 'site', SITE: 'site', PUBLISHER: 'site',
  AUTHOR: 'author', BYLINE: 'author', WRITER: 'author',
  ABSTRACT: 'abstract', SUMMARY: 'abstract', LEAD: 'abstract',
  TEXT: 'body', BODY: 'body', CONTENT: 'body',
  DATELINE: 'dateline',
};
const tagRe = /<(\/?)([A-Za-z][A-Za-z_]*)((?:\s+[^<>]*)?)>/g;
const docRe = /^\s*<DOC(?:\s[^<>]*)?>\s*$/iu;

/** Whether the text is a tagged (TREC/SGML, Gigaword) document: `<DOC>` first, or a TEXT/P tag early on. */
export function isTagged(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== '') ?? '';
  if (docRe.test(first)) return true;
  let tags = 0;
  for (const l of lines.slice(0, 12)) if (/^\s*<\/?(?:DOCNO|TITLE|HEADLINE|TEXT|P|DATE|TIME|URL|SRC)>/iu.test(l)) tags++;
  return tags >= 2;
}

interface Open {
  name: string;
  parts: Unit[];
}

/** A tagged document: tags become fields, the TEXT (or its <P> paragraphs) becomes the body units. */
export function readTagged(lines: readonly string[], work: Work): Unit[] {
  const stack: Open[] = [];
  const body: Unit[] = [];
  const abstract: Unit[] = [];
  let docId: string | null = null;
  let docs = 0;
  const close = (open: Open): void => {
    const field = fieldOfTag[open.name];
    const line = open.parts[0]?.line ?? 0;
    const joined = (): string => (open.parts.length === 1 ? open.parts[0]!.text : open.parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim());
    if (open.name === 'P') {
      const text = joined();
      if (text) body.push({ line, text });
      return;
    }
    if (field === 'body') {
      for (const p of open.parts) body.push(p);
      return;
    }
    if (field === 'abstract') {
      abstract.push(...open.parts);
      return;
    }
    const text = joined();
    if (!text) return;
    const role: Role = field === 'title' ? 'title' : field === 'site' ? 'site' : field === 'author' ? 'byline' : field === 'date' ? 'date' : field === 'dateline' ? 'dateline' : 'meta';
    work.pieces.push({ line, text, role, rule: `tagged/${open.name.toLowerCase()}` });
    if (field === 'title') setField(work, 'title', text);
    else if (field === 'site') setField(work, 'sitename', text);
    else if (field === 'author') setField(work, 'author', text);
    else if (field === 'url') setField(work, 'url', text);
    else if (field === 'dateline') setField(work, 'dateline', parseDateline(text));
    else if (field === 'date') setDate(work, text);
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    let last = 0;
    let markup = false;
    const take = (s: string): void => {
      const t = s.trim();
      if (!t) return;
      const top = stack[stack.length - 1];
      if (top) top.parts.push({ line: n, text: t });
      else drop(work, n, t, 'boilerplate', 'tagged/outside');
    };
    tagRe.lastIndex = 0;
    for (let m = tagRe.exec(raw); m; m = tagRe.exec(raw)) {
      take(raw.slice(last, m.index));
      last = m.index + m[0].length;
      markup = true;
      const name = m[2]!.toUpperCase();
      if (m[1] === '/') {
        const at = stack.map((s) => s.name).lastIndexOf(name);
        if (at >= 0) while (stack.length > at) close(stack.pop()!);
      } else {
        if (name === 'DOC') {
          docs++;
          docId ??= /id="([^"]+)"/iu.exec(m[3] ?? '')?.[1] ?? null;
        }
        stack.push({ name, parts: [] });
      }
    }
    take(raw.slice(last));
    if (markup && raw.replace(tagRe, '').trim() === '') drop(work, n, raw, 'boilerplate', 'tagged/markup');
  });
  while (stack.length > 0) close(stack.pop()!);
  if (docs > 1) work.warnings.push({ rule: 'segment/many-docs', line: null, message: `The file holds ${docs} <DOC> elements; they were read as one article (split the file to get one record each).` });
  if (docId && !work.fields.date) {
    // Gigaword ids carry the day: AFP_ARB_20000101.0001
    const d = /_(\d{4})(\d{2})(\d{2})\./u.exec(docId);
    if (d) setDate(work, `${d[1]}-${d[2]}-${d[3]}`);
  }
  const abstractText = abstract.map((u) => u.text).join(' ').trim();
  if (abstractText) {
    const repeats = body.length > 0 && foldKey(body[0]!.text).startsWith(foldKey(abstractText).slice(0, 200));
    work.pieces.push({ line: abstract[0]!.line, text: abstractText, role: 'meta', rule: repeats ? 'tagged/abstract-repeats-lead' : 'tagged/abstract' });
  }
  return body;
}

/** `الواحة 3 فبراير (وكالات)` -> place before the first digit or bracket, agency from the brackets. */
function parseDateline(text: string): Dateline {
  const place = /^[^\d\u0660-\u0669(（]+/u.exec(text)?.[0].replace(/[\s،,\-–ـ]+$/u, '').trim() ?? '';
  const paren = /\(([^()]{1,30})\)/u.exec(text);
  return { place: place || null, agency: paren ? (agencyOf(paren[1]!) ?? paren[1]!.trim()) : null, raw: text };
}

function setDate(work: Work, text: string): void {
  if (work.fields.dateRank >= 3) return;
  const found = findAnyDate(text);
  if (!found) return;
  work.fields.date = found.iso;
  work.fields.dateRaw = text.trim();
  work.fields.hijriDate = found.hijri;
  work.fields.dateRank = 3;
}
