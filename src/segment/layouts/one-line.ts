import { headerChrome, inlineMarkers, stampLabels, tailMarkers } from '../boilerplate/inline.js';
import { leadingChromeRe } from './chrome.js';
import { leadVerbs } from '../data/lead-verbs.js';
import { sectionNames } from '../data/sections.js';
import { findAnyDate, type FoundDate } from '../dates/find.js';
import { foldKey } from '../fold.js';
import { phraseSource, phrasesSource, fuzzyRe } from '../match.js';
import { drop, sentenceEnd, setField, wordCount, type Unit, type Work } from '../model.js';

const leadingRe = leadingChromeRe;
const sectionRe = new RegExp(`^(?:${phrasesSource(sectionNames)})\\s+`, 'u');
const labelBefore = new RegExp(`(?:${phrasesSource(stampLabels)})\\s*$`, 'u');
const weekdayBefore = fuzzyRe(/(?:السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|الجمعه)\s*[،,]?\s*$/u);
const timeAfter = fuzzyRe(/^\s*[|،,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:GMT|UTC|ت\s?غ|ص|م))?/u);
const namedAfter = /^\s*[0-9\u0660-\u0669]{1,2}\s+\S+\s+[0-9\u0660-\u0669]{4}/u;
const headerChromeRe = new RegExp(`(?:${phrasesSource(headerChrome)})|Author,\\s*`, 'u');
const readingTime = fuzzyRe(/^\s*مدة\s+القراءة\s*:\s*\d+\s*\S+\s*/u);
const fontSize = /^[^]{0,400}?\sA A\s/u;
const tailRe = new RegExp(tailMarkers.map(([p]) => `(${phraseSource(p, false)})`).join('|'), 'gu');
const inlineRe = new RegExp(`(?:${phrasesSource(inlineMarkers.map(([p]) => p), false)})\\s*`, 'gu');
const verbs = new Set(leadVerbs.map(foldKey));
const skipWidget = fuzzyRe(/تخطى\s+(\S+(?:\s+\S+){0,2})\s+وواصل\s+القراءة/gu);
/** A skip link that opens a live-blog entry, with the bare short link that may precede it. */
const skipLink = new RegExp(`(?:https?://\\S+\\s+)?(?:${phrasesSource(['تخطي إلى الجزء التالي', 'تخطى إلى الجزء التالي', 'انتقل إلى الجزء التالي'], false)})`, 'gu');

interface Stamp {
  start: number;
  end: number;
  date: FoundDate;
}

/** A publication stamp near the top: a labelled date, a weekday + date, a date + time, or two forms side by side. */
/** Cheap test before the date expressions run: a clock time, a stamp label, or a `YYYY/M/D` date. */
const stampHint = fuzzyRe(/[0-9\u0660-\u0669]:[0-9\u0660-\u0669]{2}|Published|Updated|نشر|تحديث|[0-9]{4}\/[0-9]{1,2}\/[0-9]|(?:السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة)\s+[0-9]/u);

function findStamp(text: string): Stamp | null {
  const window = text.slice(0, 700);
  if (!stampHint.test(window)) return null;
  const d = findAnyDate(window);
  if (!d) return null;
  const before = window.slice(0, d.index);
  const label = labelBefore.exec(before) ?? weekdayBefore.exec(before);
  const after = window.slice(d.index + d.raw.length);
  const time = timeAfter.exec(after);
  const twin = namedAfter.exec(after) ? findAnyDate(after.slice(0, 40)) : null;
  if (!label && !time && !twin) return null;
  const start = label ? label.index : d.index;
  let end = d.index + d.raw.length + (time ? time[0].length : 0);
  if (twin && twin.index < 5) end = d.index + d.raw.length + twin.index + twin.raw.length;
  return { start, end, date: d };
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

function cutHead(u: Unit, work: Work): string {
  let t = u.text;
  const cut = (len: number, rule: string, role: 'boilerplate' | 'title' | 'date' = 'boilerplate'): void => {
    drop(work, u.line, t.slice(0, len), role, rule);
    t = t.slice(len).trimStart();
  };
  for (let m = leadingRe.exec(t); m && m[0].length > 0; m = leadingRe.exec(t)) cut(m[0].length, 'boilerplate/page-chrome');
  const twice = repeatedTitle(t);
  if (twice > 0) {
    setField(work, 'title', t.slice(0, twice));
    cut(twice * 2 + 1, 'title/repeated', 'title');
  }
  const stamp = findStamp(t);
  const preText = stamp ? t.slice(0, stamp.start) : '';
  const prose = /[^.][.!?؟]\s/u.test(preText) || verbs.has(foldKey(preText.split(' ', 1)[0] ?? ''));
  if (stamp && stamp.start < 600 && !prose) {
    if (work.fields.dateRank < 3) Object.assign(work.fields, { date: stamp.date.iso, dateRaw: t.slice(stamp.start, stamp.end).trim(), hijriDate: stamp.date.hijri, dateRank: 3 });
    let pre = t.slice(0, stamp.start).trim();
    const section = sectionRe.exec(pre);
    if (section && wordCount(pre.slice(section[0].length)) >= 3) {
      drop(work, u.line, section[0], 'boilerplate', 'boilerplate/section');
      pre = pre.slice(section[0].length);
    }
    const chrome = headerChromeRe.exec(pre);
    const head = chrome ? pre.slice(0, chrome.index).trim() : pre;
    if (work.fields.title === null && wordCount(head) >= 3 && wordCount(head) <= 30 && !/[.…]$/u.test(head)) {
      setField(work, 'title', head);
      drop(work, u.line, head, 'title', 'title/before-stamp');
      if (chrome) drop(work, u.line, pre.slice(chrome.index), 'boilerplate', 'boilerplate/page-info');
    } else if (pre) drop(work, u.line, pre, 'boilerplate', wordCount(pre) > 30 ? 'boilerplate/nav-bar' : 'boilerplate/page-chrome');
    const author = /Author,\s*(.+)$/u.exec(pre);
    if (author) setField(work, 'author', author[1]!.trim());
    drop(work, u.line, t.slice(stamp.start, stamp.end), 'date', 'date/stamp');
    t = t.slice(stamp.end).trimStart();
    const again = repeatedTail(pre, t);
    if (again > 0) cut(again, 'boilerplate/repeated-title');
    const rt = readingTime.exec(t);
    if (rt) cut(rt[0].length, 'boilerplate/reading-time');
    const fs = fontSize.exec(t);
    if (fs && wordCount(fs[0]) <= 40) cut(fs[0].length, 'boilerplate/byline-caption');
    if (work.fields.title === null) {
      const len = titleByLeadVerb(t);
      if (len > 0) {
        setField(work, 'title', t.slice(0, len).trim());
        cut(len, 'title/before-lead', 'title');
      }
    }
  }
  for (let m = leadingRe.exec(t); m && m[0].length > 0; m = leadingRe.exec(t)) cut(m[0].length, 'boilerplate/page-chrome');
  return t;
}

/** Cuts the tail of a collapsed page at the first credit / related / share marker in its second half. */
function cutTail(t: string, u: Unit, work: Work): string {
  tailRe.lastIndex = Math.floor(t.length / 2);
  const m = tailRe.exec(t);
  let out = t;
  if (m) {
    const rule = tailMarkers[m.slice(1).findIndex((g) => g !== undefined)]?.[1] ?? 'boilerplate/tail';
    drop(work, u.line, out.slice(m.index), rule.startsWith('credit') ? 'credit' : 'boilerplate', rule);
    out = out.slice(0, m.index).trimEnd();
  }
  return out;
}

/** The length of the longest run of 3–30 words ending `before` that `text` starts with (a repeated title), or 0. */
function repeatedTail(before: string, text: string): number {
  const words = before.slice(-800).trim().split(' ');
  for (let k = Math.min(30, words.length); k >= 3; k--) {
    const tail = words.slice(-k).join(' ');
    if (text.startsWith(tail) && (text.length === tail.length || text[tail.length] === ' ')) return tail.length;
  }
  return 0;
}

/** Spans of `t` to cut: skip widgets (`تخطى X وواصل القراءة … X نهاية`) and live-blog entry headers. */
function widgetSpans(t: string): [number, number, string][] {
  const spans: [number, number, string][] = [];
  skipWidget.lastIndex = 0;
  for (let m = skipWidget.exec(t); m; m = skipWidget.exec(t)) {
    const from = m.index + m[0].length;
    const endRe = new RegExp(`${m[1]!.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}\\s+نهاي[ةه]`, 'u');
    const end = endRe.exec(t.slice(from, from + 3000));
    if (end) {
      spans.push([m.index, from + end.index + end[0].length, 'boilerplate/skip-widget']);
      skipWidget.lastIndex = from + end.index + end[0].length;
    }
  }
  skipLink.lastIndex = 0;
  for (let m = skipLink.exec(t); m; m = skipLink.exec(t)) {
    const from = m.index;
    const rest = t.slice(from + m[0].length);
    const stamp = findStamp(rest.slice(0, 400));
    let end = from + m[0].length;
    if (stamp && wordCount(rest.slice(0, stamp.start)) <= 30) {
      const afterStamp = rest.slice(stamp.end).trimStart();
      const again = repeatedTail(rest.slice(0, stamp.start), afterStamp);
      end = /[.!?؟]/u.test(afterStamp) ? t.length - afterStamp.length + again : t.length;
    } else if (!/[.!?؟]/u.test(rest)) end = t.length;
    spans.push([from, end, 'boilerplate/entry-header']);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Cuts related-link markers, skip widgets and live-blog entry headers inside the text. */
function cutInline(t: string, u: Unit, work: Work): string {
  let out = '';
  let at = 0;
  for (const [from, to, rule] of widgetSpans(t)) {
    if (from < at) continue;
    out += t.slice(at, from);
    drop(work, u.line, t.slice(from, to), 'boilerplate', rule);
    at = to;
  }
  out += t.slice(at);
  return out.replace(inlineRe, (m) => {
    drop(work, u.line, m, 'boilerplate', 'boilerplate/related-marker');
    return '';
  });
}

const functionWords = new Set(['في', 'من', 'على', 'الي', 'عن', 'ان', 'مع', 'ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'هذا', 'هذه', 'ذلك', 'بعد', 'قبل', 'حتي', 'عند', 'كل', 'التي', 'الذي', 'الذين', 'انه', 'انها', 'او', 'ثم', 'هو', 'هي']);

/**
 * A few words after the last full stop of a collapsed page, with no punctuation and no function words of their
 * own: a tag list ("اخبارمصر الداخلية حوادث"). A clause (with في/من/أن…, or opening with و) is kept.
 */
export function cutTrailingTags(u: Unit, work: Work): Unit {
  const out = u.text;
  const last = Math.max(out.lastIndexOf('.'), out.lastIndexOf('!'), out.lastIndexOf('؟'), out.lastIndexOf('?'), out.lastIndexOf('»'), out.lastIndexOf('"'));
  const frag = out.slice(last + 1).trim();
  if (last <= 0 || !/[\u0621-\u064A]{2}/u.test(frag) || wordCount(frag) > 12 || wordCount(out.slice(0, last)) < 20 || /[،,:*\d]/u.test(frag)) return u;
  const words = foldKey(frag).split(' ');
  if (words[0]!.startsWith('و') || words.some((w) => functionWords.has(w))) return u;
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
