import * as data from './data/captions.js';
import { leadVerbs } from './data/lead-verbs.js';
import { foldKey } from './fold.js';
import { prepositions } from './data/function-words.js';
import { isRegexSpace } from './split-spaces.js';

// A descriptive photo caption printed above the body, in the place of a headline: the person or thing pictured,
// then where or doing what ("الوزير خلال استقباله الوفد", "المدير متفقداً المشروع", "فلان يفتتح المعرض"), or
// only a name with its office ("رئيس بلدية المدينة"). Such a line reports no event the way a headline does: no
// finite verb of its own, no figures, no colon or question, and what follows its preposition points back to the
// person pictured ("استقباله", "التوقيع").

const keys = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(foldKey));
const scene = keys(data.scenePrepositions);
const company = keys(data.companyPrepositions);
const companions = keys([...data.companyWords, ...data.officeWords]);
const times = keys(data.timeWords);
const openers = keys(data.captionOpeners);
const needMin = keys(data.openersWithMin);
const showVerbs = keys(data.captionVerbs);
const offices = keys(data.officeWords);
const appointments = keys(data.appointmentNouns);
const adverbs = keys(data.participleLikeAdverbs);
const events = keys(data.eventNouns);
const parts = keys(data.partWords);
/**
 * The phrases only captions use, folded, as one alternation of their texts: it matches a key exactly when the key
 * holds one of them (one scan of the key instead of a search per phrase).
 */
const phrases = new RegExp(data.captionPhrases.map((p) => foldKey(p).replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')).join('|'), 'u');
const participants = keys(data.participantWords);
const verbs = keys(leadVerbs);
/** Prepositions and particles a caption's subject never holds (the shared list), and `جديد` of appointments. */
const functionWords = keys([...prepositions, 'لا', 'لن', 'لم', 'قد', 'هل', 'جديد', 'جديدا', 'جديدة']);
/** The first words of the offices of two words (`رئيس الوزراء`): only a line opening with one is asked for them. */
const officeHeads = new Set([...offices].filter((o) => o.includes(' ')).map((o) => o.split(' ')[0]!));

/** A word that may be a finite verb: a lead or caption verb, or a present-tense form (يـ / تـ / سيـ / ستـ …). */
export function isVerbLike(w: string): boolean {
  if (verbs.has(w) || showVerbs.has(w)) return true;
  // تفعيل / تفعّل nouns (تكريمه، تعليم) and plurals (تدريبات) look like present tenses but are not
  return /^(?:س?[يت][\u0621-\u064A]{2,}|[وف]س?[يت][\u0621-\u064A]{3,})$/u.test(w) && !/^ت[\u0621-\u064A]{2}ي[\u0621-\u064A](?:ه|ها|هم|هما)?$|ات$/u.test(w);
}

const isDefinite = (w: string): boolean => /^[وفب]?ال[\u0621-\u064A]{2}/u.test(w);
/** `استقباله`, `شرحها`, `عرضهم`: a noun with a pronoun pointing back at the person pictured. */
const hasPronoun = (w: string): boolean => /^[\u0621-\u064A]{3,}(?:ه|ها|هم|هما|هن)$/u.test(w) && !isDefinite(w);
/**
 * A pronoun that cannot be a folded teh marbuta (foldKey writes ة as ه: `عملية` -> `عمليه`): `ته`, `ها`, `هم`, or
 * ه on a verbal noun (`اجتماعه`, `استقباله`, `تعرضه`).
 */
const hasClearPronoun = (w: string): boolean => /^[\u0621-\u064A]{2,}(?:ته|ها|هم|هما|هن)$/u.test(w) || /^[اتم][\u0621-\u064A]{2,}[^اي]ه$/u.test(w);

/** An event noun (`اشتباكات`, `انفجار`, `استئناف`, `تفعيل`) opens a headline; a caption opens with who is pictured. */
function isEventNoun(word: string): boolean {
  const w = word.replace(/^ال/u, '');
  return events.has(w) || /ات$/u.test(w) || /^(?:ا[\u0621-\u064A]{2,3}ا|است|ان[\u0621-\u064A]{2}ا|ت[\u0621-\u064A]{2}ي[\u0621-\u064A])/u.test(w);
}

/** `حنفي مكرماً …`, `الشمري مترئسا الاجتماع`: an accusative participle (حال) after the subject. */
function isParticiple(w: string, next: string | undefined): boolean {
  // active participles only: not a name (ميرنا), a passive (مشنوقا) or a noun with a pronoun (معاركها)
  if (!/^م[^\u0627\u0648\u064A][\u0621-\u064A]{1,3}[^\u0647]ا$/u.test(w) || /^م[\u0621-\u064A]{2}و[\u0621-\u064A]ا$/u.test(w) || adverbs.has(w) || appointments.has(w.slice(0, -1))) return false;
  // "فلان متحدثاً رسمياً للوزارة" is an appointment
  return next === undefined || !(/^ل(?!ل?ا?ل)/u.test(next) || /^(?:جديدا|رسميا|عاما)$/u.test(next));
}

/** What follows a scene preposition points back to the picture: `خلال استقباله`, `بعد التوقيع`, not `خلال الأيام القادمة`. */
function isSceneRest(rest: readonly string[], verb: (w: string) => boolean): boolean {
  const w = rest[0];
  if (w === undefined || rest.length > 7 || rest.some((r) => times.has(r)) || rest.slice(1).some(verb)) return false;
  // `خلال استقباله`, `بعد التوقيع`, `خلال زيارة المعرض` (a noun with a definite one after it)
  return hasPronoun(w) || isDefinite(w) || (rest[1] !== undefined && isDefinite(rest[1]));
}

/**
 * Whether the i-th word of a caption may stand in who is pictured: no verb, no preposition (`مجموعة من الأطفال`,
 * `عدد من الطلاب`: a part of a group may take من).
 */
function inSubject(words: readonly string[], i: number, verb: (w: string) => boolean): boolean {
  const w = words[i]!;
  return !verb(w) && !(functionWords.has(w) && !(i === 1 && w === 'من' && parts.has(words[0]!)));
}

/** The figures and marks no caption holds: a line with one is not asked. */
function holdsFigureOrMark(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    // DIGIT ZERO..NINE, COLON, QUESTION MARK, EXCLAMATION MARK, QUOTATION MARK, LEFT and RIGHT PARENTHESIS
    if ((c >= 0x30 && c <= 0x3a) || c === 0x3f || c === 0x21 || c === 0x22 || c === 0x28 || c === 0x29) return true;
  }
  return false;
}

/** `key.replace(/[.\s]+$/u, '')`: the key without the full stops and spaces that end it. */
export function trimStopsAndSpaces(key: string): string {
  let end = key.length;
  while (end > 0 && (key.charCodeAt(end - 1) === 0x2e || isRegexSpace(key.charCodeAt(end - 1)))) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** A space, or a comma or hyphen that parts a caption's words: `\s`, ARABIC COMMA, COMMA, HYPHEN-MINUS. */
const apartUnit = (c: number): boolean => isRegexSpace(c) || c === 0x060c || c === 0x2c || c === 0x2d;

/** `key.replace(/[،,\-]/gu, ' ').split(/\s+/u).filter(Boolean)`: the runs of units between spaces, commas and hyphens. */
export function captionWords(key: string): string[] {
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= key.length; i++) {
    const apart = i === key.length || apartUnit(key.charCodeAt(i));
    if (apart && from >= 0) {
      words.push(key.slice(from, i));
      from = -1;
    } else if (!apart && from < 0) from = i;
  }
  return words;
}

/**
 * Why `text` is a photo caption (the last part of the rule id: `scene`, `participle`, `verb`, `office`, `opener`), or
 * null. `folded` is `foldKey(text)`, when the caller has it.
 */
export function captionKind(text: string, folded?: string): string | null {
  if (text.length > 200) return null;
  const key = trimStopsAndSpaces(folded ?? foldKey(text));
  if (key.length > 120 || holdsFigureOrMark(key)) return null;
  const words = captionWords(key);
  if (words.length === 0 || words.length > 12) return null;
  const first = words[0]!;
  // (each word asked once whether it may be a verb: the shapes below ask it of the same words many times)
  const verbLike = new Map<string, boolean>();
  const verb = (w: string): boolean => {
    let v = verbLike.get(w);
    if (v === undefined) verbLike.set(w, (v = isVerbLike(w)));
    return v;
  };
  if (openers.has(first) && (!needMin.has(first) || words[1] === 'من' || isDefinite(words[1] ?? '')) && !words.slice(1).some(verb)) return 'opener';
  if (phrases.test(key)) return 'opener';
  // a group pictured (`الطلاب المشاركون في المشروع`): the participle follows a plural or group noun, no verb anywhere
  if (words.length <= 7 && words.slice(1, 3).some((w) => participants.has(w)) && !words.some(verb)) return 'opener';
  // who is pictured: the first 1–5 words (words[0, k)), no verb, no preposition, not an event noun first (an office
  // may open it). Each k takes one more word, so the first word that cannot stand in it ends the search.
  const subjectMayOpen = offices.has(first) || !isEventNoun(first);
  for (let k = 1; subjectMayOpen && k < Math.min(words.length, 6) && inSubject(words, k - 1, verb); k++) {
    const w = words[k]!;
    const rest = words.slice(k + 1);
    const personal = k === 1 || isDefinite(words[k - 1]!) || offices.has(first);
    // a lone noun before the preposition may be a name (`فلان أثناء اجتماعه`) or a topic (`ألم بعد عملية …`): only a
    // pronoun or a definite noun after it says the line is about someone pictured
    const anaphoric = k > 1 || isDefinite(first) || isDefinite(rest[0] ?? '') || hasClearPronoun(rest[0] ?? '');
    if (scene.has(w) && personal && anaphoric && isSceneRest(rest, verb)) return 'scene';
    if (rest.some(verb)) continue;
    if (company.has(w) && personal && rest.length <= 6 && rest[0] !== undefined && (isDefinite(rest[0]) || companions.has(rest[0]))) return 'scene';
    if (k <= 4 && rest.length <= 6 && isParticiple(w, rest[0])) return 'participle';
    if (k <= 4 && showVerbs.has(w) && isDefinite(rest[rest.length - 1] ?? '') && (rest.length === 1 || (rest.length <= 3 && /^(?:عن|علي|في|الى)$/u.test(rest[0]!)))) return 'verb';
  }
  const office = offices.has(first) || (words.length > 1 && officeHeads.has(first) && offices.has(`${first} ${words[1]!}`));
  if (office && words.length <= 7 && !words.some((w) => verb(w) || functionWords.has(w))) return 'office';
  return null;
}
