import { findAnyDate, hasFigure } from '../dates/find.js';
import { dateLineNoise } from '../dates/noise.js';
import { deskWords } from '../data/sites.js';
import { addAgency, findDatelineLine } from '../dateline.js';
import { foldKey } from '../fold.js';
import { addPiece, drop, putField, setField, wordCount, type Unit, type Work } from '../work.js';
import { agencyIn, cleanPart, nameShaped, outletShaped, partsOf, placeShaped, siteEvidence } from './evidence.js';

// What the site, byline and date lines of a head hold. The line model (lines/) has said which role a line plays;
// these read its parts into fields. Every word of the line stays accounted for: the line is kept in the trace, and
// a label word no field holds (`كتب:`) goes to the boilerplate with its rule.

const desks = new Set(deskWords.map(foldKey));

/** `كتب:`, `بقلم`, `إعداد -`: a byline's label. */
const bylineLabel = /^\s*(?:كتبت|كتبه|كتب|بقلم|بواسطة|إعداد|اعداد|تقرير|حوار|متابعة|تحرير|ترجمة|by)(?=[\s:\-–]|$)\s*[:\-–]?\s*/iu;
/** `X (city)`: a name with a place in brackets. */
const bracketPlace = /^([^()]{2,60}?)\s*[(（]([^()]{2,30})[)）]\s*$/u;

function placeAndRest(parts: readonly string[], work: Work): { place: string | null; agency: string | null; rest: string[] } {
  let place: string | null = null;
  let agency: string | null = null;
  const rest: string[] = [];
  for (const p of parts) {
    const a = agencyIn(p);
    if (a && !agency) agency = a;
    // an outlet's shape (`المغرب 24`, `صحيفة …`) outweighs a place name inside it
    else if (!place && placeShaped(p, true) && !outletShaped(p)) place = p;
    else rest.push(p);
  }
  // an unknown place: the one-or-two-word part beside a name (`فلان - الواحة`)
  if (!place && rest.length === 2) {
    const k = rest.findIndex((p) => wordCount(p) <= 2 && !siteEvidence(p, work));
    const other = rest[1 - k];
    if (k >= 0 && other !== undefined && (nameShaped(other) || siteEvidence(other, work))) place = rest.splice(k, 1)[0]!;
  }
  return { place, agency, rest };
}

/** A site line: `صحيفة الواحة`, `الواحة - جدة`, `عكاظ (نجران)`, `الواحة – متابعات`. */
export function readSiteLine(u: Unit, work: Work): void {
  const m = bracketPlace.exec(u.text);
  const parts = m ? [cleanPart(m[1]!), cleanPart(m[2]!)] : partsOf(u.text);
  if (parts.length <= 1) {
    keepLine(u, work, putField(work, 'sitename', cleanPart(u.text)), 'site', 'site/line');
    return;
  }
  const { place, agency, rest } = placeAndRest(parts, work);
  const siteAt = rest.findIndex((p) => siteEvidence(p, work));
  const site = siteAt >= 0 ? rest.splice(siteAt, 1)[0]! : (rest.shift() ?? agency);
  let kept = site === null || putField(work, 'sitename', site);
  if (agency) addAgency(work.fields.agencies, agency);
  // a place or an agency makes the line a dateline (which keeps its words as its raw text)
  const dateline = (place !== null || agency !== null) && work.fields.dateline === null;
  if (dateline) work.fields.dateline = { place, agency, raw: u.text };
  for (const p of rest) kept = (nameShaped(p) && putField(work, 'author', p)) && kept;
  keepLine(u, work, dateline || (kept && place === null && agency === null), 'site', 'site/line');
}

/**
 * Records a head line in the trace; when some of its words found no field (the field was taken, or no part held
 * them), the whole line also goes to the audit under `<rule>-extra`.
 */
function keepLine(u: Unit, work: Work, kept: boolean, role: 'site' | 'byline', rule: string): void {
  if (kept) addPiece(work, u.line, u.text, role, rule);
  else drop(work, u.line, u.text, 'boilerplate', `${rule}-extra`);
}

/** A byline: `كتب: فلان`, `فلان - جدة`, `جدة - فلان`, `فلان (جدة)`, or a name alone. */
export function readBylineLine(u: Unit, work: Work): void {
  // `بيروت ـ (رويترز) -`: an agency dateline alone on its line
  const dl = work.fields.dateline === null ? findDatelineLine(u.text) : null;
  if (dl) {
    work.fields.dateline = dl;
    if (dl.agency) addAgency(work.fields.agencies, dl.agency, true);
    addPiece(work, u.line, u.text, 'dateline', 'dateline/agency-line');
    return;
  }
  const label = bylineLabel.exec(u.text);
  const body = label ? u.text.slice(label[0].length) : u.text;
  if (label && label[0].trim()) drop(work, u.line, label[0], 'boilerplate', 'byline/label');
  const m = bracketPlace.exec(body);
  const parts = m ? [cleanPart(m[1]!), cleanPart(m[2]!)] : partsOf(body);
  const { place, agency, rest } = placeAndRest(parts, work);
  if (agency) addAgency(work.fields.agencies, agency);
  const siteAt = rest.findIndex((p) => siteEvidence(p, work));
  let kept = siteAt < 0 || putField(work, 'sitename', rest.splice(siteAt, 1)[0]!);
  const author = rest.filter((p) => !desks.has(foldKey(p))).join(' - ');
  // (a name holds no figure: `1`, `(2)` or a sentence with a number in it, taken for a byline, is kept in the audit)
  kept = (author === '' || (!hasFigure(author) && putField(work, 'author', author))) && kept;
  const dateline = (place !== null || agency !== null) && work.fields.dateline === null;
  if (dateline) work.fields.dateline = { place, agency, raw: body.trim() };
  // the place's and agency's words are kept by the dateline, or the line goes to the audit
  keepLine({ line: u.line, text: body.trim() }, work, kept && ((place === null && agency === null) || dateline), 'byline', label ? 'byline/label' : 'byline/line');
}


/** A date line: `الاثنين 5 آب 2013`, `تاريخ النشر: 3 مارس 2014`, `2014-03-09 10:30`; a wire dateline around it. */
export function readDateLine(u: Unit, work: Work): boolean {
  const d = findAnyDate(u.text);
  if (!d) return false;
  const raw = u.text.trim();
  // `المدينة المنورة 3 رمضان 1436 هـ الموافق 20 يونيو 2015 م واس`: a place before the date, an agency after it
  const before = cleanPart(foldKey(u.text.slice(0, d.index)).replace(dateLineNoise, ' ').replace(/\s+/gu, ' '));
  const after = cleanPart(foldKey(u.text.slice(d.index + d.raw.length)).replace(dateLineNoise, ' ').replace(/\s+/gu, ' '));
  const agency = after ? agencyIn(after) : null;
  const place = before && wordCount(before) <= 3 && placeShaped(before, agency === null) ? u.text.slice(0, d.index).replace(/[\s\-–—\u0640،,:]+$/u, '').trim() : null;
  const wire = (place !== null || agency !== null) && work.fields.dateline === null;
  if (wire) work.fields.dateline = { place, agency, raw };
  const took = work.fields.dateRank < 3;
  // the dateline keeps the whole line; the date keeps its own words (or, with no dateline, the whole line)
  if (took) Object.assign(work.fields, { date: d.iso, dateRaw: wire ? d.raw : raw, hijriDate: d.hijri, dateRank: 3 });
  if (agency) addAgency(work.fields.agencies, agency, true);
  // a second date line (the first gave the date) keeps its words in the audit
  if (took) addPiece(work, u.line, u.text, 'date', 'date/line');
  else drop(work, u.line, u.text, 'boilerplate', 'date/line-extra');
  return true;
}
