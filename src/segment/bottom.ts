import { fuzzyRe } from './match.js';
import { addAgency, agencyOf } from './dateline.js';
import { classifyLine, isCutoff, maxChromeLength } from './classify.js';
import { foldKey } from './fold.js';
import { drop, sentenceEnd, setField, wordCount, type Unit, type Work } from './model.js';
import { isSite } from './bylines.js';

/** `(وكالات)` alone on a line: the agency's name, else null. */
function creditOf(s: string): string | null {
  const m = /^[(（]\s*([^()]{1,40})\s*[)）]\.?$/u.exec(s);
  return m ? agencyOf(m[1]!) : null;
}

/** Share-link trailer: `رابط الخبر بصحيفة الوئام: <headline>` — it names the site and repeats the headline. */
const shareLink = fuzzyRe(/(?:^|\s)(رابط\s+(?:الخبر|المقال|الموضوع)(?:\s+(?:ب|في\s+)?(?:صحيفة|صحيفه|موقع|جريدة)\s+([^:]{1,30}?))?\s*:\s*)([^]{3,300})$/u);
/** Tags appended to the last paragraph: `… . سمات سعودية صورة` */
const tagSuffix = fuzzyRe(/([.!?؟…]["'”»)]*|@\w+)\s+((?:سمات|الوسوم|وسوم|كلمات\s+مفتاحية|tags)\s*:?\s+[^.!?؟:]{1,150})$/u);
/** An agency credit in quotes or brackets after the last sentence: `… المقبلة. “الفرنسية”` */
const quotedCredit = /([.!?؟…]["'”»)]*)\s+["“«(]([^"“”«»()]{2,20})["”»)]$/u;
/** A desk credit appended to the last paragraph: `… . * وحدة التقارير الاقتصادية` */
const deskSuffix = /([.!?؟…]["'”»)]*)\s+(\*\s*[^*.!?؟]{2,60})$/u;

function readShareLink(u: Unit, work: Work): Unit | null {
  const m = shareLink.exec(u.text.slice(-400));
  if (!m) return null;
  const start = u.text.length - m[0].length + (m[0].length - m[0].trimStart().length);
  if (m[2] && isSite(m[2], work)) setField(work, 'sitename', m[2].trim());
  else if (m[2]) setField(work, 'sitename', m[2].trim());
  setField(work, 'title', m[3]!.trim());
  drop(work, u.line, u.text.slice(start), 'boilerplate', 'boilerplate/share-link');
  return { line: u.line, text: u.text.slice(0, start).trim() };
}

/** Cuts chrome glued to the end of the last paragraph. */
function readTailSuffix(u: Unit, work: Work): Unit {
  let cur = readShareLink(u, work) ?? u;
  const tags = tagSuffix.exec(cur.text.slice(-300));
  if (tags) {
    drop(work, cur.line, tags[2]!, 'boilerplate', 'boilerplate/tags');
    cur = { line: cur.line, text: cur.text.slice(0, cur.text.length - tags[2]!.length).trim() };
  }
  const quoted = quotedCredit.exec(cur.text.slice(-60));
  const agency = quoted ? agencyOf(quoted[2]!) : null;
  if (quoted && agency) {
    addAgency(work.fields.agencies, agency);
    drop(work, cur.line, quoted[0].slice(quoted[1]!.length), 'credit', 'credit/agency');
    cur = { line: cur.line, text: cur.text.slice(0, cur.text.length - quoted[0].length + quoted[1]!.length).trim() };
  }
  const desk = deskSuffix.exec(cur.text.slice(-120));
  if (desk && wordCount(desk[2]!) <= 7) {
    drop(work, cur.line, desk[2]!, 'credit', 'credit/desk');
    cur = { line: cur.line, text: cur.text.slice(0, cur.text.length - desk[2]!.length).trim() };
  }
  return cur;
}

/** A line of 60+ characters ending in a full stop reads as prose: it skips the chrome rules (they are for labels). */
function closedProse(s: string): boolean {
  if (s.length < 60) return false;
  const c = s.charCodeAt(s.length - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f;
}

/** Where a cut-off heading ends the article, or -1. Prose after it is allowed only near the end. */
function cutoffIndex(units: readonly Unit[], keys: readonly (string | undefined)[], work: Work): number {
  for (let k = 1; k < units.length; k++) {
    if (keys[k] === undefined || !isCutoff(units[k]!.text, work.rules, keys[k])) continue;
    const late = k >= units.length * 0.6;
    if (late || units.slice(k + 1).every((x) => wordCount(x.text) < 40)) return k;
  }
  return -1;
}

/** `خاص بـ«الشرق الأوسط»`, `خاص لـ "الواحة"`: an exclusive credit naming the site. */
const exclusiveRe = fuzzyRe(/^خاص\s*(?:ب|ل)\u0640*\s*["«“]?([^"«»“”.!?؟:]{2,30}?)["»”]?\s*$/u);
/** A sign-off: `بقلم: فلان`, `كتبه: فلان` (the name, up to 5 words). */
const signOffRe = fuzzyRe(/^(?:بقلم|كتبه|كتبته|كتب|بقلم الكاتب)\s*[:\-–]\s*([^\d.!?؟:،,]{2,50})$/u);

/**
 * A sign-off as the last line, or above one short line (the writer's title: `كاتب ومحلل اقتصادي`): the author.
 * True when it took lines off `kept`.
 */
function readSignOff(kept: Unit[], work: Work): boolean {
  const n = kept.length;
  for (const at of [n - 1, n - 2]) {
    if (at < 1) continue;
    const m = signOffRe.exec(kept[at]!.text);
    if (!m || wordCount(m[1]!) > 5) continue;
    const tail = kept[n - 1]!;
    if (at === n - 2 && (wordCount(tail.text) > 6 || sentenceEnd.test(tail.text) || /\d/u.test(tail.text))) return false;
    setField(work, 'author', m[1]!.trim());
    drop(work, kept[at]!.line, kept[at]!.text, 'byline', 'byline/sign-off');
    if (at === n - 2) drop(work, tail.line, tail.text, 'credit', 'credit/author-bio');
    kept.length = at;
    return true;
  }
  return false;
}

/** Trailer chrome, credits, cut-off sections and chrome lines anywhere in the body. Returns the body units. */
export function readBottom(units: Unit[], work: Work): Unit[] {
  const end = units.length;
  // fold each short line once; long lines are prose and skip the rule lists
  const keys = units.map((u) => (u.text.length <= maxChromeLength && !closedProse(u.text) ? foldKey(u.text) : undefined));
  const cut = cutoffIndex(units, keys, work);
  const cutFrom = cut >= 0 ? cut : end;
  const kept: Unit[] = [];
  const trailing: { u: Unit; role: 'boilerplate' | 'credit'; rule: string; agency?: string }[] = [];
  for (let k = 0; k < end; k++) {
    const u = units[k]!;
    const verdict = keys[k] === undefined ? null : classifyLine(u.text, work.rules, keys[k]);
    const agency = verdict ? null : creditOf(u.text);
    if (k >= cutFrom) {
      trailing.push({ u, role: verdict?.role ?? 'boilerplate', rule: verdict?.rule ?? (k === cut ? 'boilerplate/cutoff' : 'boilerplate/after-cutoff') });
    } else if (verdict) {
      trailing.push({ u, role: verdict.role, rule: verdict.rule });
    } else if (agency && k >= end - 6) {
      trailing.push({ u, role: 'credit', rule: 'credit/agency', agency });
    } else kept.push(u);
  }
  trailing.sort((a, b) => a.u.line - b.u.line);
  for (const t of trailing) {
    if (t.agency) addAgency(work.fields.agencies, t.agency);
    if (t.rule === 'credit/source') {
      const a = agencyOf(t.u.text.replace(/^[^:]*:/u, ''));
      if (a) addAgency(work.fields.agencies, a);
    }
    drop(work, t.u.line, t.u.text, t.role, t.rule);
  }
  // A short last line starting with "* " is a desk or syndication credit ("* خدمة «نيويورك تايمز»"), or, up to
  // 12 words and not one item of a "*" list, the writer's bio ("* أستاذ الاقتصاد في جامعة …").
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    const star = /^\*\s*\S/u.test(last.text) && !sentenceEnd.test(last.text);
    const exclusive = exclusiveRe.exec(last.text);
    if (star && wordCount(last.text) <= 6) {
      drop(work, last.line, last.text, 'credit', 'credit/desk');
      kept.pop();
    } else if (star && wordCount(last.text) <= 12 && !/^\*/u.test(kept[kept.length - 2]!.text)) {
      drop(work, last.line, last.text, 'credit', 'credit/author-bio');
      kept.pop();
    } else if (exclusive) {
      setField(work, 'sitename', exclusive[1]!.trim());
      drop(work, last.line, last.text, 'credit', 'credit/exclusive');
      kept.pop();
    } else if (readSignOff(kept, work)) {
      continue;
    } else if (shareLink.test(last.text) && /^رابط/u.test(last.text)) {
      readShareLink(last, work);
      kept.pop();
    } else break;
  }
  if (kept.length > 0) kept[kept.length - 1] = readTailSuffix(kept[kept.length - 1]!, work);
  return kept.filter((u) => u.text !== '');
}
