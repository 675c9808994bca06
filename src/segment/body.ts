import type { Block } from '../core/types.js';
import { leadVerbs } from './data/lead-verbs.js';
import { findNamedDate } from './dates/find.js';
import { D } from './dates/patterns.js';
import { weekdayTreeSource } from './dates/months.js';
import { foldKey } from './fold.js';
import type { BodyUnit } from './layouts/plain.js';
import { fuzzyRe } from './fuzzy-phrases.js';
import { drop, sentenceEnd, wordCount, type Unit, type Work } from './work.js';

// The body's blocks, once the layouts have cut it out: subheadings told from paragraphs, a headline printed again
// as the first line dropped, and the date a lead states for "today".

/** Verbs that, after و/ف, open a sentence of reported speech ("وقال …", "وأضاف …"), never a subheading. */
const speechVerbs = new Set(
  [...leadVerbs, 'تابع', 'تابعت', 'لفت', 'لفتت', 'بين', 'بينت', 'شدد', 'شددت', 'رأى', 'رأت', 'اعتبر', 'اعتبرت', 'أضاف', 'أضافت', 'يقول', 'تقول', 'يضيف', 'تضيف'].map(foldKey),
);

/** Whether a line opens like a sentence: و/ف + a speech or lead verb, or a `بقلم` byline. */
function opensSentence(text: string): boolean {
  const first = foldKey(text.split(' ', 1)[0] ?? '');
  if (first === 'بقلم' || first.startsWith('بقلم:')) return true;
  return (first.startsWith('و') || first.startsWith('ف')) && speechVerbs.has(first.slice(1));
}

/** A short line between paragraphs with no sentence punctuation (when no line model said): a subheading. */
function looksLikeHeading(u: BodyUnit, i: number, n: number): boolean {
  return i > 0 && i < n - 1 && u.text.length <= 90 && wordCount(u.text) <= 10 && !sentenceEnd.test(u.text) && !/[:،,]$/u.test(u.text) && !opensSentence(u.text);
}

/** Body units -> blocks: the line model's subheadings, or (tagged layouts) short unpunctuated lines between paragraphs. */
export function toBlocks(units: readonly BodyUnit[], work: Work): Block[] {
  return units.map((u, i) => {
    const heading = u.heading ?? looksLikeHeading(u, i, units.length);
    if (work.trace) work.pieces.push({ line: u.line, text: u.text, role: heading ? 'heading' : 'paragraph', rule: heading ? 'block/heading' : 'block/paragraph', ...(u.reason ? { reason: u.reason } : {}) });
    return { type: heading ? 'heading' : 'paragraph', text: u.text };
  });
}

/** A title given by a tag or header line and printed again as the first body line is not body. */
export function dropRepeatedTitle(units: BodyUnit[], work: Work): BodyUnit[] {
  const first: Unit | undefined = units[0];
  const title = work.fields.title;
  if (!first || title === null || first.text.length > title.length + 4 || foldKey(first.text) !== foldKey(title)) return units;
  drop(work, first.line, first.text, 'boilerplate', 'title/repeated');
  return units.slice(1);
}

/** Words before a lead date that make it an event's day, not the report's. */
const eventBefore = fuzzyRe(/(?:^|\s)(?:أمس|امس|البارحة|بداية من|ابتداء من|انطلاقا من|اعتبارا من|حتى|إلى غاية|الى غاية|المقبل|القادم|الماضي|ستقام|تقام|ستنطلق|تنطلق|ستعقد|جرت|وقعت|شهدت|شهده|شهدها)(?=[\s،,:]|$)[^.؟!]*$/u);
/** `اليوم الأحد …`, `صباح اليوم …`: the lead tells today's date. */
const todayBefore = fuzzyRe(/(?:^|\s|")اليوم\s*[،,:]?\s*$/u);
// (both are only asked whether they match: the tree of the names serves)
/**
 * A weekday with a figure at most 24 units after it: a dated weekday the finder can read (it looks for the weekday in
 * the 24 units before the day's figure: find.ts), which a lead's "today" needs. Anything else is not searched for a date.
 */
export const weekdayThenFigure = new RegExp(`(?:${weekdayTreeSource})[^]{0,24}${D}`, 'u');
const weekdayFirst = new RegExp(`^(?:يوم\\s+)?(?:${weekdayTreeSource})`, 'u');

/** The article's date when no metadata or dateline gave one: a dated "today" at the start of the lead. */
export function dateFromLead(blocks: readonly Block[], work: Work): void {
  if (work.fields.dateRank > 0) return;
  const lead = blocks.find((b) => b.type === 'paragraph');
  if (!lead) return;
  const head = lead.text.slice(0, 400);
  // (the date expressions only run when a weekday stands right before a figure)
  if (!weekdayThenFigure.test(head)) return;
  const found = findNamedDate(head);
  // Only a dated day of the week ("الجمعة 3 نوفمبر 2017") dates the report; a bare date in the lead is an event.
  if (!found || !weekdayFirst.test(found.raw)) return;
  // ... and only "today" at the start of the lead: "أمس الأربعاء …", "بداية من يوم …", "التي جرت يوم …" are events
  // (the date's span may open with the "يوم" of "اليوم الأحد …": look before the weekday itself)
  const at = found.index + (/^يوم\s+/u.exec(found.raw)?.[0].length ?? 0);
  const before = lead.text.slice(Math.max(0, at - 30), at);
  if (eventBefore.test(before) || (at > 40 && !todayBefore.test(before))) return;
  Object.assign(work.fields, { date: found.iso, dateRaw: found.raw, hijriDate: found.hijri, dateRank: 1 });
}
