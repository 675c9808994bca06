/** The shapes every stage shares. Field names of `Article` are a published contract (schema version 1). */

export type Severity = 'error' | 'warning';

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

/** A warning kept in the record itself (the file still produced an article). */
export interface Warning {
  rule: string;
  line: number | null;
  message: string;
}

export type Newline = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** What the decoder found out about a file's bytes. */
export interface EncodingReport {
  /** iconv-lite's name for the encoding: 'utf-8', 'utf-16le', 'windows-1256', … */
  name: string;
  /** 0–1: how sure the decoder is (1 for a BOM or a forced encoding). */
  confidence: number;
  bom: boolean;
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

export interface Block {
  type: 'paragraph' | 'heading';
  text: string;
}

export interface BoilerplateLine {
  /** 1-based line in the normalised text. */
  line: number;
  text: string;
  rule: string;
}

export interface HijriDate {
  year: number;
  month: number;
  day: number;
  raw: string;
  /**
   * 'arithmetical' when the Gregorian date was computed with the arithmetical (tabular) Islamic calendar because the
   * year is outside the official Umm al-Qura table (1343–1500 AH): it may be a day or two off. Absent when the date
   * comes from the official table or is stated in the text.
   */
  conversion?: 'arithmetical';
}

export interface Dateline {
  place: string | null;
  agency: string | null;
  raw: string;
}

/** What segmentation finds in a text. */
export interface Segmented {
  /** The overline printed above the headline (`kicker`), or null. */
  kicker: string | null;
  title: string | null;
  /** The deck printed below the headline, or null (several deck lines are joined by a space). */
  subtitle: string | null;
  /** The section or category a tag, header or page names (`<CAT>`, `section:`), or null. */
  section: string | null;
  sitename: string | null;
  author: string | null;
  date: string | null;
  dateRaw: string | null;
  hijriDate: HijriDate | null;
  dateline: Dateline | null;
  agencies: string[];
  url: string | null;
  /** Other metadata a tagged or header layout names (document id, abstract, …), by its lower-case key. */
  meta: Record<string, string>;
  blocks: Block[];
  boilerplate: BoilerplateLine[];
  warnings: Warning[];
  /** Facts about the text that call for no action (no headline in a body-only text, a one-line page). */
  notes: Warning[];
}

/**
 * One article record (schema version 1): what segmentation found (`Segmented`), plus the file it came from, the body
 * as one text, and how the bytes were read and normalised. The key order of the JSON is core/pipeline.ts's toArticle.
 */
export interface Article extends Segmented {
  schemaVersion: 1;
  path: string;
  text: string;
  stats: { chars: number; words: number; paragraphs: number };
  encoding: EncodingReport;
  normalization: { profile: string; changes: Record<string, number> };
}

export type OutputFormat = 'jsonl' | 'json' | 'md';
