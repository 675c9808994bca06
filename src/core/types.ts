/** The shapes every stage shares. Field names of `Article` are a published contract (schema version 1). */

/** `error`: the file failed (no record); `warning`: a problem the record carries; `note`: a fact that calls for no action. */
export type Severity = 'error' | 'warning' | 'note';

/** A message about one file, as printed on stderr: `path:line: severity message (rule)`. */
export interface Message {
  /** As the user gave or found it, POSIX separators; '-' for stdin. */
  path: string;
  /** 1-based, or null when the message is about the whole file. */
  line: number | null;
  severity: Severity;
  /** `stage/kebab-case`, e.g. 'decode/binary'. */
  rule: string;
  /** One plain sentence. */
  message: string;
}

/** A warning or note kept in the record itself (the file still produced an article). */
export interface Warning {
  /** The rule id, `stage/kebab-case`, e.g. 'decode/mojibake'. */
  rule: string;
  /** 1-based line of the decoded text, or null when it is about the whole file. */
  line: number | null;
  /** One plain sentence. */
  message: string;
}

export type Newline = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** What the decoder found out about a file's bytes. */
export interface EncodingReport {
  /** iconv-lite's name for the encoding: 'utf-8', 'utf-16le', 'windows-1256', … */
  name: string;
  /** 0–1: how sure the decoder is (1 for a BOM or a forced encoding). */
  confidence: number;
  /** A byte-order mark was found (and stripped). */
  bom: boolean;
  /** The line endings found: 'lf', 'crlf', 'cr', 'mixed', or 'none' (one line). */
  newline: Newline;
  /** null, or what was undone, e.g. 'utf-8 read as windows-1252'. */
  repaired: string | null;
  /** Bytes of NUL / ^Z (0x1A) padding cut from the end of the file before decoding; absent when there was none. */
  padding?: number;
}

export interface DecodeResult {
  text: string;
  encoding: EncodingReport;
  warnings: Warning[];
}

export interface DecodeOptions {
  /** Force this encoding for files without a BOM (iconv-lite name). */
  encoding?: string | undefined;
  /** Undo mojibake (default true). */
  repair?: boolean | undefined;
  /** Decode even when the bytes look binary (default false). */
  text?: boolean | undefined;
}

export interface NormalizeResult {
  text: string;
  /** Changes per op name; ops that changed nothing may be absent. */
  changes: Record<string, number>;
}

/** One block of the body. */
export interface Block {
  /** A paragraph, or a subheading between paragraphs. */
  type: 'paragraph' | 'heading';
  /** The block's normalised text. */
  text: string;
}

/** A line (or a piece of a one-line page) dropped as web chrome or template. */
export interface BoilerplateLine {
  /** 1-based line in the normalised text. */
  line: number;
  /** What was dropped. */
  text: string;
  /** The rule that dropped it, e.g. 'boilerplate/share'. */
  rule: string;
}

/** A Hijri date the text states. */
export interface HijriDate {
  /** Hijri year (1300–1600). */
  year: number;
  /** Hijri month, 1 (Muharram) to 12 (Dhu al-Hijja). */
  month: number;
  /** Day of the month. */
  day: number;
  /** The text it was read from. */
  raw: string;
  /**
   * 'arithmetical' when the Gregorian date was computed with the arithmetical (tabular) Islamic calendar because the
   * year is outside the official Umm al-Qura table (1343–1500 AH): it may be a day or two off. Absent when the date
   * comes from the official table or is stated in the text.
   */
  conversion?: 'arithmetical';
}

/** The dateline opening an article (`بيروت (رويترز) -`). */
export interface Dateline {
  /** The place it names, or null. */
  place: string | null;
  /** The news agency it names, or null. */
  agency: string | null;
  /** The dateline as written. */
  raw: string;
}

/** What segmentation finds in a text. */
export interface Segmented {
  /** The overline printed above the headline (`kicker`), or null. */
  kicker: string | null;
  /** The headline, or null when the text has none (never the first sentence of the body). */
  title: string | null;
  /** The deck printed below the headline, or null (several deck lines are joined by a space). */
  subtitle: string | null;
  /** The section or category a tag, header or page names (`<CAT>`, `section:`), or null. */
  section: string | null;
  /** The publication's name as the text states it, or null. */
  sitename: string | null;
  /** The writer's name from a byline or sign-off, or null. */
  author: string | null;
  /** The article's date, ISO 8601 `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The text the date was read from, as written, or null. */
  dateRaw: string | null;
  /** The Hijri date the text states, or null. */
  hijriDate: HijriDate | null;
  /** The dateline opening the article, or null. */
  dateline: Dateline | null;
  /** News agencies credited anywhere in the text, in order, each once. */
  agencies: string[];
  /** A URL the text states for the article, or null. */
  url: string | null;
  /** Other metadata a tagged or header layout names (document id, abstract, …), by its lower-case key. */
  meta: Record<string, string>;
  /** The body, in order. */
  blocks: Block[];
  /** What was dropped as chrome or template, each with its rule. */
  boilerplate: BoilerplateLine[];
  /** Problems found in the file that still gave a record (decode/invalid-bytes, segment/not-arabic, …). */
  warnings: Warning[];
  /** Facts about the text that call for no action (no headline in a body-only text, a one-line page). */
  notes: Warning[];
}

/**
 * One article record (schema version 1): what segmentation found (`Segmented`), plus the file it came from, the body
 * as one text, and how the bytes were read and normalised. The key order of the JSON is core/pipeline.ts's toArticle.
 */
export interface Article extends Segmented {
  /** The record's format version; it changes only when a field changes meaning or goes. */
  schemaVersion: 1;
  /** The input path as given or found, POSIX separators; '-' for stdin. */
  path: string;
  /** The body only: the blocks' texts joined by a blank line. */
  text: string;
  /** Sizes of `text`: UTF-16 code units, runs of non-space characters, paragraph blocks. */
  stats: { chars: number; words: number; paragraphs: number };
  /** How the file's bytes were decoded. */
  encoding: EncodingReport;
  /** The profile and switches the text was normalised with (`display`, `search -elongation,+hamza`) and what each op changed. */
  normalization: { profile: string; changes: Record<string, number> };
}

export type OutputFormat = 'jsonl' | 'json' | 'md';
