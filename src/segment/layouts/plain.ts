import { readBylineLine, readDateLine, readSiteLine } from '../head/head-lines.js';
import { readLeadPrefix } from '../head/lead-prefix.js';
import { splitTitleSite } from '../head/title-site.js';
import { featureNames } from '../lines/features.js';
import type { LineInfo } from '../lines/info.js';
import { labels as labelNames, type Label } from '../lines/labels.js';
import { compileModel, featureCount, type LineModel } from '../lines/model.js';
import { labelLines, lineSequence } from '../lines/sequence.js';
import { addPiece, drop, putField, type Unit, type Work } from '../work.js';
import { sectionNames } from '../data/sections.js';
import { phraseTreeSource, phrasesSource } from '../fuzzy-phrases.js';
import { foldKey } from '../fold.js';
import { dropTrailer, readSignOff } from '../tail/trailer.js';
import { readShareLink, readTailSuffix } from '../tail/suffix.js';
import { cutLeadingChrome } from '../head/leading-chrome.js';

// A plain text, one unit per line: the line model labels every line (head, body, tail roles), then each label
// is read into the record. See lines/ for the model and head/ and tail/ for how each kind of line is read.

/** A body unit, marked when the model took it for a subheading. */
export interface BodyUnit extends Unit {
  heading?: boolean;
  /** Why the line model took it for body text (for `inspect`). */
  reason?: string | undefined;
}

/**
 * A unit as a body unit. The fields are written out: an object spread here (`{ ...u, heading }`) took about a fifth
 * of a plain text's segmentation time on the bulk corpus (113 -> 89 µs per text without it). A `Unit` is its line
 * and its text; were it to gain a field, `BodyUnit extends Unit` makes this literal fail to compile until it is added.
 */
function bodyUnit(u: Unit, heading: boolean | undefined, why: string | undefined): BodyUnit {
  return { line: u.line, text: u.text, heading, reason: why };
}

/** `title/line` when the model decided, with its strongest features: what `inspect` shows. */
function reason(work: Work, model: LineModel, feats: readonly number[], label: Label): string | undefined {
  if (!work.trace) return undefined;
  const m = compileModel(model);
  const row = labelNames.indexOf(label) * featureCount;
  const top = feats
    .map((f) => [featureNames[f]!, m.emission[row + f]!] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  return top.map(([n, w]) => `${n} ${w.toFixed(1)}`).join(', ');
}

/** A section name run into the front of a headline (`رياضة الأهلي يفوز …`), as pages print it; section names are hints. */
const sectionRe = new RegExp(`^(?:${phrasesSource(sectionNames)})\\s+(?=(?:\\S+\\s+){3}\\S)`, 'u');
/** The same expression with the names as a tree (`phraseTreeSource`): it matches the same texts, and answers most at once. */
const sectionScreen = new RegExp(`^(?:${phraseTreeSource(sectionNames)})\\s+(?=(?:\\S+\\s+){3}\\S)`, 'u');
function sectionBefore(text: string): string | null {
  return sectionScreen.test(text) ? (sectionRe.exec(text)?.[0] ?? null) : null;
}

function readHeadLine(u: Unit, info: LineInfo, label: Label, work: Work): void {
  switch (label) {
    case 'kicker':
      if (putField(work, 'kicker', u.text)) addPiece(work, u.line, u.text, 'kicker', 'head/kicker');
      else drop(work, u.line, u.text, 'boilerplate', 'head/kicker-extra');
      return;
    case 'title': {
      const section = work.fields.title === null ? sectionBefore(u.text) : null;
      if (section) putField(work, 'section', section.trim());
      const text = section ? u.text.slice(section.length).trim() : u.text;
      const split = work.fields.title === null ? splitTitleSite(text, work) : null;
      const title = split?.title ?? text;
      if (!putField(work, 'title', title)) return drop(work, u.line, u.text, 'boilerplate', foldKey(title) === foldKey(work.fields.title ?? '') ? 'title/repeated' : 'head/title-extra');
      if (split && !putField(work, 'sitename', split.site)) drop(work, u.line, split.siteText, 'boilerplate', 'site/in-title-extra');
      addPiece(work, u.line, u.text, 'title', split ? 'head/title-site' : 'head/title');
      return;
    }
    case 'subtitle':
      work.fields.subtitle = work.fields.subtitle === null ? u.text : `${work.fields.subtitle} ${u.text}`;
      addPiece(work, u.line, u.text, 'subtitle', 'head/subtitle');
      return;
    case 'site':
      return readSiteLine(u, work);
    case 'date':
      if (!readDateLine(u, work)) readBylineLine(u, work);
      return;
    case 'h-byline':
      return readBylineLine(u, work);
    default:
      return dropTrailer(u, info, work, 'head');
  }
}

/**
 * Labels the lines of a plain text (or the pieces of a collapsed page, whose body pieces `joinBody` makes one
 * paragraph again) and reads them into `work`; returns the body units.
 */
export function readPlain(units: readonly Unit[], work: Work, model: LineModel, joinBody = false): BodyUnit[] {
  // the hard rules are about lines; the pieces of a collapsed page are cut at chrome and sentences already
  const seq = lineSequence(units, work, !joinBody);
  const { labels } = labelLines(seq, model);
  const body: BodyUnit[] = [];
  let cut = false;
  // the writer's title under a sign-off (`كاتبة وتربوية`) is a bio
  let afterSignOff = false;
  labels.forEach((label, k) => {
    const u = units[k]!;
    const info = seq.infos[k]!;
    const at = work.pieces.length;
    if (label === 'paragraph' || label === 'heading') {
      const unit = body.length === 0 ? readLeadPrefix(cutLeadingChrome(u, work, joinBody && work.boilerplate.length > 0), work) : u;
      if (unit.text !== '') body.push(bodyUnit(unit, label === 'heading', reason(work, model, seq.feats[k]!, label)));
    } else if (label === 'b-chrome') dropTrailer(u, info, work, 'body');
    else if (label === 'trailer' || label === 't-chrome' || label === 'signoff') {
      // after a related-links heading everything is its list; a share link repeats the headline and names the site
      if (cut && !info.chrome) drop(work, u.line, u.text, 'boilerplate', 'boilerplate/after-cutoff');
      else if (!cut && readShareLink(u, work)?.text === '') void 0;
      else if (label === 'signoff' && !cut) readSignOff(u, work);
      else if (afterSignOff && info.wc <= 8 && !info.url && !info.email && !info.phone && !info.chrome) drop(work, u.line, u.text, 'credit', 'credit/author-bio');
      else dropTrailer(u, info, work, 'tail');
      cut ||= info.cutoff;
      afterSignOff = label === 'signoff';
    }
    else readHeadLine(u, info, label, work);
    const why = reason(work, model, seq.feats[k]!, label);
    for (let p = at; p < work.pieces.length; p++) work.pieces[p]!.reason ??= why;
  });
  // the pieces of a collapsed page make one paragraph again
  if (joinBody && body.length > 1) body.splice(0, body.length, bodyUnit({ line: body[0]!.line, text: body.map((b) => b.text).join(' ') }, false, body[0]!.reason));
  const last = body[body.length - 1];
  if (last) {
    const cut = readTailSuffix(last, work);
    body[body.length - 1] = bodyUnit(cut, last.heading, last.reason);
  }
  return body.filter((b) => b.text !== '');
}
