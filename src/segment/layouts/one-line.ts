import { headerChrome, tailMarkers } from '../boilerplate/inline.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { sectionNames } from '../data/sections.js';
import { foldKey } from '../fold.js';
import { fuzzyRe, phraseSource, phrasesSource } from '../match.js';
import { drop, setField, wordCount, type Role, type Unit, type Work } from '../model.js';
import { leadingChromeRe } from './chrome.js';
import { findStamp, repeatedTail, type Stamp } from './stamp.js';
import { cutInline } from './widgets.js';

const sectionRe = new RegExp(`^(?:${phrasesSource(sectionNames)})\\s+`, 'u');
const headerChromeRe = new RegExp(`(?:${phrasesSource(headerChrome)})|Author,\\s*`, 'u');
const readingTime = fuzzyRe(/^\s*مدة\s+القراءة\s*:\s*\d+\s*\S+\s*/u);
const fontSize = /^[^]{0,400}?\s[Aa] [Aa]\s/u;
const bylineOnly = fuzzyRe(/^\s*كتب\s*:\s*([^:]{2,60}?)\s*[Aa] [Aa]\s*$/u);
const bylineCaption = fuzzyRe(/^\s*كتب\s*:\s*(.+?)\s*تصوير\s*:\s*(.+?)\s*[Aa] [Aa]\s*$/u);
const tailRe = new RegExp(tailMarkers.map(([p]) => `(${phraseSource(p, false)})`).join('|'), 'gu');
const verbs = new Set(leadVerbs.map(foldKey));
const pageSigns = new Set(['boilerplate/page-chrome', 'boilerplate/section', 'date/stamp', 'title/repeated', 'title/before-stamp', 'boilerplate/nav-bar']);
const afterSentence = /[.!?؟…"»”)]\s*$/u;

/** The head of a collapsed page being cut, piece by piece, into fields and boilerplate. */
class Head {
  constructor(
    public t: string,
    readonly u: Unit,
    readonly work: Work,
  ) {}

  cut(len: number, rule: string, role: Role = 'boilerplate'): void {
    drop(this.work, this.u.line, this.t.slice(0, len), role, rule);
    this.t = this.t.slice(len).trimStart();
  }

  cutChrome(): void {
    for (let m = leadingChromeRe.exec(this.t); m && m[0].length > 0; m = leadingChromeRe.exec(this.t)) this.cut(m[0].length, 'boilerplate/page-chrome');
  }
}

/** `X X …` — a page title printed twice (page title, then heading). Returns the title's length, or 0. */
function repeatedTitle(text: string): number {
  let end = -1;
  for (let k = 1; k <= 30; k++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0 || 2 * end + 1 > text.length) return 0;
    if (k >= 3 && text.startsWith(text.slice(0, end), end + 1) && (text.length === 2 * end + 1 || text[2 * end + 1] === ' ')) return end;
  }
  return 0;
}

/** Headline = the words before the first lead verb ("كشف بحث جديد أن …"), 3–30 words in. */
function titleByLeadVerb(text: string): number {
  const words = text.slice(0, 800).split(' ', 32);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    if (i >= 3 && verbs.has(foldKey(words[i]!))) return at;
    at += words[i]!.length + 1;
  }
  return 0;
}

/** Before the stamp: [section] headline [page info] — or a navigation bar. Returns the text before the stamp. */
function readBeforeStamp(h: Head, stamp: Stamp): string {
  let pre = h.t.slice(0, stamp.start).trim();
  const section = sectionRe.exec(pre);
  if (section && wordCount(pre.slice(section[0].length)) >= 3) {
    drop(h.work, h.u.line, section[0], 'boilerplate', 'boilerplate/section');
    pre = pre.slice(section[0].length);
  }
  const chrome = headerChromeRe.exec(pre);
  const head = chrome ? pre.slice(0, chrome.index).trim() : pre;
  if (h.work.fields.title === null && wordCount(head) >= 3 && wordCount(head) <= 30 && !/[.…]$/u.test(head)) {
    setField(h.work, 'title', head);
    drop(h.work, h.u.line, head, 'title', 'title/before-stamp');
    if (chrome) drop(h.work, h.u.line, pre.slice(chrome.index), 'boilerplate', 'boilerplate/page-info');
  } else if (pre) drop(h.work, h.u.line, pre, 'boilerplate', wordCount(pre) > 30 ? 'boilerplate/nav-bar' : 'boilerplate/page-chrome');
  const author = /Author,\s*(.+)$/u.exec(pre);
  if (author) setField(h.work, 'author', author[1]!.trim());
  return pre;
}

/**
 * `كتب: NAME CAPTION تصوير : CREDIT CAPTION A A`: the photo caption stands on both sides of the photo credit, so
 * what is left between `كتب:` and the first caption is the writer's name.
 */
function bylineBeforeCaption(chunk: string): string | null {
  const m = bylineCaption.exec(chunk);
  if (!m) {
    const plain = bylineOnly.exec(chunk);
    return plain && wordCount(plain[1]!) <= 4 ? plain[1]!.trim() : null;
  }
  const [, before, after] = m;
  const caption = after!.trim().split(' ').slice(1).join(' ');
  if (caption && before!.trim().endsWith(caption)) {
    const name = before!.trim().slice(0, -caption.length).trim();
    if (wordCount(name) >= 1 && wordCount(name) <= 4) return name;
  }
  return wordCount(before!) <= 4 ? before!.trim() : null;
}

/** The stamp, then what follows it: a repeated title, reading time, byline and caption up to `A A`, a headline. */
function readStampAndAfter(h: Head, stamp: Stamp, pre: string): void {
  const f = h.work.fields;
  if (f.dateRank < 3) Object.assign(f, { date: stamp.date.iso, dateRaw: h.t.slice(stamp.start, stamp.end).trim(), hijriDate: stamp.date.hijri, dateRank: 3 });
  drop(h.work, h.u.line, h.t.slice(stamp.start, stamp.end), 'date', 'date/stamp');
  h.t = h.t.slice(stamp.end).trimStart();
  const again = repeatedTail(pre, h.t);
  if (again > 0) h.cut(again, 'boilerplate/repeated-title');
  const rt = readingTime.exec(h.t);
  if (rt) h.cut(rt[0].length, 'boilerplate/reading-time');
  const fs = fontSize.exec(h.t);
  if (fs && wordCount(fs[0]) <= 40) {
    const author = bylineBeforeCaption(fs[0]);
    if (author) setField(h.work, 'author', author);
    h.cut(fs[0].length, 'boilerplate/byline-caption');
  }
  if (f.title === null) {
    const len = titleByLeadVerb(h.t);
    if (len > 0) {
      setField(h.work, 'title', h.t.slice(0, len).trim());
      h.cut(len, 'title/before-lead', 'title');
    }
  }
}

/** Leading chrome, a doubled title, and the header around a publication stamp (when what precedes it is not prose). */
function cutHead(u: Unit, work: Work): string {
  const h = new Head(u.text, u, work);
  h.cutChrome();
  const twice = repeatedTitle(h.t);
  if (twice > 0) {
    setField(work, 'title', h.t.slice(0, twice));
    h.cut(twice * 2 + 1, 'title/repeated', 'title');
  }
  const stamp = findStamp(h.t);
  const before = stamp ? h.t.slice(0, stamp.start) : '';
  const prose = /[^.][.!?؟]\s/u.test(before) || verbs.has(foldKey(before.split(' ', 1)[0] ?? ''));
  if (stamp && stamp.start < 600 && !prose) readStampAndAfter(h, stamp, readBeforeStamp(h, stamp));
  h.cutChrome();
  return h.t;
}

/**
 * Cuts the tail of a collapsed page at the first credit / related / share marker in its second half that stands
 * after a finished sentence ("… غامضا. المصدر: رويترز …"); a marker word inside a sentence is text.
 */
function cutTail(t: string, u: Unit, work: Work): string {
  tailRe.lastIndex = Math.floor(t.length / 2);
  for (let m = tailRe.exec(t); m; m = tailRe.exec(t)) {
    if (!afterSentence.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
    const rule = tailMarkers[m.slice(1).findIndex((g) => g !== undefined)]?.[1] ?? 'boilerplate/tail';
    drop(work, u.line, t.slice(m.index), rule.startsWith('credit') ? 'credit' : 'boilerplate', rule);
    return t.slice(0, m.index).trimEnd();
  }
  return t;
}

const functionWords = new Set(['في', 'من', 'على', 'الي', 'عن', 'ان', 'مع', 'ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'هذا', 'هذه', 'ذلك', 'بعد', 'قبل', 'حتي', 'عند', 'كل', 'التي', 'الذي', 'الذين', 'انه', 'انها', 'او', 'ثم', 'هو', 'هي']);

/**
 * A few words after the last full stop of a collapsed page, with no punctuation and no function words of their
 * own, on a collapsed web page: a tag list ("اخبارمصر الداخلية حوادث"). A clause (with في/من/أن…, or opening
 * with و or a lead verb) is kept.
 */
export function cutTrailingTags(u: Unit, work: Work): Unit {
  // only on a page whose head showed it is a web page (chrome, a stamp or a doubled title was cut)
  if (!work.pieces.some((p) => pageSigns.has(p.rule))) return u;
  const out = u.text;
  const last = Math.max(out.lastIndexOf('.'), out.lastIndexOf('!'), out.lastIndexOf('؟'), out.lastIndexOf('?'), out.lastIndexOf('»'), out.lastIndexOf('"'));
  const frag = out.slice(last + 1).trim();
  if (last <= 0 || !/[\u0621-\u064A]{2}/u.test(frag) || wordCount(frag) > 12 || last < 120 || /[،,:*\d]/u.test(frag)) return u;
  const words = foldKey(frag).split(' ');
  if (words[0]!.startsWith('و') || verbs.has(words[0]!) || words.some((w) => functionWords.has(w))) return u;
  drop(work, u.line, frag, 'boilerplate', 'boilerplate/trailing-tags');
  return { line: u.line, text: out.slice(0, last + 1).trim() };
}

/** A web page collapsed onto one line: cuts chrome at the edges (and a few known widgets inside). */
export function readOneLine(u: Unit, work: Work): Unit[] {
  let t = cutHead(u, work);
  t = cutTail(t, u, work);
  t = cutInline(t, u, work).replace(/\s{2,}/gu, ' ').trim();
  return t ? [{ line: u.line, text: t }] : [];
}
