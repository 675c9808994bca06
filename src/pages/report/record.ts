import type { EncodingReport, Warning } from '../../core/types.js';
import type { ViewFields } from '../types.js';

/** A record of `tanqih ingest`, read loosely: any schema version, missing fields default, extra fields kept. */
export interface ReportRecord {
  path: string;
  /** Every field as read, for the article view (kicker, subtitle, … when the record has them). */
  fields: ViewFields;
  blocks: { type: string; text: string }[];
  boilerplate: { line: number | null; text: string; rule: string }[];
  warnings: Warning[];
  words: number;
  /** Characters of body text. */
  chars: number;
  /** Characters of the lines dropped as boilerplate (credits included: they left the body too). */
  droppedChars: number;
  encoding: EncodingReport | null;
  normalization: { profile: string; changes: Record<string, number> } | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function countWords(s: string): number {
  return s.split(/\s+/u).filter((w) => w !== '').length;
}

/** The record's warnings, each with a rule and a message (other entries are left out). */
function readWarnings(v: unknown): Warning[] {
  return list(v)
    .filter(isObject)
    .map((w) => ({ rule: text(w.rule) || 'unknown', line: typeof w.line === 'number' ? w.line : null, message: text(w.message) }));
}

/**
 * One parsed JSON line as a record, or why it is not one. A record needs a `path` string and its body as `blocks` or
 * `text`; everything else is optional, so records of older or newer schema versions read too.
 */
export function readRecord(value: unknown): ReportRecord | string {
  if (!isObject(value)) return 'This line is not a JSON object.';
  if (typeof value.path !== 'string') return 'This line is not a tanqih record: it has no "path" string.';
  if (!Array.isArray(value.blocks) && typeof value.text !== 'string') return 'This line is not a tanqih record: it has neither "blocks" nor "text".';
  const blocks = Array.isArray(value.blocks)
    ? value.blocks.filter(isObject).map((b) => ({ type: text(b.type) || 'paragraph', text: text(b.text) }))
    : text(value.text).split(/\n{2,}/u).filter((t) => t.trim() !== '').map((t) => ({ type: 'paragraph', text: t }));
  const body = typeof value.text === 'string' ? value.text : blocks.map((b) => b.text).join('\n\n');
  const boilerplate = list(value.boilerplate)
    .filter(isObject)
    .map((b) => ({ line: typeof b.line === 'number' ? b.line : null, text: text(b.text), rule: text(b.rule) || 'unknown' }));
  const stats = isObject(value.stats) ? value.stats : {};
  const enc = isObject(value.encoding) && typeof value.encoding.name === 'string' ? (value.encoding as unknown as EncodingReport) : null;
  const norm = isObject(value.normalization) && typeof value.normalization.profile === 'string' && isObject(value.normalization.changes) ? (value.normalization as ReportRecord['normalization']) : null;
  return {
    path: value.path,
    fields: value,
    blocks,
    boilerplate,
    warnings: readWarnings(value.warnings),
    words: typeof stats.words === 'number' ? stats.words : countWords(body),
    chars: typeof stats.chars === 'number' ? stats.chars : body.length,
    droppedChars: boilerplate.reduce((n, b) => n + b.text.length, 0),
    encoding: enc,
    normalization: norm,
  };
}
