import type { Dateline } from '../../core/types.js';
import { agencyOf } from '../dateline.js';
import { foldKey } from '../fold.js';
import { findAnyDate } from '../dates/find.js';
import { addPiece, drop, putField, setField, type Role, type Unit, type Work } from '../work.js';
import { nextTag, type TagMatch } from './tag-scan.js';

type TagField = 'title' | 'date' | 'url' | 'site' | 'author' | 'abstract' | 'body' | 'dateline';
/** Tag names -> the field they fill; TEXT/BODY/P hold the body; anything else is metadata. */
const fieldNames: Readonly<Record<string, TagField>> = {
  TITLE: 'title', HEADLINE: 'title', HEADER: 'title', HEAD: 'title', HL: 'title',
  TIME: 'date', DATE: 'date', DATE_TIME: 'date', DATETIME: 'date', PUBDATE: 'date',
  URL: 'url', LINK: 'url',
  SRC: 'site', SOURCE: 'site', SITE: 'site', PUBLISHER: 'site',
  AUTHOR: 'author', BYLINE: 'author', WRITER: 'author',
  ABSTRACT: 'abstract', SUMMARY: 'abstract', LEAD: 'abstract',
  TEXT: 'body', BODY: 'body', CONTENT: 'body',
  DATELINE: 'dateline',
};
/** The same as a map: a tag's name is looked up at every closing tag, which a map does faster than an object. */
const fieldOfTag = new Map(Object.entries(fieldNames));
const sectionTags = new Set(['CAT', 'CATEGORY', 'SECTION', 'DESK']);
const docRe = /^\s*<DOC(?:\s[^<>]*)?>\s*$/iu;
const tagLine = /^\s*<\/?(?:DOCNO|TITLE|HEADLINE|TEXT|P|DATE|TIME|URL|SRC)>/iu;

/** Whether the text is a tagged (TREC/SGML, Gigaword) document: `<DOC>` first, or a TEXT/P tag early on. */
export function isTagged(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== '') ?? '';
  if (docRe.test(first)) return true;
  let tags = 0;
  // (a line without '<' holds no tag: the expression is not asked)
  const top = Math.min(12, lines.length);
  for (let k = 0; k < top; k++) if (lines[k]!.includes('<') && tagLine.test(lines[k]!)) tags++;
  // an XML export on one line: `<item><content><value>…</value><value>…</value></content></item>`
  return tags >= 2 || (/^\s*<[A-Za-z][\w:-]*[^<>]*>/u.test(first) && (first.slice(0, 20000).match(/<\/[A-Za-z]/gu) ?? []).length >= 3);
}

/** `name.toUpperCase()` for a tag's name (ASCII letters and `_`): most are upper case already and are kept as they are. */
function upper(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return name.toUpperCase();
  }
  return name;
}

interface Open {
  name: string;
  parts: Unit[];
}

const roleOf: Readonly<Record<string, Role>> = { title: 'title', site: 'site', author: 'byline', date: 'date', dateline: 'dateline' };

/** Reads tags line by line; what a tag holds goes to a field when it closes. */
class TagReader {
  readonly stack: Open[] = [];
  readonly body: Unit[] = [];
  readonly abstract: Unit[] = [];
  docId: string | null = null;
  docs = 0;

  constructor(readonly work: Work) {}

  /** A closed tag: paragraphs and TEXT go to the body, fields to the record, the rest is metadata. */
  close(open: Open): void {
    const field = fieldOfTag.get(open.name);
    const line = open.parts[0]?.line ?? 0;
    if (field === 'body' || field === 'abstract') {
      const into = field === 'body' ? this.body : this.abstract;
      for (const part of open.parts) into.push(part); // no spread: a body can hold more lines than the stack has room for
      return;
    }
    const text = open.parts.length === 1 ? open.parts[0]!.text : open.parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
    if (!text) return;
    // a paragraph, or any element of no known meaning inside a body element (`<content><value>…`), is body text
    if (open.name === 'P' || (field === undefined && this.stack.some((o) => fieldOfTag.get(o.name) === 'body'))) {
      this.body.push({ line, text });
      return;
    }
    const w = this.work;
    if (w.trace) w.pieces.push({ line, text, role: (field && roleOf[field]) ?? 'meta', rule: `tagged/${open.name.toLowerCase()}` });
    // a tag of no field keeps its text in the record: the section (`<CAT>`) or the metadata map (`<DOCNO>`)
    if (field === undefined) {
      if (sectionTags.has(open.name) && putField(w, 'section', text)) return;
      const key = open.name.toLowerCase();
      w.fields.meta[key] = w.fields.meta[key] === undefined ? text : `${w.fields.meta[key]} ${text}`;
      return;
    }
    if (!keepTag(w, field, text)) drop(w, line, text, 'boilerplate', `tagged/${open.name.toLowerCase()}-extra`);
  }

  /** Text between tags goes to the innermost open tag (outside any tag it is boilerplate); false when it is blank. */
  take(s: string, n: number): boolean {
    const t = s.trim();
    if (!t) return false;
    const top = this.stack[this.stack.length - 1];
    if (top) top.parts.push({ line: n, text: t });
    else drop(this.work, n, t, 'boilerplate', 'tagged/outside');
    return true;
  }

  tag(m: TagMatch): void {
    const name = upper(m.name);
    if (m.closing) {
      // the innermost open tag of that name (a loop: no array of names built per closing tag)
      let at = this.stack.length - 1;
      while (at >= 0 && this.stack[at]!.name !== name) at--;
      if (at >= 0) while (this.stack.length > at) this.close(this.stack.pop()!);
      return;
    }
    if (name === 'DOC') {
      this.docs++;
      this.docId ??= /id="([^"]+)"/iu.exec(m.attrs)?.[1] ?? null;
    }
    this.stack.push({ name, parts: [] });
  }

  line(raw: string, n: number): void {
    // a line with no '<' holds no tag: all of it is text (the expression would scan it to find none)
    if (!raw.includes('<')) {
      this.take(raw, n);
      return;
    }
    let last = 0;
    // any text between the tags (a line of tags alone is markup)
    let text = false;
    for (let m = nextTag(raw, 0); m; m = nextTag(raw, last)) {
      text = this.take(raw.slice(last, m.index), n) || text;
      last = m.end;
      this.tag(m);
    }
    text = this.take(raw.slice(last), n) || text;
    if (last > 0 && !text) drop(this.work, n, raw, 'boilerplate', 'tagged/markup');
  }
}

/** After the last tag: many-docs warning, the date in a Gigaword id, the abstract kept out of the body. */
function finish(r: TagReader, work: Work): void {
  if (r.docId) work.fields.meta.docid ??= r.docId;
  if (r.docs > 1) work.warnings.push({ rule: 'segment/many-docs', line: null, message: `The file holds ${r.docs} <DOC> elements; they were read as one article (split the file to get one record each).` });
  // Gigaword ids carry the day: AFP_ARB_20000101.0001
  const d = r.docId && !work.fields.date ? /_(\d{4})(\d{2})(\d{2})\./u.exec(r.docId) : null;
  if (d) setDate(work, `${d[1]}-${d[2]}-${d[3]}`);
  const abstractText = r.abstract.map((u) => u.text).join(' ').trim();
  if (abstractText) {
    // an abstract repeats or rewords the lead: it stays out of the body (shown by inspect)
    const repeats = r.body.length > 0 && foldKey(r.body[0]!.text).startsWith(foldKey(abstractText).slice(0, 200));
    addPiece(work, r.abstract[0]!.line, abstractText, 'meta', repeats ? 'tagged/abstract-repeats-lead' : 'tagged/abstract');
    work.fields.meta.abstract = abstractText;
  }
}

/** A tagged document: tags become fields, the TEXT (or its <P> paragraphs) becomes the body units. */
export function readTagged(lines: readonly string[], work: Work): Unit[] {
  const r = new TagReader(work);
  lines.forEach((raw, i) => r.line(raw, i + 1));
  while (r.stack.length > 0) r.close(r.stack.pop()!);
  finish(r, work);
  return r.body;
}

/** Puts a tag's text into its field; false when the field was taken (a second <TITLE>): the caller audits it. */
function keepTag(w: Work, field: 'title' | 'date' | 'url' | 'site' | 'author' | 'dateline' | undefined, text: string): boolean {
  switch (field) {
    case 'title':
      return putField(w, 'title', text);
    case 'site':
      return putField(w, 'sitename', text);
    case 'author':
      return putField(w, 'author', text);
    case 'url':
    case 'dateline':
      if (w.fields[field] !== null) return false;
      if (field === 'url') w.fields.url = text;
      else w.fields.dateline = parseDateline(text);
      return true;
    case 'date':
      return setDate(w, text);
    default:
      return true;
  }
}

/** `الواحة 3 فبراير (وكالات)` -> place before the first digit or bracket, agency from the brackets. */
function parseDateline(text: string): Dateline {
  const place = /^[^\d\u0660-\u0669(（]+/u.exec(text)?.[0].replace(/[\s،,\-–ـ]+$/u, '').trim() ?? '';
  const paren = /\(([^()]{1,30})\)/u.exec(text);
  return { place: place || null, agency: paren ? (agencyOf(paren[1]!) ?? paren[1]!.trim()) : null, raw: text };
}

/** Sets the date from a date tag; false when a date was already set (or the tag states none and must be audited). */
function setDate(work: Work, text: string): boolean {
  if (work.fields.dateRank >= 3) return false;
  const found = findAnyDate(text);
  if (!found) return false;
  work.fields.date = found.iso;
  work.fields.dateRaw = text.trim();
  work.fields.hijriDate = found.hijri;
  work.fields.dateRank = 3;
  return true;
}
