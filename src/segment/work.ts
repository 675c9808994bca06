import type { BoilerplateLine, Segmented, Warning } from '../core/types.js';

/** What `tanqih inspect` shows for one line of the normalised text. */
/** Every role, in reading order: what `tanqih inspect` colours and its HTML page lists in its legend. */
export const roles = ['kicker', 'title', 'subtitle', 'site', 'byline', 'date', 'dateline', 'heading', 'paragraph', 'credit', 'boilerplate', 'meta', 'blank'] as const;
export type Role = (typeof roles)[number];

/** A piece of a line with the role it got and the rule that decided it (a line may hold several pieces). */
export interface Piece {
  /** 1-based line of the normalised text. */
  line: number;
  text: string;
  role: Role;
  rule: string;
  /** Why the line got its role, when a model decided it: its strongest features. */
  reason?: string;
}

/** A paragraph candidate: the text of one line, or of one item of a line split by a layout. */
export interface Unit {
  line: number;
  text: string;
}

/** User rules (`--rules FILE`), already parsed and checked by the CLI: plain JSON data. */
export interface SegmentRules {
  /** Extra site names, as in site lines and bylines. */
  sites?: readonly string[] | undefined;
  /** Extra whole lines to drop as boilerplate (compared after folding). */
  boilerplateLines?: readonly string[] | undefined;
  /** Extra regular expressions (JavaScript syntax); a line matching one is dropped as boilerplate. */
  patterns?: readonly string[] | undefined;
  /** Extra lines after which the rest of the article is dropped (related-article headings). */
  cutoffLines?: readonly string[] | undefined;
}

/** Fields found so far; layouts and rules fill them in, first writer wins. */
export interface Fields extends Pick<Segmented, 'kicker' | 'title' | 'subtitle' | 'section' | 'sitename' | 'author' | 'date' | 'dateRaw' | 'hijriDate' | 'dateline' | 'url' | 'agencies' | 'meta'> {
  /** Where the date came from: metadata beats a dateline beats the body. */
  dateRank: number;
}

/** The working state of one segmentation. */
export interface Work {
  /** Keep every piece for `tanqih inspect` (off in batch runs: less allocation). */
  trace: boolean;
  fields: Fields;
  pieces: Piece[];
  warnings: Warning[];
  notes: Warning[];
  boilerplate: BoilerplateLine[];
  rules: CompiledRules;
  /** What a folder's other files repeat (learned across a batch), when known. */
  template?: TemplateHints | undefined;
}

/** Lines and names that recur across the files of a folder (see folder/). Keys are foldKey. */
export interface TemplateHints {
  /** Whether a short name recurs as a site in the folder's heads. */
  isSite(key: string): boolean;
  /** Whether a whole line recurs across the folder's files. */
  repeats(key: string): boolean;
}

export interface CompiledRules {
  sites: ReadonlySet<string>;
  lines: ReadonlyMap<string, string>;
  patterns: readonly RegExp[];
  cutoffs: ReadonlySet<string>;
  /** The longest key of `lines`, and of `cutoffs` (a longer key is looked up in neither). */
  longestLine: number;
  longestCutoff: number;
}

/** Records the role of a piece of a line for `inspect` (`segment` traces none: it returns no pieces). */
export function addPiece(work: Work, line: number, text: string, role: Role, rule: string): void {
  if (work.trace) work.pieces.push({ line, text, role, rule });
}

/** Records a piece of text that left the body. */
export function drop(work: Work, line: number, text: string, role: Role, rule: string): void {
  const t = text.trim();
  if (t === '') return;
  addPiece(work, line, t, role, rule);
  if (role === 'boilerplate' || role === 'credit') work.boilerplate.push({ line, text: t, rule });
}

/** Sets a field unless an earlier rule already did. */
export function setField<K extends keyof Fields>(work: Work, key: K, value: Fields[K]): void {
  if (work.fields[key] !== null && work.fields[key] !== undefined) return;
  // a site or author name keeps no quotes: «الشرق الأوسط» -> الشرق الأوسط
  work.fields[key] = (key === 'sitename' || key === 'author') && typeof value === 'string' ? (value.replace(/^["'«“(]+|["'»”)]+$/gu, '').trim() as Fields[K]) : value;
}

/**
 * Sets a field when it is free and says whether the value is now kept there. A caller whose value was not kept (the
 * field was taken, even by the same words printed twice) puts the text in the audit instead, so no word is lost.
 */
export function putField<K extends 'kicker' | 'title' | 'subtitle' | 'section' | 'sitename' | 'author'>(work: Work, key: K, value: string): boolean {
  if (work.fields[key] !== null) return false;
  setField(work, key, value as Fields[K]);
  return true;
}

/** Words of a string (runs of non-space). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 0x20 || s.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether `s` has at least `n` words; stops counting as soon as it knows (cheap on long paragraphs). */
export function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 0x20 || s.charCodeAt(i) === 0xa0;
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return false;
}

/** Ends like a sentence: . ! ? ؟ … (possibly followed by closing quotes/brackets). */
export const sentenceEnd = /[.!?؟…](?:["'”»)\]﴾﴿]|\s)*$/u;
