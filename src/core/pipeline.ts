import { decodeWithBytes } from '../decode/index.js';
import { normalize, normalizeUtf8, settingsLabel, type OpSwitches, type ProfileName } from '../normalize/index.js';
import { checkText } from '../segment/text-checks.js';
import { segment, type SegmentRules } from '../segment/index.js';
import type { LineModel } from '../segment/lines/model.js';
import type { FolderTemplate } from '../segment/folder/template.js';
import { isWhiteSpace } from '../text/white-space.js';
import { FileError } from './errors.js';
import type { Article, DecodeOptions, DecodeResult, Message, NormalizeResult, Segmented, Warning } from './types.js';

export interface PipelineOptions extends DecodeOptions {
  profile?: ProfileName | undefined;
  /** Per-op switches on top of the profile (`--normalize`); plain data. */
  normalize?: OpSwitches | undefined;
  /** User segmentation rules (`--rules FILE`), parsed by src/io/rules.ts: plain JSON data. */
  rules?: SegmentRules | undefined;
  /** A line model other than the shipped one (the trainer's leave-one-out runs). */
  model?: LineModel | undefined;
  pieceModel?: LineModel | undefined;
  /** What the folder's files repeat (learned from a sample of it): plain data. */
  template?: FolderTemplate | undefined;
}

export type PipelineResult = { ok: true; article: Article; messages: Message[] } | { ok: false; messages: Message[] };

/** Runs of characters that are not White_Space, counted without building the array of words. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Assembles the record from what each stage found. */
function toArticle(path: string, seg: Segmented, rest: Pick<Article, 'encoding' | 'normalization' | 'warnings'>): Article {
  const text = seg.blocks.map((b) => b.text).join('\n\n');
  return {
    schemaVersion: 1,
    path,
    kicker: seg.kicker,
    title: seg.title,
    subtitle: seg.subtitle,
    section: seg.section,
    sitename: seg.sitename,
    author: seg.author,
    date: seg.date,
    dateRaw: seg.dateRaw,
    hijriDate: seg.hijriDate,
    dateline: seg.dateline,
    agencies: seg.agencies,
    url: seg.url,
    meta: seg.meta,
    blocks: seg.blocks,
    text,
    boilerplate: seg.boilerplate,
    stats: { chars: text.length, words: countWords(text), paragraphs: seg.blocks.filter((b) => b.type === 'paragraph').length },
    ...rest,
    notes: seg.notes,
  };
}

/** What the text stages get from one file's bytes: the decoding, the normalised text and its settings' label. */
export interface PreparedText {
  decoded: DecodeResult;
  normalized: NormalizeResult;
  normalization: Article['normalization'];
  /** Decode warnings, then `segment/not-arabic` when the text holds no Arabic letter. */
  warnings: Warning[];
  /** True when the text holds no Arabic letter (segmentation warnings are then left out). */
  notArabic: boolean;
}

/**
 * bytes -> normalised text, the first half of `processBytes` (and what `tanqih inspect` segments). Throws FileError
 * (`decode/binary`, `segment/empty`, ...).
 */
export function prepareText(bytes: Uint8Array, options: PipelineOptions = {}): PreparedText {
  const decoded = decodeWithBytes(bytes, options);
  const settings = { ...options.normalize, profile: options.profile ?? 'display' };
  // plain UTF-8 (the common case): the normaliser reads the input bytes, not the text encoded again
  const normalized = decoded.utf8 ? normalizeUtf8(decoded.utf8, settings, decoded.text) : normalize(decoded.text, settings);
  const notArabic = checkText(normalized.text, bytes.length); // throws segment/empty
  return {
    decoded,
    normalized,
    normalization: { profile: settingsLabel(settings), changes: normalized.changes },
    warnings: notArabic ? [...decoded.warnings, notArabic] : decoded.warnings,
    notArabic: notArabic !== null,
  };
}

/** bytes -> Article, the whole pure pipeline for one file. A failure becomes an error message on that file. */
export function processBytes(path: string, bytes: Uint8Array, options: PipelineOptions = {}): PipelineResult {
  try {
    const { decoded, normalized, normalization, warnings: found, notArabic } = prepareText(bytes, options);
    const seg = segment(normalized.text, { rules: options.rules, model: options.model, pieceModel: options.pieceModel, template: options.template });
    // A text with no Arabic gets that one warning rather than a cascade of segmentation warnings.
    const warnings = notArabic ? found : [...found, ...seg.warnings];
    const article = toArticle(path, seg, { encoding: decoded.encoding, normalization, warnings });
    const messages: Message[] = warnings.map((w) => ({ path, line: w.line, severity: 'warning', rule: w.rule, message: w.message }));
    // notes last: facts that call for no action (a caller shows them only when asked, e.g. `ingest --verbose`)
    for (const n of seg.notes) messages.push({ path, line: n.line, severity: 'note', rule: n.rule, message: n.message });
    return { ok: true, article, messages };
  } catch (err) {
    if (err instanceof FileError) {
      return { ok: false, messages: [{ path, line: err.line, severity: 'error', rule: err.rule, message: err.message }] };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, messages: [{ path, line: null, severity: 'error', rule: 'internal/crash', message: `Processing failed: ${message}` }] };
  }
}

/**
 * text -> Article: `processBytes` for text already decoded (from a database, an API, a string in memory). The text
 * is read as UTF-8 (a lone UTF-16 surrogate becomes U+FFFD), so `encoding` says utf-8.
 *
 * ```ts
 * const r = processText('news/a.txt', 'عنوان الخبر\n\nنص الخبر …');
 * if (r.ok) console.log(r.article.title);
 * ```
 */
export function processText(path: string, text: string, options: PipelineOptions = {}): PipelineResult {
  return processBytes(path, new TextEncoder().encode(text), options);
}
