import { classifyLine } from '../classify.js';
import { hasFigure } from '../dates/find.js';
import { fuzzyRe } from '../fuzzy-phrases.js';
import { addAgency, agencyOf } from '../dateline.js';
import { addPiece, drop, putField, wordCount, type Unit, type Work } from '../work.js';
import { cleanPart, nameShaped } from '../head/evidence.js';
import type { LineInfo } from '../lines/info.js';

// What a line of the tail (or chrome inside the body) is, for its rule id in the audit: a credit (an agency in
// brackets, a source, a desk or a writer's bio), a contact line, a known kind of chrome, or a trailer line.

/** `(وكالات)` alone on a line: the agency's name, else null. */
function creditOf(s: string): string | null {
  const m = /^[(（]\s*([^()]{1,40})\s*[)）]\.?$/u.exec(s);
  return m ? agencyOf(m[1]!) : null;
}

/** `خاص بـ«الواحة»`, `خاص لـ "الواحة"`: an exclusive credit, naming the site. */
const exclusiveRe = fuzzyRe(/^خاص\s*(?:ب|ل)\u0640*\s*["«“]?([^"«»“”.!?؟:]{2,30}?)["»”]?\s*$/u);

/** The rule id of a chrome or trailer line, and whether it is a credit (kept apart from junk in the audit). */
export function trailerRule(u: Unit, info: LineInfo, work: Work, zone: 'head' | 'body' | 'tail'): { rule: string; credit: boolean } {
  const exclusive = exclusiveRe.exec(u.text);
  if (exclusive) {
    putField(work, 'sitename', exclusive[1]!.trim());
    return { rule: 'credit/exclusive', credit: true };
  }
  const agency = creditOf(u.text);
  if (agency) {
    addAgency(work.fields.agencies, agency);
    return { rule: 'credit/agency', credit: true };
  }
  const verdict = classifyLine(u.text, work.rules, info.key || undefined);
  if (verdict) {
    if (verdict.rule === 'credit/source') {
      const a = agencyOf(u.text.replace(/^[^:]*:/u, ''));
      if (a) addAgency(work.fields.agencies, a);
    }
    return { rule: verdict.rule, credit: verdict.role === 'credit' };
  }
  if (info.cutoff) return { rule: 'boilerplate/cutoff', credit: false };
  if (info.starred) return { rule: wordCount(u.text) <= 6 ? 'credit/desk' : 'credit/author-bio', credit: true };
  if (info.email || info.handle || info.phone || info.url) return { rule: 'boilerplate/contact', credit: false };
  if (info.caption && zone !== 'tail') return { rule: 'boilerplate/photo-caption', credit: false };
  return { rule: `boilerplate/${zone}-chrome`, credit: false };
}

/** Drops a chrome or trailer line with its rule. */
export function dropTrailer(u: Unit, info: LineInfo, work: Work, zone: 'head' | 'body' | 'tail'): void {
  const { rule, credit } = trailerRule(u, info, work, zone);
  drop(work, u.line, u.text, credit ? 'credit' : 'boilerplate', rule);
}

const signOffLabel = /^\s*(?:بقلم الكاتب|بقلم|كتبته|كتبه|كتبت|كتب|الكاتب)(?=[\s:\-–]|$)\s*[:\-–]?\s*/u;

/** A sign-off under the body: `بقلم: فلان`, or a name alone. */
export function readSignOff(u: Unit, work: Work): void {
  const label = signOffLabel.exec(u.text);
  const name = cleanPart(label ? u.text.slice(label[0].length) : u.text.replace(/^[-–*\s]+/u, ''));
  if (label) drop(work, u.line, label[0], 'boilerplate', 'byline/label');
  // (a name holds no figure)
  if (!hasFigure(name) && (nameShaped(name) || wordCount(name) <= 4) && putField(work, 'author', name)) {
    addPiece(work, u.line, name, 'byline', 'byline/sign-off');
  } else drop(work, u.line, name, 'credit', 'credit/author-bio');
}
