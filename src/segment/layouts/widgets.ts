import { inlineMarkers } from '../boilerplate/inline.js';
import { fuzzyRe, phrasesSource } from '../match.js';
import { drop, wordCount, type Unit, type Work } from '../model.js';
import { findStamp, repeatedTail } from './stamp.js';

const inlineRe = new RegExp(`(?:${phrasesSource(inlineMarkers.map(([p]) => p), false)})\\s*`, 'gu');
const skipWidget = fuzzyRe(/تخطى\s+(\S+(?:\s+\S+){0,2})\s+وواصل\s+القراءة/gu);
/** A skip link that opens a live-blog entry, with the bare short link that may precede it. */
const skipLink = new RegExp(`(?:https?://\\S+\\s+)?(?:${phrasesSource(['تخطي إلى الجزء التالي', 'تخطى إلى الجزء التالي', 'انتقل إلى الجزء التالي'], false)})`, 'gu');
const sentencePunct = /[.!?؟]/gu;

type Span = [from: number, to: number, rule: string];

/** `تخطى X وواصل القراءة … X نهاية`: a "most read" or podcast box inside the text (searched within 3000 chars). */
function skipWidgets(t: string, spans: Span[]): void {
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
}

/** Position of the last sentence punctuation in `t`, or -1 (found once, so each entry test is O(1)). */
function lastSentencePunct(t: string): number {
  let last = -1;
  sentencePunct.lastIndex = 0;
  for (let m = sentencePunct.exec(t); m; m = sentencePunct.exec(t)) last = m.index;
  return last;
}

/**
 * Live-blog entry headers: `[link] تخطي إلى الجزء التالي <entry title> <stamp> <entry title>`. The header is cut
 * through the repeated title; a header with no sentence after it (a page cut short) is cut to the end.
 */
function entryHeaders(t: string, spans: Span[]): void {
  const lastPunct = lastSentencePunct(t);
  skipLink.lastIndex = 0;
  for (let m = skipLink.exec(t); m; m = skipLink.exec(t)) {
    const bodyAt = m.index + m[0].length;
    const window = t.slice(bodyAt, bodyAt + 400);
    const stamp = findStamp(window);
    let end = bodyAt;
    if (stamp && wordCount(window.slice(0, stamp.start)) <= 30) {
      const afterAt = bodyAt + stamp.end + (/^\s*/u.exec(window.slice(stamp.end))?.[0].length ?? 0);
      const again = repeatedTail(window.slice(0, stamp.start), t.slice(afterAt, afterAt + 800));
      end = lastPunct > afterAt ? afterAt + again : t.length;
    } else if (lastPunct < bodyAt) end = t.length;
    spans.push([m.index, end, 'boilerplate/entry-header']);
    if (end === t.length) break;
  }
}

/** Cuts related-link markers, skip widgets and live-blog entry headers inside the text of a collapsed page. */
export function cutInline(t: string, u: Unit, work: Work): string {
  const spans: Span[] = [];
  skipWidgets(t, spans);
  entryHeaders(t, spans);
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to, rule] of spans) {
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
