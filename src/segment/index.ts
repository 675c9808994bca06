import { fuzzyRe } from './match.js';
import type { Block, Segmented } from '../core/types.js';
import { readBottom } from './bottom.js';
import { compileRules } from './boilerplate/compile.js';
import { findNamedDate } from './dates/find.js';
import { readHeader, plainUnits } from './layouts/header.js';
import { readListRepr } from './layouts/list-repr.js';
import { cutTrailingTags, readOneLine } from './layouts/one-line.js';
import { isTagged, readTagged } from './layouts/tagged.js';
import { drop, sentenceEnd, wordCount, type Fields, type Piece, type SegmentRules, type Unit, type Work } from './model.js';
import { foldKey } from './fold.js';
import { leadVerbs } from './data/lead-verbs.js';
import { readTop } from './top.js';
import { readPlain, type BodyUnit } from './layouts/plain.js';
import { lineWeights } from './lines/weights.js';
import { pieceWeights } from './lines/piece-weights.js';
import { splitPieces } from './layouts/pieces.js';
import type { LineModel } from './lines/model.js';
import { addAgency } from './dateline.js';

export type { Piece, Role, SegmentRules } from './model.js';

export interface SegmentOptions {
  /** User rules from `--rules FILE` (plain JSON data). */
  rules?: SegmentRules | undefined;
  /** The line model (default: the weights shipped in lines/weights.ts); the trainer passes others. */
  model?: LineModel | undefined;
  /** The model for the pieces of a one-line page (default: lines/piece-weights.ts). */
  pieceModel?: LineModel | undefined;
}

/** The segmentation and, for `tanqih inspect`, every piece of every line with its role and rule. */
export interface SegmentTrace {
  segmented: Segmented;
  pieces: Piece[];
}

function newWork(options: SegmentOptions, trace: boolean): Work {
  return {
    trace,
    fields: {
      kicker: null, title: null, subtitle: null, section: null, sitename: null, author: null, date: null, dateRaw: null,
      hijriDate: null, dateline: null, url: null, agencies: [], meta: {}, dateRank: 0,
    },
    pieces: [],
    warnings: [],
    notes: [],
    boilerplate: [],
    rules: compileRules(options.rules),
  };
}

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

/** A short line between paragraphs, without sentence punctuation: a subheading (the line model's, when it ran). */
function toBlocks(units: readonly BodyUnit[], work: Work): Block[] {
  return units.map((u, i) => {
    const heading = u.heading ?? (i > 0 && i < units.length - 1 && u.text.length <= 90 && wordCount(u.text) <= 10 && !sentenceEnd.test(u.text) && !/[:،,]$/u.test(u.text) && !opensSentence(u.text));
    if (work.trace) work.pieces.push({ line: u.line, text: u.text, role: heading ? 'heading' : 'paragraph', rule: heading ? 'block/heading' : 'block/paragraph', ...(u.reason ? { reason: u.reason } : {}) });
    return { type: heading ? 'heading' : 'paragraph', text: u.text };
  });
}

/** A title given by a tag or header line and printed again as the first body line is not body. */
function dropRepeatedTitle(units: Unit[], work: Work): Unit[] {
  const first = units[0];
  const title = work.fields.title;
  if (!first || title === null || first.text.length > title.length + 4 || foldKey(first.text) !== foldKey(title)) return units;
  drop(work, first.line, first.text, 'boilerplate', 'title/repeated');
  return units.slice(1);
}

/** The article's date when no metadata or dateline gave one: the first complete date in the opening paragraph. */
function dateFromLead(blocks: readonly Block[], work: Work): void {
  if (work.fields.dateRank > 0) return;
  const lead = blocks.find((b) => b.type === 'paragraph');
  if (!lead) return;
  const found = findNamedDate(lead.text.slice(0, 400));
  // Only a dated day of the week ("الجمعة 3 نوفمبر 2017") dates the report; a bare date in the lead is an event.
  if (!found || !weekdayFirst.test(found.raw)) return;
  // ... and only "today" at the start of the lead: "أمس الأربعاء …", "بداية من يوم …", "التي جرت يوم …" are events
  // (the date's span may open with the "يوم" of "اليوم الأحد …": look before the weekday itself)
  const at = found.index + (/^يوم\s+/u.exec(found.raw)?.[0].length ?? 0);
  const before = lead.text.slice(Math.max(0, at - 30), at);
  if (eventBefore.test(before) || (at > 40 && !todayBefore.test(before))) return;
  Object.assign(work.fields, { date: found.iso, dateRaw: found.raw, hijriDate: found.hijri, dateRank: 1 });
}

/** Words before a lead date that make it an event's day, not the report's. */
const eventBefore = fuzzyRe(/(?:^|\s)(?:أمس|امس|البارحة|بداية من|ابتداء من|انطلاقا من|اعتبارا من|حتى|إلى غاية|الى غاية|المقبل|القادم|الماضي|ستقام|تقام|ستنطلق|تنطلق|ستعقد|جرت|جدت|جدّت|وقعت|شهدت|شهده|شهدها)(?=[\s،,:]|$)[^.؟!]*$/u);
/** `اليوم الأحد …`, `صباح اليوم …`: the lead tells today's date. */
const todayBefore = fuzzyRe(/(?:^|\s|")اليوم\s*[،,:]?\s*$/u);

const weekdayFirst = fuzzyRe(/^(?:يوم\s+)?(?:ال)?(?:سبت|أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه)/u);

/**
 * The agency named in a dateline (`بيروت ـ (رويترز) -`, `… م واس`) is one of the article's agencies. A dateline
 * opens the text, so its agency comes before the credits found lower down; the same agency is listed once.
 */
function addDatelineAgency(f: Fields): void {
  if (f.dateline?.agency) addAgency(f.agencies, f.dateline.agency, true);
}

/** Which layout a text has, and its units: tagged (body units), one collapsed line, or plain lines. */
function layoutOf(lines: readonly string[], work: Work): { kind: 'tagged' | 'one-line' | 'plain'; units: Unit[] } {
  if (isTagged(lines)) return { kind: 'tagged', units: readTagged(lines, work) };
  const start = readHeader(lines, work);
  const units = plainUnits(lines, start);
  const list = readListRepr(units, work);
  if (list) return { kind: 'plain', units: list };
  if (units.length === 1 && start === 0) return { kind: 'one-line', units: splitPieces(units[0]!) };
  return { kind: 'plain', units };
}

/** The units a text hands the line model (lines, or the pieces of a one-line page), for the trainer; null when tagged. */
export function planLines(text: string, options: SegmentOptions = {}): { kind: 'one-line' | 'plain'; units: Unit[]; work: Work } | null {
  const work = newWork(options, false);
  const layout = layoutOf(text.split('\n'), work);
  return layout.kind === 'tagged' ? null : { kind: layout.kind, units: layout.units, work };
}

/** text -> Article fields, with the role and rule of every piece of every line. */
export function segmentTrace(text: string, options: SegmentOptions = {}, trace = true): SegmentTrace {
  const work = newWork(options, trace);
  const lines = text.split('\n');
  const layout = layoutOf(lines, work);
  let units: BodyUnit[] = layout.units;
  if (layout.kind === 'one-line') {
    work.notes.push({ rule: 'segment/one-line', line: units[0]!.line, message: 'The whole text is on one line (a collapsed web page?): it was cut into pieces where its line breaks must have been.' });
    units = readPlain(layout.units, work, options.pieceModel ?? pieceWeights, true);
  } else if (layout.kind === 'plain') units = readPlain(units, work, options.model ?? lineWeights);
  // a tagged export with no headline tag: its body may still open with a headline, site or byline line
  else if (work.fields.title === null && units.length > 1) units = readPlain(units, work, options.model ?? lineWeights);
  units = dropRepeatedTitle(units, work);
  const blocks = toBlocks(units, work);
  dateFromLead(blocks, work);
  const f = work.fields;
  if (f.sitename === null && f.dateline?.agency) f.sitename = f.dateline.agency;
  addDatelineAgency(f);
  if (f.title === null) work.notes.push({ rule: 'segment/no-title', line: null, message: 'Found no headline above the body.' });
  if (blocks.length === 0) work.warnings.push({ rule: 'segment/empty-body', line: null, message: 'Found no body text.' });
  work.pieces.sort((a, b) => a.line - b.line);
  return {
    segmented: {
      kicker: f.kicker,
      title: f.title,
      subtitle: f.subtitle,
      section: f.section,
      sitename: f.sitename,
      author: f.author,
      date: f.date,
      dateRaw: f.dateRaw,
      hijriDate: f.hijriDate,
      dateline: f.dateline,
      agencies: f.agencies,
      url: f.url,
      meta: f.meta,
      blocks,
      boilerplate: work.boilerplate.sort((a, b) => a.line - b.line),
      warnings: work.warnings,
      notes: work.notes,
    },
    pieces: work.pieces,
  };
}

/** text -> Article fields: headline, site, author, dates, dateline, body blocks, credits and boilerplate. */
export function segment(text: string, options: SegmentOptions = {}): Segmented {
  return segmentTrace(text, options, false).segmented;
}
