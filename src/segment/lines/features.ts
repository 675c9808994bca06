import { prepositions as prepositionList } from '../data/function-words.js';
import { foldKey } from '../fold.js';
import { byFirstUnit } from './first-char.js';
import type { KeyWords } from './content-words.js';
import type { LineInfo } from './info.js';
import { overlap } from './lead-overlap.js';
import { WordEnds } from './word-ends.js';
import { ARABIC_COMMA, COLON, COMMA, endCode, isAskCode, isStopCode } from './end-code.js';
import { endsSentence, isHeadlike, isProse } from './shapes.js';

export { endsSentence, isHeadlike, isProse } from './shapes.js';

const prepositions = new Set(prepositionList.map(foldKey));
/** A screen before the lookup: most first words are no preposition, and are not hashed to be looked up. */
const prepositionEnds = new WordEnds(prepositions);

// Features of a line: its own shape (info.ts) and its neighbours' (position, blank lines around it, whether prose
// follows, how many words it shares with the lead). Each is a yes/no fact with a name, so a weight can be learned
// for it per role and `inspect` can say which facts decided a line.

export const featureNames = [
  'bias',
  'wc:1', 'wc:2', 'wc:3', 'wc:4-5', 'wc:6-8', 'wc:9-12', 'wc:13-20', 'wc:21-30', 'wc:31-60', 'wc:61+',
  'end:stop', 'end:excl-q', 'end:colon', 'end:comma', 'end:none',
  'start:punct', 'start:quote', 'start:digit',
  'digits:some', 'digits:many', 'latin:some', 'latin:most',
  'url', 'email', 'handle', 'phone',
  'date:line', 'date:has', 'time',
  'fn:0', 'fn:low', 'fn:mid', 'fn:high',
  'first:function', 'first:opener', 'first:conjoined', 'first:verb', 'first:byline-label', 'first:preposition',
  'sep:1', 'sep:2+', 'sep:pipe', 'sep:colon-spaced',
  'outlet', 'site:known', 'site:folder', 'place:known', 'agency:known', 'bracketed', 'starred',
  'chrome:lexicon', 'cutoff:lexicon', 'caption:shape', 'name:shape', 'byline:shape',
  'pos:0', 'pos:1', 'pos:2', 'pos:3-5', 'pos:6+',
  'end-pos:0', 'end-pos:1', 'end-pos:2-3',
  'blank:before', 'blank:after', 'blank:none',
  'next:prose', 'next2:prose', 'prev:prose', 'next:short', 'prev:short', 'next:conjoined', 'next:conjoined&glued', 'next:continues',
  'before-prose', 'after-prose', 'first-prose', 'last-prose',
  'overlap:high', 'overlap:low', 'overlap:none',
  'shorter-than-next', 'longer-than-prev',
  'headlike', 'headlike&overlap', 'headlike&blank-after', 'headlike&pos:0', 'stopped-headlike',
  'short&next-headlike', 'headlike&prev-headlike', 'short&before-prose', 'prev:restated-headlike',
  'repeat:folder', 'repeat:folder&top', 'repeat:folder&bottom', 'dup:earlier', 'dup:later',
] as const;

export type FeatureName = (typeof featureNames)[number];
const index = new Map<string, number>(featureNames.map((n, i) => [n, i]));
/** The feature's number (its column in the weights). */
export const featureId = (name: FeatureName): number => index.get(name)!;
/** Each feature's number by name, as an object (constant keys: the lookups compile to fixed offsets). */
const F = Object.fromEntries(featureNames.map((n, i) => [n, i])) as Record<FeatureName, number>;

// (the buckets below give a feature's number, each read from F by a constant name: a name chosen first and then
// looked up in F would be a lookup by a key that varies, V8's slow generic path, several times a line)
const wcBucket = (wc: number): number =>
  wc <= 1 ? F['wc:1'] : wc === 2 ? F['wc:2'] : wc === 3 ? F['wc:3'] : wc <= 5 ? F['wc:4-5'] : wc <= 8 ? F['wc:6-8'] : wc <= 12 ? F['wc:9-12'] : wc <= 20 ? F['wc:13-20'] : wc <= 30 ? F['wc:21-30'] : wc <= 60 ? F['wc:31-60'] : F['wc:61+'];

// (each asked about one character, or the first of a word: read from a table per code unit, first-char.ts)
const opensConjoined = byFirstUnit(/^[وف]/u);
const letterOrDigit = byFirstUnit(/[\p{L}\p{N}]/u);
const opensPunct = byFirstUnit(/^[^\p{L}\p{N}]/u);
const opensQuote = byFirstUnit(/^["'“«]/u);
const opensDigit = byFirstUnit(/^[0-9]/u);

/**
 * The measures that are a feature as they stand (a yes/no of the line), in this order (the order the weights are
 * summed in). Written out rather than read from a list of field names: reading `i[field]` with a different name
 * each time takes V8's slow generic path, and this runs for every line.
 */
function flagFeatures(i: LineInfo, out: number[]): void {
  if (i.url) out.push(F['url']);
  if (i.email) out.push(F['email']);
  if (i.handle) out.push(F['handle']);
  if (i.phone) out.push(F['phone']);
  if (i.time) out.push(F['time']);
  if (i.firstIsFunction) out.push(F['first:function']);
  if (i.firstIsOpener) out.push(F['first:opener']);
  if (i.firstIsConjoined) out.push(F['first:conjoined']);
  if (i.firstIsVerb) out.push(F['first:verb']);
  if (i.bylineLabel) out.push(F['first:byline-label']);
  if (i.pipe) out.push(F['sep:pipe']);
  if (i.colonSpaced) out.push(F['sep:colon-spaced']);
  if (i.outlet) out.push(F['outlet']);
  if (i.knownSite) out.push(F['site:known']);
  if (i.folderSite) out.push(F['site:folder']);
  if (i.knownPlace) out.push(F['place:known']);
  if (i.knownAgency) out.push(F['agency:known']);
  if (i.bracketed) out.push(F['bracketed']);
  if (i.starred) out.push(F['starred']);
  if (i.chrome) out.push(F['chrome:lexicon']);
  if (i.cutoff) out.push(F['cutoff:lexicon']);
  if (i.caption) out.push(F['caption:shape']);
  if (i.bylineShaped) out.push(F['byline:shape']);
}

/** Shaped like a person's name: 2-4 words, no function word, figure or punctuation. */
function isNameShape(i: LineInfo, text: string): boolean {
  return i.wc >= 2 && i.wc <= 4 && i.fn === 0 && i.digits === 0 && !/[.:!?؟،,()"«»]/u.test(text);
}

/** Context of the whole sequence, computed once: where the prose runs start and end, blank lines. */
export interface SequenceContext {
  infos: readonly LineInfo[];
  texts: readonly string[];
  blankBefore: readonly boolean[];
  firstProse: number;
  lastProse: number;
  /** Lines the folder repeats (a template learned across files), by index. */
  repeated: ReadonlySet<number>;
  /** Lines whose text another line of the text repeats: the first copy, or a later one (a title printed twice). */
  duplicates: ReadonlyMap<number, 'first' | 'later'>;
  /** Overlap with the lead, by line (filled as asked: lead-overlap.ts). */
  overlaps: number[];
  /** Content words, by line (read as the overlap asks for them). */
  words: KeyWords[];
}

/**
 * A headline printed with a full stop: short, one stop, set apart, sharing words with a lead below that does not go
 * on with و/ف, and opening with neither a particle, a preposition nor a verb (a short first sentence of a
 * body-only text does: `لا تزال …`, `يكون الطقس …`, `… وقالت`).
 */
function stoppedHeadlike(ctx: SequenceContext, k: number, i: LineInfo, next: LineInfo | undefined): boolean {
  // the lead below it, or below a short site or byline line under it
  const lead = isProse(next) ? next : next !== undefined && next.wc <= 4 ? ctx.infos[k + 2] : undefined;
  if (i.wc < 3 || i.wc > 12 || i.end !== '.' || next === undefined || !ctx.blankBefore[k + 1] || !isProse(lead) || opensConjoined(lead!.first)) return false;
  if (/[.،,؟!:]./u.test(ctx.texts[k]!.slice(0, -1)) || i.firstIsOpener || i.firstIsFunction || i.firstIsVerb || opensConjoined(i.first)) return false;
  return overlap(ctx, k) >= 0.2;
}

/** The active features of line k, as feature numbers. */
export function lineFeatures(ctx: SequenceContext, k: number): number[] {
  const i = ctx.infos[k]!;
  const n = ctx.infos.length;
  // (pushed into an empty array: its first push makes room for 17, a line's features but for a few; an array made
  // with its first two features would be made again at the third)
  const out: number[] = [];
  out.push(F['bias'], wcBucket(i.wc));
  // (the last character by its code: end-code.ts)
  const e = endCode(i.end);
  if (isStopCode(e)) out.push(F['end:stop']);
  if (isAskCode(e)) out.push(F['end:excl-q']);
  if (e === COLON) out.push(F['end:colon']);
  if (e === ARABIC_COMMA || e === COMMA) out.push(F['end:comma']);
  if (letterOrDigit(i.end)) out.push(F['end:none']);
  if (opensPunct(i.first)) out.push(F['start:punct']);
  if (opensQuote(i.first)) out.push(F['start:quote']);
  if (opensDigit(i.first)) out.push(F['start:digit']);
  const letters = i.latin + i.arabic + i.digits || 1;
  if (i.digits > 0) out.push(F['digits:some']);
  if (i.digits / letters > 0.3) out.push(F['digits:many']);
  if (i.latin > 0) out.push(F['latin:some']);
  if (i.latin > i.arabic) out.push(F['latin:most']);
  flagFeatures(i, out);
  if (i.date && i.dateRest <= 2) out.push(F['date:line']);
  if (i.date) out.push(F['date:has']);
  const share = i.fn / (i.seen || 1);
  out.push(i.fn === 0 ? F['fn:0'] : share < 0.15 ? F['fn:low'] : share < 0.35 ? F['fn:mid'] : F['fn:high']);
  if (prepositionEnds.mayHold(i.first, 0, i.first.length) && prepositions.has(i.first)) out.push(F['first:preposition']);
  if (i.separators === 1) out.push(F['sep:1']);
  if (i.separators >= 2) out.push(F['sep:2+']);
  if (isNameShape(i, ctx.texts[k]!)) out.push(F['name:shape']);
  out.push(k === 0 ? F['pos:0'] : k === 1 ? F['pos:1'] : k === 2 ? F['pos:2'] : k <= 5 ? F['pos:3-5'] : F['pos:6+']);
  const fromEnd = n - 1 - k;
  if (fromEnd === 0) out.push(F['end-pos:0']);
  if (fromEnd === 1) out.push(F['end-pos:1']);
  if (fromEnd === 2 || fromEnd === 3) out.push(F['end-pos:2-3']);
  const blankAfter = k + 1 < n && ctx.blankBefore[k + 1]!;
  if (ctx.blankBefore[k]!) out.push(F['blank:before']);
  if (blankAfter) out.push(F['blank:after']);
  if (!ctx.blankBefore[k] && !blankAfter) out.push(F['blank:none']);
  contextFeatures(ctx, k, i, out);
  return out;
}

function contextFeatures(ctx: SequenceContext, k: number, i: LineInfo, out: number[]): void {
  const next = ctx.infos[k + 1];
  // (read only when there is one: `infos[-1]` is a named property to the engine, looked up along the prototypes)
  const prev = k > 0 ? ctx.infos[k - 1] : undefined;
  if (isProse(next)) out.push(F['next:prose']);
  if (isProse(ctx.infos[k + 2])) out.push(F['next2:prose']);
  if (isProse(prev)) out.push(F['prev:prose']);
  if (next !== undefined && !isProse(next) && next.wc <= 12) out.push(F['next:short']);
  // the next line going on with و/ف: this one is the start of the same paragraph, when nothing parts them
  if (next !== undefined && next.firstIsConjoined) out.push(F['next:conjoined']);
  if (next !== undefined && next.firstIsConjoined && !ctx.blankBefore[k + 1]) out.push(F['next:conjoined&glued']);
  if (next !== undefined && next.continues) out.push(F['next:continues']);
  if (prev !== undefined && !isProse(prev) && prev.wc <= 12) out.push(F['prev:short']);
  // (a text with no prose at all, verse or a list, has no before or after)
  if (k < ctx.firstProse && ctx.lastProse >= 0) out.push(F['before-prose']);
  if (k > ctx.lastProse && ctx.lastProse >= 0) out.push(F['after-prose']);
  if (k === ctx.firstProse) out.push(F['first-prose']);
  if (k === ctx.lastProse) out.push(F['last-prose']);
  const head = isHeadlike(i);
  // (only a line that may be a headline, kicker or deck asks how many words the lead repeats)
  if (k <= ctx.firstProse + 1 && k < 12 && i.wc <= 30) {
    const o = overlap(ctx, k);
    out.push(o >= 0.3 ? F['overlap:high'] : o > 0 ? F['overlap:low'] : F['overlap:none']);
    if (head && o >= 0.2) out.push(F['headlike&overlap']);
  }
  if (next !== undefined && i.wc * 2 < next.wc) out.push(F['shorter-than-next']);
  if (prev !== undefined && i.wc > prev.wc * 2) out.push(F['longer-than-prev']);
  if (head) out.push(F['headlike']);
  // the lead a headline is restated in: the line above is shaped like a headline and this one repeats its words
  // (a news lead retells its headline at once), whatever the headline's length
  if (prev !== undefined && isProse(i) && k - 1 <= ctx.firstProse && k - 1 < 12 && isHeadlike(prev) && overlap(ctx, k - 1) >= 0.3) out.push(F['prev:restated-headlike']);
  if (head && k + 1 < ctx.infos.length && ctx.blankBefore[k + 1]!) out.push(F['headlike&blank-after']);
  if (head && k === 0) out.push(F['headlike&pos:0']);
  // a headline printed with a full stop: short, one stop, set apart, sharing words with the lead below
  if (stoppedHeadlike(ctx, k, i, next)) out.push(F['stopped-headlike']);
  if (i.wc <= 6 && next !== undefined && isHeadlike(next)) out.push(F['short&next-headlike']);
  if (head && prev !== undefined && isHeadlike(prev)) out.push(F['headlike&prev-headlike']);
  if (i.wc <= 6 && k < ctx.firstProse && ctx.lastProse >= 0) out.push(F['short&before-prose']);
  // (most texts repeat no line, and the folder has no template: their empty map and set are not asked)
  const dup = ctx.duplicates.size === 0 ? undefined : ctx.duplicates.get(k);
  if (dup === 'later') out.push(F['dup:earlier']);
  if (dup === 'first') out.push(F['dup:later']);
  const rep = ctx.repeated.size !== 0 && ctx.repeated.has(k);
  if (rep) out.push(F['repeat:folder']);
  if (rep && k < ctx.firstProse) out.push(F['repeat:folder&top']);
  if (rep && k > ctx.lastProse) out.push(F['repeat:folder&bottom']);
}
