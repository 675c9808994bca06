import { addAgency, findAgencyDateline, isPlace } from '../dateline.js';
import { findDatedDateline } from '../dates/dated-dateline.js';
import { hasFigure } from '../dates/find.js';
import { functionWords } from '../data/function-words.js';
import { deskWords } from '../data/sites.js';
import { foldKey } from '../fold.js';
import { isRegexSpace } from '../split-spaces.js';
import { drop, hasWords, setField, type Unit, type Work } from '../work.js';
import { agencyIn, cleanPart, nameShaped, placeShaped, siteEvidence } from './evidence.js';

// The first paragraph often opens with a dateline and a byline run into it: `رام الله - الأيام - فلان - <lead>`,
// `القاهرة - الواحة: <lead>`, `واس: <lead>`, `بيروت (رويترز) - <lead>`. Such a prefix is a few short parts between
// dashes, ending at a dash or a colon, with no function word in it; the lead after it is a sentence. Its parts are
// read by shape: a place opens a dateline, an agency or an outlet names the site, a name is the writer. A prefix
// of one part (`X: …`) is taken only when that part is an agency, an outlet or a known place, so a lead such as
// `البيان الختامي: …` keeps its words.

const fnWords = new Set(functionWords.map(foldKey));
const nameParticles = new Set(['بن', 'ابن', 'ابو', 'عبد', 'بنت', 'ام']);
const boundary = /\s*[-–—\u0640]+\s+|\s+[-–—\u0640]+\s*|\s*:\s*/gu;
/** The dashes and the colon a `boundary` holds: HYPHEN-MINUS, EN DASH, EM DASH, ARABIC TATWEEL, COLON. */
const boundaryMark = /[-\u2013\u2014\u0640:]/g;

/**
 * The next `boundary` in `head` from `from`, or null. A match is spaces and then a dash or a colon, so none starts
 * before the run of spaces ahead of the first dash or colon, and none is left without one: the expression is started
 * there (or not at all) instead of being tried at every place of the paragraph's head. (The dash or colon is found by
 * `boundaryMark`'s own scan, a few times cheaper than a loop over the units.)
 */
export function nextBoundary(head: string, from: number): RegExpExecArray | null {
  boundaryMark.lastIndex = from;
  if (!boundaryMark.test(head)) return null;
  let p = boundaryMark.lastIndex - 1;
  while (p > from && isRegexSpace(head.charCodeAt(p - 1))) p--;
  boundary.lastIndex = p;
  return boundary.exec(head);
}
/** Desk words by length, longest first (`خاص بالموقع` before `خاص`). */
const desks = deskWords.map(foldKey).sort((a, b) => b.length - a.length);

interface Prefix {
  parts: string[];
  length: number;
}

/** A part of a prefix: 1-4 words, no figure, no function word (name particles aside). */
function partOk(p: string): boolean {
  const words = foldKey(p).split(' ');
  return p !== '' && words.length <= 4 && !/[\d.!?؟"«»]/u.test(p) && !words.some((w) => fnWords.has(w) && !nameParticles.has(w));
}

/** The longest run of short parts that opens the text and ends at a dash or colon, or null. */
function findPrefix(text: string): Prefix | null {
  const head = text.slice(0, 160);
  let best: Prefix | null = null;
  let from = 0;
  const parts: string[] = [];
  for (let m = nextBoundary(head, 0); m; m = nextBoundary(head, boundary.lastIndex)) {
    const part = cleanPart(head.slice(from, m.index).replace(/[،,]\s*$/u, ''));
    if (!partOk(part)) break;
    parts.push(part);
    from = m.index + m[0].length;
    if (hasWords(text.slice(from, from + 200), 6)) best = { parts: [...parts], length: from };
    if (m[0].includes(':') || parts.length >= 4) break;
  }
  return best;
}

/** Whether the parts read as a dateline or byline rather than the lead's own words. */
function isCredit(parts: readonly string[], work: Work): boolean {
  const evidence = (p: string): boolean => agencyIn(p) !== null || siteEvidence(p, work);
  if (parts.length === 1) return evidence(parts[0]!) || isPlace(parts[0]!);
  return parts.some(evidence) || placeShaped(parts[0]!) || parts.some((p) => isPlace(p));
}

/** Reads the parts into fields (site, agency, writer); returns the dateline's place and agency. */
function readParts(parts: readonly string[], work: Work): { place: string | null; agency: string | null } {
  let place: string | null = null;
  let agency: string | null = null;
  let site: string | null = null;
  const rest: string[] = [];
  // a known place wherever it stands; else the first part, where datelines put the place
  const known = parts.findIndex((p) => isPlace(p) && agencyIn(p) === null && !(siteEvidence(p, work) && !isPlace(p)));
  parts.forEach((p, k) => {
    const a = agencyIn(p);
    if (a && !agency) agency = a;
    else if (!site && siteEvidence(p, work) && !isPlace(p)) site = p;
    else if (!place && (k === known || (known < 0 && k === 0 && parts.length > 1 && placeShaped(p) && !nameShaped(p)))) place = p;
    else rest.push(p);
  });
  const name = rest.findIndex((p) => nameShaped(p));
  const author = name >= 0 ? rest.splice(name, 1)[0]! : null;
  site ??= rest.shift() ?? agency;
  if (site) setField(work, 'sitename', site);
  if (agency) addAgency(work.fields.agencies, agency, true);
  if (author) setField(work, 'author', author);
  return { place, agency };
}

/** `الرياض، 6 يناير 2015 (واس) - …`: a dated dateline opening the lead gives the place, the date and the agency. */
function readDatedDateline(u: Unit, work: Work): Unit | null {
  // a dated dateline states its day within its first words (the date expressions only run when a figure is there)
  if (!hasFigure(u.text, 90)) return null;
  const d = findDatedDateline(u.text);
  if (!d || d.length >= u.text.length) return null;
  const agency = d.agencyText ? (agencyIn(d.agencyText) ?? d.agencyText) : null;
  const free = work.fields.dateline === null;
  if (free) work.fields.dateline = { place: d.place, agency, raw: d.raw };
  if (agency) addAgency(work.fields.agencies, agency, true);
  if (work.fields.dateRank < 2) Object.assign(work.fields, { date: d.date.iso, dateRaw: d.date.raw, hijriDate: d.date.hijri, dateRank: 2 });
  drop(work, u.line, d.raw, free ? 'dateline' : 'boilerplate', free ? 'dateline/dated' : 'byline/lead-prefix');
  return { line: u.line, text: u.text.slice(d.length).trim() };
}

/**
 * The length of a desk word that closes a credit with no dash of its own before the lead (`الواحة – متابعات <lead>`:
 * the desk stands where a writer or a city would), or 0.
 */
function deskAfter(text: string, from: number): number {
  const rest = text.slice(from, from + 24);
  const key = foldKey(rest);
  // (folding keeps the length of these letters, so a match on the key is a match on the text)
  if (key.length !== rest.length) return 0;
  for (const d of desks) if (key.startsWith(d) && /^\s/u.test(rest.slice(d.length))) return d.length;
  return 0;
}

/** Cuts a dateline or byline prefix off the first paragraph into fields; returns what is left of the paragraph. */
export function readLeadPrefix(u: Unit, work: Work): Unit {
  const dated = readDatedDateline(u, work);
  if (dated) return dated;
  const dl = findAgencyDateline(u.text);
  if (dl) {
    const free = work.fields.dateline === null;
    if (free) work.fields.dateline = dl.dateline;
    if (dl.dateline.agency) addAgency(work.fields.agencies, dl.dateline.agency, true);
    drop(work, u.line, dl.dateline.raw, free ? 'dateline' : 'boilerplate', free ? 'dateline/agency' : 'byline/lead-prefix');
    return { line: u.line, text: u.text.slice(dl.length) };
  }
  const prefix = findPrefix(u.text);
  if (!prefix || !isCredit(prefix.parts, work)) return u;
  prefix.length += deskAfter(u.text, prefix.length);
  const raw = u.text.slice(0, prefix.length).trim();
  // the prefix's words are kept as the dateline's raw text, or, when a line above gave the dateline, in the audit
  const free = work.fields.dateline === null;
  const { place, agency } = readParts(prefix.parts, work);
  if (free) work.fields.dateline = { place, agency, raw };
  drop(work, u.line, raw, free ? 'dateline' : 'boilerplate', free ? 'dateline/lead-prefix' : 'byline/lead-prefix');
  return { line: u.line, text: u.text.slice(prefix.length).trim() };
}
