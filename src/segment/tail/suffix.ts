import { functionWords } from '../data/function-words.js';
import { chromeLines } from '../boilerplate/phrases.js';
import { addAgency, agencyOf } from '../dateline.js';
import { foldKey } from '../fold.js';
import { fuzzyRe } from '../fuzzy-phrases.js';
import { isLetter } from '../layouts/headline-words.js';
import { isSentenceStop } from '../lines/end-code.js';
import { isRegexSpace } from '../split-spaces.js';
import { addPiece, drop, putField, wordCount, type Unit, type Work } from '../work.js';
import { cleanPart, nameShaped } from '../head/evidence.js';

// Chrome glued to the end of the last paragraph, after its last sentence: a share link that repeats the headline
// (`رابط الخبر: <headline>`), a tag list (a few words with no function word), an agency credit in brackets or
// quotes, a desk credit after `*`. What stands after the last full stop is not a sentence when it has no function
// word and no verb at its head; a real closing clause without a stop (`… وأضاف أن الفريق سيعود`) has both.

const fnWords = new Set(functionWords.map(foldKey));
/** One-word chrome that pages glue after the text (an ad label, a print or share button). */
const chromeWords = new Set(chromeLines.filter(([p]) => !p.trim().includes(' ')).map(([p]) => foldKey(p)));
/** `رابط الخبر بصحيفة الواحة: <headline>`: a share link that names the site and repeats the headline. */
const shareLink = fuzzyRe(/(?:^|\s)(?:رابط|الرابط)\s+(?:الخبر|المقال|الموضوع|المادة)(?:\s+(?:ب|في\s+|على\s+)?(?:صحيفة|صحيفه|موقع|جريدة|بوابة)\s+([^:]{1,30}?))?\s*:\s*([^]{3,300})$/u);
const afterSentence = /([.!?؟…]["'”»)\]]*)\s+([^.!?؟…]{2,160})$/uy;

/**
 * `afterSentence` on `text`: the fragment after the last stop. Nothing after the stop it opens with may be a stop,
 * so only the last stop can open a match: the expression is tried there alone instead of at every stop of the text.
 */
export function afterLastSentence(text: string): RegExpExecArray | null {
  let at = text.length - 1;
  while (at >= 0 && !isSentenceStop(text.charCodeAt(at))) at--;
  if (at < 0) return null;
  afterSentence.lastIndex = at;
  return afterSentence.exec(text);
}
/** Words that name a tag list: `سمات`, `الوسوم:`, `كلمات مفتاحية:`. */
const tagLabel = fuzzyRe(/^(?:سمات|الوسوم|وسوم|كلمات\s+مفتاحية|الكلمات\s+المفتاحية|الكلمات\s+الدالة|كلمات\s+دلالية|tags)\s*:?\s/u);

/** Cuts a share-link trailer off the end of `u` (title and site go to the record). */
export function readShareLink(u: Unit, work: Work): Unit | null {
  const tail = u.text.slice(-400);
  // (`رابط` and `الرابط` hold BEH + TAH as they are written: a text without the pair holds no share link)
  const m = tail.includes('\u0628\u0637') ? shareLink.exec(tail) : null;
  if (!m) return null;
  const start = u.text.length - m[0].length + (m[0].length - m[0].trimStart().length);
  if (m[1]) putField(work, 'sitename', cleanPart(m[1]));
  putField(work, 'title', m[2]!.trim());
  drop(work, u.line, u.text.slice(start), 'boilerplate', 'boilerplate/share-link');
  return { line: u.line, text: u.text.slice(0, start).trim() };
}

/** What kind of fragment stands after the last sentence, or null when it is text. */
function fragmentKind(frag: string, oneWord: boolean): { role: 'credit' | 'boilerplate'; rule: string; agency?: string } | null {
  if (/^\*\s*\S/u.test(frag)) return wordCount(frag) <= 8 ? { role: 'credit', rule: 'credit/desk' } : null;
  const bracketed = /^["“«(]([^"“”«»()]{2,30})["”»)]$/u.exec(frag);
  const agency = bracketed ? agencyOf(bracketed[1]!) : null;
  if (agency) return { role: 'credit', rule: 'credit/agency', agency };
  if (tagLabel.test(frag)) return { role: 'boilerplate', rule: 'boilerplate/tags' };
  const words = foldKey(frag).split(' ');
  if (words.length === 1 && chromeWords.has(words[0]!)) return { role: 'boilerplate', rule: 'boilerplate/tail-chrome' };
  // one word after a full stop counts too: a sentence does not end on a word of its own, a surname, a tag or a bio
  // word does (after a question, or an abbreviation's dot, `د. فلان`, it may be the text's)
  if ((words.length < 2 && !oneWord) || words.length > 12 || /[0-9:،,;]/u.test(frag) || !/[\u0621-\u064A]{2}/u.test(frag)) return null;
  if (/^[وف][\u0621-\u064A]{2,}/u.test(words[0]!) || words.some((w) => fnWords.has(w))) return null;
  return { role: 'boilerplate', rule: 'boilerplate/trailing-tags' };
}

/**
 * Whether the stop at `at` closes a one-letter word (`د.`, `م.`: an abbreviation, the sentence goes on), or stands
 * too near the start of `text` to tell.
 */
function abbreviationAt(text: string, at: number): boolean {
  if (at < 2) return true;
  const c = text.charCodeAt(at - 1);
  const letter = isLetter(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return letter && isRegexSpace(text.charCodeAt(at - 2));
}

/** Cuts chrome glued after the last sentence of the last paragraph. */
export function readTailSuffix(u: Unit, work: Work): Unit {
  let cur = readShareLink(u, work) ?? u;
  for (let round = 0; round < 3; round++) {
    const tail = cur.text.slice(-200);
    const m = afterLastSentence(tail);
    if (!m) break;
    const frag = m[2]!.trim();
    const kind = fragmentKind(frag, m[1]![0] === '.' && !abbreviationAt(tail, m.index));
    if (!kind) break;
    if (kind.agency) addAgency(work.fields.agencies, kind.agency);
    // a writer's name glued after the last sentence signs the article off
    if (kind.rule === 'boilerplate/trailing-tags' && nameShaped(frag) && putField(work, 'author', cleanPart(frag))) {
      addPiece(work, cur.line, frag, 'byline', 'byline/sign-off');
    } else drop(work, cur.line, frag, kind.role, kind.rule);
    cur = { line: cur.line, text: cur.text.slice(0, cur.text.length - m[0].length + m[1]!.length).trim() };
  }
  return cur;
}
