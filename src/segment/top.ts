import { isSite, readBylinePrefix, readSiteLine } from './bylines.js';
import { captionKind, isVerbLike } from './caption.js';
import { stoppedHeadline } from './stopped.js';
import { leadVerbs } from './data/lead-verbs.js';
import { findAnyDate, findNamedDate } from './dates/find.js';
import { weekdays } from './dates/months.js';
import { agencyOf, findAgencyDateline, findDatelineLine, isPlaceExact } from './dateline.js';
import { foldKey } from './fold.js';
import { leadingChromeRe } from './layouts/chrome.js';
import { fuzzyRe } from './match.js';
import { drop, hasWords, sentenceEnd, setField, wordCount, type Unit, type Work } from './model.js';


const bylineRe = fuzzyRe(/^(?:كتب|كتبت|بقلم|بواسطة|إعداد|اعداد|تقرير|حوار|متابعة|by)\s*[:\-–]?\s+([^\d.!?؟:]{2,50})$/iu);
/** Labels, times and separators around a date on a date line. */
const dateLineNoise = fuzzyRe(/تاريخ النشر|نشر في|نشر بتاريخ|بتاريخ|آخر تحديث|تحديث|Published|Updated|[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}(?::[0-9]{2})?|\b(?:GMT|UTC|AM|PM)\b|[|:،,\-–—()]|\s(?:ص|م|مساء|صباحا)(?=\s|$)/gu);
/** `headline - site` / `headline | site` (a page title). */
const siteSuffix = /\s+[-–|]\s+([^-–|]{2,30})$/u;

/** A photo caption over the body: `جانب من اللقاء`, `من تدريبات الفريق`, `صورة أرشيفية`. */
const captionRe = fuzzyRe(/^(?:جانب من|من|صورة|الصورة|لقطة|رسم|أرشيفية)\s/u);

/** Whether a unit reads as a sentence or a paragraph (long, or closed by sentence punctuation). */
function isProse(u: Unit | undefined): boolean {
  return u !== undefined && (hasWords(u.text, 15) || sentenceEnd.test(u.text.slice(-12)));
}

const verbs = new Set(leadVerbs.map(foldKey));
const weekdayKeys = new Set(weekdays.map(foldKey));

/** Words that open a lead or a report, not a headline: a day named in a headline is rare, in a lead common. */
const leadDayRe = fuzzyRe(/(?:^|\s)(?:اليوم|أمس|امس|صباح|مساء|ظهر)(?:\s|$)/u);
/** A two-word name: `عبد الله`, `أبو علي`, `محمد العتيبي` (a family name with the article). */
const nameLikeRe = fuzzyRe(/^(?:عبد|أبو|ابو|بن)|\sال\S+$/u);

/**
 * 3–25 words, opening with a word (not punctuation), not closed like a sentence, not opening with a lead verb.
 * `standalone` (a blank line below and prose after it) also lets through a short lead-verb headline
 * ("أعلنت الوزارة خطة جديدة") and a two-word one ("زلزال اقتصادي").
 */
function looksLikeHeadline(text: string, wc: number, standalone: boolean): boolean {
  if (wc < 2 || wc > 25 || /[.…:،,]["'”»)]*$/u.test(text) || /^[^\p{L}\p{N}"'“«(]/u.test(text)) return false;
  if (wc === 2) return standalone && !/\d/u.test(text) && !nameLikeRe.test(text);
  if (!verbs.has(foldKey(text.split(' ', 1)[0] ?? ''))) return true;
  return standalone && wc <= 14 && !leadDayRe.test(text);
}

/**
 * A headline printed with a full stop (`الحكومة تقر موازنة العام المقبل.`), set apart by a blank line: its shape
 * is checked in stopped.ts; here it must also read as a headline with no verb, day word or preposition first.
 */
function isStoppedHeadline(text: string, lead: Unit | undefined, blank: boolean): boolean {
  const inner = blank ? stoppedHeadline(text, lead?.text) : null;
  if (inner === null || leadDayRe.test(inner) || leadOpenRe.test(inner)) return false;
  const first = foldKey(inner.split(' ', 1)[0] ?? '');
  return !verbs.has(first) && !isVerbLike(first) && looksLikeHeadline(inner, wordCount(inner), true);
}

/** A second paragraph of a lead: `و يذكر أن …`, `وسيشرع …`, `وجاء القرار …`. */
const andThenRe = fuzzyRe(/^(?:[وف]\s|(?:[وف])(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أشار|أشارت|أوضح|أوضحت|جاء|جاءت|كان|كانت|قد|لا|لم|لن|يذكر|يشار|تجدر|س[يتن]|أن|إن|بحسب|حسب|وفق|ذلك)(?:\s|\S))/u);
/** The same sentence going on: `… بدأ الوزير حديثه` / `خلال مؤتمر …`. */
const goesOnRe = fuzzyRe(/^(?:خلال|الذي|التي|الذين|اللذين|حيث|وذلك|لكن|ولكن)\s/u);
/** A lead opens with a preposition or a quote (`في خطوة …`, `"لن نتراجع" …`); a headline seldom does. */
const leadOpenRe = fuzzyRe(/^(?:["“«]|(?:في|من|على|بعد|قبل|خلال|منذ|وسط)\s)/u);

/** Glued to the next line (no blank between): is this line the start of a lead rather than a headline? */
function leadGoesOn(text: string, next: string): boolean {
  if (goesOnRe.test(next)) return hasWords(text, 8);
  return andThenRe.test(next) && (hasWords(text, 15) || leadOpenRe.test(text));
}
/** A name with its honorific or office, alone on the first line: a photo caption (`الأمير فلان بن فلان`, `د. فلان`). */
const honorificRe = fuzzyRe(/^(?:الأمير|الأميرة|الملك|الشيخ|الشيخة|الدكتور|الدكتورة|د\.|المهندس|المهندسة|الأستاذ|الأستاذة|اللواء|العميد|معالي|سمو)\s*\S/u);

/** Whether a short first line is only a name with an honorific (no present-tense verb, no digits, up to 5 words). */
function isNameCaption(text: string): boolean {
  if (!honorificRe.test(text) || wordCount(text) > 5 || /[\d:،,!?؟]/u.test(text)) return false;
  return !text.split(/\s+/u).slice(1).some((w) => /^ي\S{2,}/u.test(w) || verbs.has(foldKey(w)));
}

/** The first line is a photo caption over the body (a name with its honorific): it leaves the body, and is no headline. */
function readNameCaption(c: Top): boolean {
  const u = c.units[c.i]!;
  if (c.i !== 0 || c.work.fields.title !== null || !isNameCaption(u.text) || !isProse(c.units[1])) return false;
  drop(c.work, u.line, u.text, 'boilerplate', 'boilerplate/caption');
  return true;
}

/**
 * A descriptive photo caption where a headline would be (`الوزير خلال استقباله الوفد`, `المدير متفقداً المشروع`),
 * with prose below it: it leaves the body, and is no headline; a headline may still follow it.
 */
function readPhotoCaption(c: Top): boolean {
  const u = c.units[c.i]!;
  const body = (k: number): boolean => hasWords(c.units[k]?.text ?? '', 12);
  // the body right below, or a headline between the caption and the body
  if (c.i > 2 || !(body(c.i + 1) || (body(c.i + 2) && !hasWords(c.units[c.i + 1]!.text, 26)))) return false;
  const kind = captionKind(u.text);
  // under a headline or a name, an office alone is the writer's title (`المدير العام للتعليم`), not a caption
  if (kind === null || (kind === 'office' && c.i > 0)) return false;
  drop(c.work, u.line, u.text, 'boilerplate', 'boilerplate/photo-caption');
  return true;
}

/** A letter's salutation over the body: `سعادة رئيس التحرير المحترم`, `السلام عليكم`. */
const salutationRe = fuzzyRe(/^(?:سعادة|معالي|فضيلة|سماحة|عزيزي|عزيزتي|السلام عليكم)\s|\sالمحترم(?:ين|ون|ة)?\s*$/u);

/** A wire dateline on its own line: `مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`. */
function readWireDateline(u: Unit, work: Work): boolean {
  if (u.text.length > 160 || wordCount(u.text) > 18 || sentenceEnd.test(u.text)) return false;
  const d = findNamedDate(u.text);
  if (!d || d.index === 0) return false;
  const place = u.text.slice(0, d.index).replace(/[\s\-–—\u0640،,:]+$/u, '').trim();
  // "الأحد 17 رمضان 1445 هـ - 27 مارس 2024 م" is a date line: a weekday is no place
  if (wordCount(place) > 4 || weekdayKeys.has(foldKey(place.replace(/^يوم\s+/u, '')))) return false;
  const tail = u.text.slice(d.index + d.raw.length).replace(/^\s*م(?:\s|$)/u, ' ').trim();
  const agency = tail ? agencyOf(tail) : null;
  if (tail && !agency) return false;
  setField(work, 'dateline', { place, agency, raw: u.text });
  if (work.fields.dateRank < 2) Object.assign(work.fields, { date: d.iso, dateRaw: d.raw, hijriDate: d.hijri, dateRank: 2 });
  drop(work, u.line, u.text, 'dateline', 'dateline/wire');
  return true;
}

/** An agency dateline alone on its line above the lead: `بيروت ـ (رويترز) -`. */
function readDatelineLine(c: Top): boolean {
  const u = c.units[c.i]!;
  const dateline = findDatelineLine(u.text);
  if (!dateline) return false;
  setField(c.work, 'dateline', dateline);
  drop(c.work, u.line, u.text, 'dateline', 'dateline/agency-line');
  return true;
}

/** Cuts chrome and datelines that open the first paragraph. */
export function readLeadPrefix(u: Unit, work: Work): Unit {
  let cur = readBylinePrefix(u, work);
  const dl = findAgencyDateline(cur.text);
  if (dl) {
    setField(work, 'dateline', dl.dateline);
    drop(work, cur.line, dl.dateline.raw, 'dateline', 'dateline/agency');
    cur = { line: cur.line, text: cur.text.slice(dl.length) };
  }
  return cur;
}

/** Where the top-of-file rules are: the units, the one being looked at, and the work so far. */
interface Top {
  units: Unit[];
  i: number;
  work: Work;
}

const blankAfter = (c: Top, k: number): boolean => c.units[k + 1] !== undefined && c.units[k + 1]!.line > c.units[k]!.line + 1;

/** `كتب: فلان`, `بقلم فلان`, `إعداد - فلان`. */
function readBylineLabel(c: Top): boolean {
  const u = c.units[c.i]!;
  const m = bylineRe.exec(u.text);
  if (!m || wordCount(u.text) > 8) return false;
  setField(c.work, 'author', m[1]!.trim());
  drop(c.work, u.line, u.text, 'byline', 'byline/label');
  return true;
}

/** A line that is only a date (with a label, weekday or time): `تاريخ النشر: 12 مارس 2023 - 10:30`. */
function readDateLine(c: Top): boolean {
  const u = c.units[c.i]!;
  if (u.text.length > 90 || wordCount(u.text) > 10) return false;
  const d = findAnyDate(u.text);
  if (!d) return false;
  const rest = (u.text.slice(0, d.index) + ' ' + u.text.slice(d.index + d.raw.length)).replace(dateLineNoise, ' ').trim();
  if (wordCount(rest) > 2 || (wordCount(rest) === 2 && !isPlaceExact(rest))) return false;
  if (rest && isPlaceExact(rest)) setField(c.work, 'dateline', { place: rest, agency: null, raw: u.text.trim() });
  if (c.work.fields.dateRank < 3) Object.assign(c.work.fields, { date: d.iso, dateRaw: u.text.trim(), hijriDate: d.hijri, dateRank: 3 });
  drop(c.work, u.line, u.text, 'date', 'date/line');
  return true;
}

/** The headline: the first line before any paragraph, 3–25 words, prose below it; a `- site` suffix names the site. */
function readHeadline(c: Top): boolean {
  const { units, i, work } = c;
  const u = units[i]!;
  const next = units[i + 1];
  const standalone = blankAfter(c, i) && isProse(next);
  // the SEED layout puts a short site line between the headline and the lead
  const siteBetween = next !== undefined && wordCount(next.text) <= 3 && !/[\d.:!?؟]/u.test(next.text) && blankAfter(c, i + 1);
  const lead = siteBetween ? units[i + 2] : next;
  const shaped = looksLikeHeadline(u.text, wordCount(u.text), standalone) || isStoppedHeadline(u.text, lead, blankAfter(c, i));
  if (i > 2 || work.fields.title !== null || u.text.length > 250 || captionRe.test(u.text) || salutationRe.test(u.text) || !shaped || /^[.،,:;]/u.test(next?.text ?? '')) return false;
  // glued to the text below: not a headline when the next line goes on with the same sentence or paragraph
  if (!blankAfter(c, i) && next !== undefined && (leadGoesOn(u.text, next.text) || salutationRe.test(next.text))) return false;
  // wire copy has no headline under its dateline; the next line is the lead
  if (work.pieces.some((p) => p.rule === 'dateline/wire')) return false;
  if (!blankAfter(c, i) && !isProse(units[i + 1]) && !isProse(units[i + 2]) && !isProse(units[i + 3])) return false;
  const suffix = siteSuffix.exec(u.text);
  if (suffix && isSite(suffix[1]!, work)) {
    setField(work, 'sitename', suffix[1]!);
    setField(work, 'title', u.text.slice(0, suffix.index).trim());
  } else setField(work, 'title', u.text);
  drop(work, u.line, u.text, 'title', 'title/first-line');
  // the SEED layout: headline, blank, a short site line, blank, body
  if (next && blankAfter(c, i) && blankAfter(c, i + 1) && wordCount(next.text) <= 3 && !sentenceEnd.test(next.text) && isProse(units[i + 2]) && !/\d/u.test(next.text)) {
    if (!readSiteLine(next, work, false)) {
      setField(work, 'sitename', next.text);
      drop(work, next.line, next.text, 'site', 'byline/site-under-title');
    }
    c.i++;
  }
  return true;
}

/** A 2–4 word label glued above a long first paragraph (a photo caption or a name): not a headline, not body. */
function readLeadLabel(c: Top): boolean {
  const u = c.units[c.i]!;
  if (u.text.length > 90) return false;
  const wc = wordCount(u.text);
  if (c.i !== 0 || wc < 2 || wc > (captionRe.test(u.text) ? 10 : 4) || blankAfter(c, 0) || /[\d.:!?؟]/u.test(u.text) || !hasWords(c.units[1]!.text, 25)) return false;
  drop(c.work, u.line, u.text, 'boilerplate', 'segment/lead-label');
  return true;
}

const topRules: readonly ((c: Top) => boolean)[] = [
  readBylineLabel,
  (c) => readWireDateline(c.units[c.i]!, c.work),
  readDatelineLine,
  readDateLine,
  (c) => readSiteLine(c.units[c.i]!, c.work),
  readNameCaption,
  readPhotoCaption,
  readHeadline,
  readLeadLabel,
];

/** `منذ 3 ساعات`, `قبل 20 دقيقة`: a relative time stamp (no date to take from it). */
const relativeTimeRe = fuzzyRe(/^(?:نشر\s+)?(?:منذ|قبل)\s+(?:[0-9\u0660-\u0669]{1,3}\s+)?(?:ساعة|ساعتين|ساعات|دقيقة|دقيقتين|دقائق|يوم|يومين|أيام|اسبوع|أسبوع|أسابيع)$/u);
/** A breadcrumb trail: short parts between `/`, `»`, `›` or `>` (`الرئيسية / اقتصاد`, `/ محليات`). */
const crumbSep = /\s*[/»›>]\s*/u;

/** Page chrome above the headline or between it and the body: a relative time stamp or a breadcrumb trail. */
function readTopChrome(c: Top): boolean {
  const u = c.units[c.i]!;
  if (u.text.length > 90 || wordCount(u.text) > 8) return false;
  if (relativeTimeRe.test(u.text)) {
    drop(c.work, u.line, u.text, 'boilerplate', 'boilerplate/relative-time');
    return true;
  }
  const parts = u.text.split(crumbSep);
  if (parts.length < 2 || /[\d.!?؟:،,]/u.test(u.text) || parts.some((p) => wordCount(p) > 3)) return false;
  drop(c.work, u.line, u.text, 'boilerplate', 'boilerplate/breadcrumb');
  return true;
}

/** Rules that may still apply below a standfirst: bylines, date lines, site lines. */
const belowRules: readonly ((c: Top) => boolean)[] = [readBylineLabel, readDateLine, (c) => readSiteLine(c.units[c.i]!, c.work, false), readTopChrome];

/**
 * A standfirst under the headline (`العجز المتوقع يتراجع …`): a short line, not a sentence, with a byline or date
 * line below it. It stays in the body; the scan goes on past it.
 */
function isStandfirst(c: Top): boolean {
  const u = c.units[c.i]!;
  return c.work.fields.title !== null && !hasWords(u.text, 16) && !sentenceEnd.test(u.text) && c.i + 1 < c.units.length - 1;
}

/** Headline, site line, bylines, date lines and datelines above the body of a plain file. Returns the body units. */
export function readTop(units: Unit[], work: Work): Unit[] {
  const chrome = units[0] ? leadingChromeRe.exec(units[0].text) : null;
  if (chrome && chrome[0].length > 0 && chrome[0].length < units[0]!.text.length) {
    drop(work, units[0]!.line, chrome[0], 'boilerplate', 'boilerplate/page-chrome');
    units[0] = { line: units[0]!.line, text: units[0]!.text.slice(chrome[0].length) };
  }
  const c: Top = { units, i: 0, work };
  while (c.i < 5 && c.i < units.length - 1 && (topRules.some((rule) => rule(c)) || readTopChrome(c))) c.i++;
  // a standfirst may sit between the headline and its byline: keep it, and read the byline below it
  const kept: Unit[] = [];
  if (c.i < 5 && c.i < units.length - 1 && isStandfirst(c)) {
    const at = c.i;
    c.i++;
    let took = false;
    while (c.i < at + 4 && c.i < units.length - 1 && belowRules.some((rule) => rule(c))) {
      c.i++;
      took = true;
    }
    if (took) kept.push(units[at]!);
    else c.i = at;
  }
  const rest = units.slice(c.i);
  if (rest.length > 0) rest[0] = readLeadPrefix(rest[0]!, work);
  return [...kept, ...rest].filter((r) => r.text !== '');
}
