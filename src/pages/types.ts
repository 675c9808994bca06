import type { EncodingReport, Warning } from '../core/types.js';

/**
 * A piece of a line as the segmenter traces it, read loosely: the role is any string (new roles appear as the
 * segmenter grows), `reason` (why the rule fired) and `start` (offset in the line) are optional.
 */
export interface ViewPiece {
  /** 1-based line of the normalised text. */
  line: number;
  text: string;
  role: string;
  rule: string;
  reason?: string | undefined;
  start?: number | undefined;
}

/**
 * The fields an article view shows, read loosely so that records of other schema versions (and fields the record is
 * gaining: kicker, subtitle, section, meta) show when present and are left out when not.
 */
export interface ViewFields {
  kicker?: unknown;
  title?: unknown;
  subtitle?: unknown;
  section?: unknown;
  sitename?: unknown;
  author?: unknown;
  date?: unknown;
  dateRaw?: unknown;
  hijriDate?: unknown;
  dateline?: unknown;
  agencies?: unknown;
  url?: unknown;
  meta?: unknown;
}

/** Everything one article view of `tanqih inspect --html` shows. */
export interface ArticleViewInput {
  /** As given on the command line ('-' for stdin). */
  path: string;
  fields: ViewFields;
  /** The normalised text, split into lines for the view. */
  text: string;
  pieces: readonly ViewPiece[];
  encoding: EncodingReport | null;
  normalization: { profile: string; changes: Readonly<Record<string, number>> } | null;
  warnings: readonly Warning[];
}

/** One row of the line view: a piece, or a line no piece covers. */
export interface Row extends ViewPiece {
  /** Whether this row stands for a whole line without a piece (blank, or continuing the line above). */
  filler: boolean;
}
