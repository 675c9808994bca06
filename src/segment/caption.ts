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
const phrases = data.captionPhrases.map(foldKey);
const participants = keys(data.participantWords);
const verbs = keys(leadVerbs);
/** Prepositions and particles a caption's subject never holds (the shared list), and `جديد` of appointments. */
const functionWords = keys([...prepositions, 'لا', 'لن', 'لم', 'قد', 'هل', 'جديد', 'جديدا', 'جديدة']);

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

/** Who is pictured: 1–5 words, no verb, no preposition, not an event noun first. */
function isSubject(words: readonly string[], verb: (w: string) => boolean): boolean {
  // `مجموعة من الأطفال`, `عدد من الطلاب`: a part of a group may take من
  const preposition = (w: string, i: number): boolean => functionWords.has(w) && !(i === 1 && w === 'من' && parts.has(words[0]!));
  const officeFirst = offices.has(words[0]!);
  return words.length >= 1 && words.length <= 5 && !words.some((w, i) => verb(w) || preposition(w, i)) && (officeFirst || !isEventNoun(words[0]!));
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
  if (key.length > 120 || /[0-9:?!"()]/u.test(key)) return null;
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
  if (phrases.some((p) => key.includes(p))) return 'opener';
  // a group pictured (`الطلاب المشاركون في المشروع`): the participle follows a plural or group noun, no verb anywhere
  if (words.length <= 7 && words.slice(1, 3).some((w) => participants.has(w)) && !words.some(verb)) return 'opener';
  for (let k = 1; k < Math.min(words.length, 6); k++) {
    const w = words[k]!;
    const subject = words.slice(0, k);
    const rest = words.slice(k + 1);
    if (!isSubject(subject, verb)) continue;
    const personal = k === 1 || isDefinite(subject[k - 1]!) || offices.has(subject[0]!);
    // a lone noun before the preposition may be a name (`فلان أثناء اجتماعه`) or a topic (`ألم بعد عملية …`): only a
    // pronoun or a definite noun after it says the line is about someone pictured
    const anaphoric = k > 1 || isDefinite(subject[0]!) || isDefinite(rest[0] ?? '') || hasClearPronoun(rest[0] ?? '');
    if (scene.has(w) && personal && anaphoric && isSceneRest(rest, verb)) return 'scene';
    if (rest.some(verb)) continue;
    if (company.has(w) && personal && rest.length <= 6 && rest[0] !== undefined && (isDefinite(rest[0]) || companions.has(rest[0]))) return 'scene';
    if (k <= 4 && rest.length <= 6 && isParticiple(w, rest[0])) return 'participle';
    if (k <= 4 && showVerbs.has(w) && isDefinite(rest[rest.length - 1] ?? '') && (rest.length === 1 || (rest.length <= 3 && /^(?:عن|علي|في|الى)$/u.test(rest[0]!)))) return 'verb';
  }
  const office = offices.has(first) || (words.length > 1 && offices.has(`${first} ${words[1]!}`));
  if (office && words.length <= 7 && !words.some((w) => verb(w) || functionWords.has(w))) return 'office';
  return null;
}
