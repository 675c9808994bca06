import type { Segmented } from '../core/types.js';
import { dateFromLead, dropRepeatedTitle, toBlocks } from './body.js';
import { compileRules } from './boilerplate/compile.js';
import { addAgency } from './dateline.js';
import { plainUnits, readHeader } from './layouts/header.js';
import { readListRepr } from './layouts/list-repr.js';
import { splitPieces } from './layouts/pieces.js';
import { readPlain, type BodyUnit } from './layouts/plain.js';
import { isTagged, readTagged } from './layouts/tagged.js';
import type { LineModel } from './lines/model.js';
import { pieceWeights } from './lines/piece-weights.js';
import { lineWeights } from './lines/weights.js';
import type { Fields, Piece, SegmentRules, TemplateHints, Unit, Work } from './work.js';
import { templateHints, type FolderTemplate } from './folder/template.js';

export { learnTemplate, type FolderTemplate } from './folder/template.js';

export type { Piece, Role, SegmentRules } from './work.js';

export interface SegmentOptions {
  /** User rules from `--rules FILE` (plain JSON data). */
  rules?: SegmentRules | undefined;
  /** The line model (default: the weights shipped in lines/weights.ts); the trainer passes others. */
  model?: LineModel | undefined;
  /** The model for the pieces of a one-line page (default: lines/piece-weights.ts). */
  pieceModel?: LineModel | undefined;
  /** What the folder's files repeat (`tanqih learn`, or the sample `ingest` takes): template lines and site names. */
  template?: FolderTemplate | undefined;
}

const hintsOf = new WeakMap<FolderTemplate, TemplateHints>();
function hints(t: FolderTemplate | undefined): TemplateHints | undefined {
  if (!t) return undefined;
  let h = hintsOf.get(t);
  if (!h) hintsOf.set(t, (h = templateHints(t)));
  return h;
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
    template: hints(options.template),
  };
}

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

/**
 * Sorts by line, in place (stable). Most lists are in line order already; they are left as they are, which is what
 * the sort would do, without the copy a sort makes.
 */
function byLine<T extends { line: number }>(list: T[]): T[] {
  for (let k = 1; k < list.length; k++) if (list[k]!.line < list[k - 1]!.line) return list.sort((a, b) => a.line - b.line);
  return list;
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
  byLine(work.pieces);
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
      boilerplate: byLine(work.boilerplate),
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
