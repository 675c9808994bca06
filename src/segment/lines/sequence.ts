import type { Unit, Work } from '../work.js';
import { decodeLines } from './decode.js';
import { COLON, endCode, FULL_STOP } from './end-code.js';
import { endsSentence, featureId, isHeadlike, isProse, lineFeatures, type SequenceContext } from './features.js';
import { byFirstUnit } from './first-char.js';
import { edgeLine, lineInfo, type LineInfo } from './info.js';
import { nameShaped } from '../head/evidence.js';
import { labelOfState, labels, type Label } from './labels.js';
import { compileModel, type LineModel } from './model.js';
import { contactLine, hasContact } from './contact.js';
import { duplicatesOf, repeatedLines } from './repeats.js';

/** The lines of a plain text as the line model sees them: each line's measures, context and features. */
export interface LineSequence {
  units: readonly Unit[];
  infos: readonly LineInfo[];
  ctx: SequenceContext;
  feats: number[][];
  /** Per line, the labels the hard rules allow (a bit per label). */
  allowed: number[];
}

const all = (1 << labels.length) - 1;
const bits = (...names: Label[]): number => names.reduce((m, n) => m | (1 << labels.indexOf(n)), 0);
const CHROME = bits('h-chrome', 'b-chrome', 't-chrome', 'trailer');
const HEAD_SHORT = bits('h-chrome', 'kicker', 'site', 'date', 'h-byline');
/** Each label's bit by name (a constant object: the hard rules read their masks from it, no array built per line). */
const B = Object.fromEntries(labels.map((l, i) => [l, 1 << i])) as Record<Label, number>;
const stopped = featureId('stopped-headlike');
// (asked about a first word's first character and a last character: read from a table per code unit, first-char.ts)
const opensOddly = byFirstUnit(/^[^\p{L}\p{N}"'“«(\[]/u);
const endsPunct = byFirstUnit(/[.!?؟…:،,]/u);
/** Labels that open a byline and nothing else (`كتب:`, `بقلم`), unlike staff credits (`إعداد:`, `تحرير:`). */
const writerLabel = /^(?:كتبت|كتبه|كتب|بقلم|بواسطة|by)(?=[\s:،,\-]|$)/u;
/** A short line with no function word opening with a byline label (the expression asked last: most lines are longer). */
const isWriterLine = (i: LineInfo): boolean => i.wc <= 6 && i.fn === 0 && writerLabel.test(i.key);

/**
 * What a line can never be, whatever the weights say — conventions of the press that hold everywhere:
 *  - a known chrome line, or an agency alone in brackets (`(وكالات)`), is chrome or a credit; a line that is only
 *    a date is the date line above the text (chrome below it); a byline label (`كتب:`, `بقلم`) opens a byline or sign-off;
 *  - a headline is 2-30 words, not closed by a colon, not a date line, not closed by a stop unless shaped like a
 *    stopped headline;
 *  - a line glued to one that goes on with و+verb (`وقال`) is no headline: a lead never opens that way;
 *  - a photo caption (a name with its office, `… خلال تفقده …`, `جانب من …`) is no headline;
 *  - a line of a place or agency and a name or outlet (`جدة - فلان`) is a byline, not a headline;
 *  - a sentence closed by a stop is no kicker, site, date, byline or chrome line;
 *  - the site's name alone between blank lines under the headline, above the body (the reference layout);
 *  - one to three words above the first prose, near the top, are head matter, not a paragraph;
 *  - a subheading is short and unpunctuated, and a few such words between two paragraphs are one; an outlet's name alone is a site line, not chrome;
 *  - a line many files of the folder repeat is template (site, date, byline, chrome), never an article's text.
 */
function allowedLabels(i: LineInfo, where: Where): number {
  const { prev, next, glued, feats, repeated, head, k, tail, beforeProse, apart } = where;
  if (i.chrome || (i.bracketed && i.knownAgency)) return CHROME;
  // what many files of the folder repeat is the site's template: its name, its chrome, its trailer
  if (i.folderSite) return B.site;
  if (repeated) return CHROME | (B.site | B.date | B['h-byline'] | B.signoff);
  if (isWriterLine(i)) return B['h-byline'] | B.signoff;
  // a line that is only a date (with a place, an agency, a label or a time) is a date line, or chrome
  // a line that is only a date is the date line above the text, chrome below it
  if (i.date && i.dateRest <= 2) return beforeProse ? B.date : CHROME;
  // `عمّان ـ (رويترز) -`: an agency dateline alone on its line is head matter
  if (i.datelineLine) return B['h-byline'] | B.date | B.site;
  // the product's reference layout: headline, blank, the site's name alone, blank, body (a writer has a label or a city)
  if (apart && i.wc <= 3 && !i.bylineLabel && !i.knownPlace && i.digits === 0 && prev !== undefined && isHeadlike(prev) && !i.chrome) return B.site;
  // contact details (a phone, an e-mail, a handle, a link) on a short line: chrome or a credit, never text
  if ((hasContact(i) || i.url) && i.wc <= 10) return CHROME | (B['h-byline'] | B.signoff);
  // a call-in line closing the text (`للتواصل أرسل رسالة … إلى <codes>`, a writer's e-mail run into a line), of any
  // length up to 30 words: chrome or a sign-off, never the last paragraph
  if (where.closing && contactLine(i, where.text)) return CHROME | B.signoff;
  let ok = all;
  // (the last character by its code: end-code.ts)
  const e = endCode(i.end);
  const stop = e === FULL_STOP && !i.key.endsWith('..');
  if (i.wc < 2 || i.wc > 30 || e === COLON || (i.date && i.dateRest <= 2) || (stop && !feats.includes(stopped))) ok &= ~B.title;
  // a lead never opens with "and said" right under its headline; a photo caption (but a headline's verb) is no headline
  if ((glued && next?.continues) || (i.captionKind !== null && i.captionKind !== 'verb')) ok &= ~(B.title | B.kicker | B.subtitle);
  if (i.bylineShaped) ok &= ~(B.title | B.kicker | B.subtitle);
  // a headline (and its kicker and deck) opens with a word, a quote or a bracket, and stands near the top
  if (opensOddly(i.first)) ok &= ~(B.title | B.kicker | B.subtitle);
  // an overline is short: a few words set above the headline
  if (i.wc > 7) ok &= ~B.kicker;
  if (k > 8) ok &= ~B.title;
  if (k > 6) ok &= ~(B.kicker | B.subtitle);
  // `* …`: a desk credit, a writer's bio, or a subheading some papers star — never a paragraph or a headline
  if (i.starred && i.wc <= 15 && !stop) ok &= (B.heading | B['b-chrome'] | B['t-chrome'] | B.trailer | B.signoff);
  if (stop && i.wc >= 4) ok &= ~HEAD_SHORT;
  if (i.wc > 12 || stop) ok &= ~B.heading;
  // a few words with no stop between two paragraphs, not going on with و+verb: a subheading (or chrome), no paragraph
  if (i.wc <= 6 && i.end !== '' && !endsPunct(i.end) && !i.continues && (isProse(prev) || (prev?.wc ?? 0) >= 7) && isProse(next)) ok &= ~B.paragraph;
  // one to three words near the top, above the first prose: head matter (a site, a byline, a date), no paragraph
  if (head && i.wc <= 3 && !stop) ok &= ~(B.paragraph | B.heading);
  // a photo caption above the first prose is no paragraph either
  if (beforeProse && i.captionKind !== null && i.captionKind !== 'verb') ok &= CHROME;
  // a name alone under the last paragraph signs it off
  if (tail && i.wc <= 4 && nameShaped(i.key)) ok &= ~(B.paragraph | B.heading);
  // a few words with no sentence end as the text's last line, under the last prose: a caption, tags, a sign-off
  // or chrome; a text does not end on a fragment, and a subheading stands above text
  if (tail && next === undefined && i.wc <= 8 && !endsSentence(i)) ok &= ~(B.paragraph | B.heading);
  if ((i.knownSite || i.outlet) && i.wc <= 5) ok &= ~B['h-chrome'];
  // an outlet's name or a byline, short, is no paragraph
  if ((i.outlet || i.knownSite || i.bylineShaped) && i.wc <= 6 && !stop) ok &= ~(B.paragraph | B.heading);
  // prose is never the tail, nor head matter (chrome inside the body lets the text go on after it)
  if (i.wc >= 20 && i.fn / (i.seen || 1) >= 0.12) ok &= ~((B.trailer | B['t-chrome'] | B.signoff) | HEAD_SHORT);
  return ok;
}

/** Where a line stands, as the hard rules ask it. */
interface Where {
  prev: LineInfo | undefined;
  next: LineInfo | undefined;
  /** The next line follows with no blank line between. */
  glued: boolean;
  feats: readonly number[];
  /** The folder's template repeats the line. */
  repeated: boolean;
  /** One of the first four lines, above the first prose of a text that has prose. */
  head: boolean;
  k: number;
  /** Below the last prose. */
  tail: boolean;
  beforeProse: boolean;
  /** The second to fourth line, above the first prose, with blank lines on both sides and prose right below. */
  apart: boolean;
  /** One of the last two lines, below the first prose: contact details there close the text (`contactLine`). */
  closing: boolean;
  text: string;
}

/**
 * Where the line being ruled on stands: one object for every line of every text, filled in turn (the rules read it
 * at once and keep nothing), instead of an object per line.
 */
const where: Where = {
  prev: undefined, next: undefined, glued: false, feats: [], repeated: false, head: false, k: 0, tail: false, beforeProse: false, apart: false,
  closing: false, text: '',
};

/** On a collapsed page, only a byline label binds a piece (`كتب: فلان`). */
function pieceRules(i: LineInfo): number {
  return isWriterLine(i) ? B['h-byline'] | B.signoff : all;
}

/** Measures every line and its neighbourhood (and which lines the folder's template says recur). */
export function lineSequence(units: readonly Unit[], work: Work, rules = true): LineSequence {
  const n = units.length;
  const infos: LineInfo[] = [];
  const texts: string[] = [];
  const blankBefore: boolean[] = [];
  for (let k = 0; k < n; k++) {
    const u = units[k]!;
    infos.push(lineInfo(u, work));
    texts.push(u.text);
    blankBefore.push(k > 0 && u.line > units[k - 1]!.line + 1);
  }
  let firstProse = infos.findIndex(isProse);
  if (firstProse < 0) firstProse = n;
  let lastProse = -1;
  for (let k = n - 1; k >= 0 && lastProse < 0; k--) if (isProse(infos[k])) lastProse = k;
  // the head and the tail get the costly measures (names, places, captions, dates)
  for (let k = 0; k < n; k++) {
    if (k <= firstProse + 2 || k < 8 || k >= lastProse - 1 || k >= n - 6) edgeLine(units[k]!, work, infos[k]!, k <= firstProse + 1 && k < 12);
  }
  const ctx: SequenceContext = { infos, texts, blankBefore, firstProse, lastProse, repeated: repeatedLines(infos, work), duplicates: duplicatesOf(infos), overlaps: [], words: [] };
  const feats: number[][] = [];
  for (let k = 0; k < n; k++) feats.push(lineFeatures(ctx, k));
  const allowed: number[] = [];
  for (let k = 0; k < n; k++) allowed.push(rules ? allowedLabels(infos[k]!, whereOf(ctx, feats, k)) : pieceRules(infos[k]!));
  return { units, infos, ctx, feats, allowed };
}

/** Where line k stands (in the one `where` object). */
function whereOf(ctx: SequenceContext, feats: readonly number[][], k: number): Where {
  const { infos, blankBefore, firstProse, lastProse } = ctx;
  const n = infos.length;
  const hasProse = lastProse >= 0;
  // (`infos[-1]` would be looked up as a named property, along the prototypes)
  where.prev = k > 0 ? infos[k - 1] : undefined;
  where.next = infos[k + 1];
  where.glued = k + 1 < n && !blankBefore[k + 1];
  where.feats = feats[k]!;
  where.repeated = ctx.repeated.has(k);
  where.head = k <= 3 && k < firstProse && hasProse;
  where.k = k;
  where.tail = hasProse && k > lastProse;
  where.beforeProse = k < firstProse;
  where.apart = k > 0 && k <= 3 && k < firstProse && blankBefore[k]! && k + 1 < n && blankBefore[k + 1]! && isProse(infos[k + 1]);
  where.closing = k >= n - 2 && k > firstProse;
  where.text = ctx.texts[k]!;
  return where;
}

/** The label of every line under `model`. */
export function labelLines(seq: LineSequence, model: LineModel): { labels: Label[] } {
  const compiled = compileModel(model);
  // (only the labels the rules allow are scored: the decoder reads no other)
  const path = decodeLines(compiled, seq.feats, seq.allowed);
  // (a plain loop: cheaper than `Array.from` with a mapping function over a typed array)
  const out: Label[] = [];
  for (let k = 0; k < path.length; k++) out.push(labels[labelOfState(path[k]!)]!);
  return { labels: out };
}
