import { isPlace } from '../dateline.js';
import { foldKey } from '../fold.js';
import { wordCount, type Work } from '../work.js';
import { cleanPart, outletShaped, siteEvidence } from './evidence.js';

// A headline line that also names the site, as page titles and print exports write it:
//   `<site> : <headline>`, `جريدة <name> | <headline>`, `<headline> - <Site> - <site in Arabic>`, `<headline> | <site>`.
// A bar is never part of a headline, so the short side of a bar is the site. A dash or a colon may be part of a
// headline (`الوزير: لا زيادة في الأسعار`), so that side must look like an outlet (shape, lists, the folder's
// template), or, before a spaced colon (` : `), be a short name that is neither a place nor an office.

export interface TitleSite {
  title: string;
  site: string;
  /** The text that named the site (with its separators), for the audit. */
  siteText: string;
}

const bar = /\s*\|\s*/u;
const dash = /\s+[-–—]\s+/u;
const spacedColon = /\s+:\s+/u;

/** Of several site parts (`Alghad - الغد`), the Arabic one. */
function pickSite(parts: readonly string[]): string {
  return parts.find((p) => /[\u0621-\u064A]/u.test(p)) ?? parts[0]!;
}

function split(text: string, sep: RegExp): string[] {
  return text.split(sep).map((p) => p.trim());
}

/** Splits the site off a headline line; null when the line names no site. */
export function splitTitleSite(text: string, work: Work): TitleSite | null {
  if (wordCount(text) > 40) return null;
  for (const sep of [bar, dash]) {
    const parts = split(text, sep);
    if (parts.length < 2 || parts.some((p) => p === '')) continue;
    const strong = sep === bar;
    // `<headline> - <Site> - <site>`: trailing short parts
    let k = parts.length;
    while (k > 1 && wordCount(parts[k - 1]!) <= 5 && (strong || siteEvidence(parts[k - 1]!, work))) k--;
    if (k < parts.length && wordCount(parts.slice(0, k).join(' ')) >= 3) {
      return { title: parts.slice(0, k).join(sep === bar ? ' | ' : ' - '), site: cleanPart(pickSite(parts.slice(k))), siteText: parts.slice(k).join(' - ') };
    }
    // `<site> | <headline>`
    // (a place before a dash opens a dateline, not a page title: `غزة - …`)
    if (wordCount(parts[0]!) <= 5 && (strong || (siteEvidence(parts[0]!, work) && !isPlace(parts[0]!))) && wordCount(parts.slice(1).join(' ')) >= 3) {
      return { title: parts.slice(1).join(' - '), site: cleanPart(parts[0]!), siteText: parts[0]! };
    }
  }
  return siteBeforeColon(text, work);
}

/** `<site> : <headline>` */
function siteBeforeColon(text: string, work: Work): TitleSite | null {
  const m = spacedColon.exec(text) ?? /:\s+/u.exec(text);
  if (!m || m.index === 0) return null;
  const head = cleanPart(text.slice(0, m.index));
  const rest = text.slice(m.index + m[0].length).trim();
  if (wordCount(head) > 4 || wordCount(rest) < 3) return null;
  const spaced = /^\s+:/u.test(m[0]);
  const evidence = siteEvidence(head, work) || (spaced && wordCount(head) <= 3 && !isPlace(head) && !speakerLike(head) && !labelLike(head) && !/\d/u.test(head));
  return evidence ? { title: rest, site: head, siteText: text.slice(0, m.index + m[0].length).trim() } : null;
}

/** Labels a headline opens with (`عاجل:`, `رسميا :`, `بالفيديو:`): no site. An adverb in -ا is one too. */
const headlineLabels = new Set(['عاجل', 'فيديو', 'بالفيديو', 'صور', 'بالصور', 'شاهد', 'خاص', 'حصري', 'تقرير', 'حوار', 'تحقيق', 'رأي', 'تحليل', 'متابعة', 'انفوجراف'].map(foldKey));
function labelLike(head: string): boolean {
  const key = foldKey(head);
  return headlineLabels.has(key) || (!key.includes(' ') && /[\u0621-\u064A]{3,}ا$/u.test(key) && !key.startsWith('ال'));
}

/** Who speaks in `X: quote` headlines: an office or a body (`الوزير`, `مصدر`, `الحكومة`), not an outlet. */
function speakerLike(head: string): boolean {
  if (outletShaped(head)) return false;
  const first = foldKey(head).split(' ')[0] ?? '';
  return speakers.has(first);
}

const speakers = new Set(
  ['الوزير', 'وزير', 'الرئيس', 'رئيس', 'مصدر', 'مصادر', 'مسؤول', 'الحكومة', 'الوزارة', 'الجيش', 'الشرطة', 'خبير', 'خبراء', 'دراسة', 'تقرير', 'بيان', 'المتحدث', 'متحدث', 'السفير', 'النائب', 'المحكمة', 'البرلمان', 'الأمم', 'مدير', 'المدير', 'محافظ', 'المحافظ', 'أمير', 'الأمير', 'الملك', 'الشيخ'].map(foldKey),
);
