import type { Readable } from 'node:stream';
import { defaultMaxBytes, largestInput } from './read.js';

/** One input record of `--stdin-format jsonl`: the bytes to process, or why the line was refused. */
export interface JsonlInput {
  path: string;
  bytes?: Uint8Array;
  error?: { rule: string; message: string };
  /** Something the record's processing should say about it (lone surrogates replaced). */
  warning?: { rule: string; message: string };
}

const strictBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Lone UTF-16 surrogates in a string (UTF-8 cannot hold them: each becomes U+FFFD). */
function loneSurrogates(text: string): number {
  const found = text.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g);
  return found === null ? 0 : found.length;
}

function tooLarge(size: number, maxBytes: number): { rule: string; message: string } {
  return { rule: 'io/too-large', message: `The record's text is ${size} bytes, over --max-bytes ${maxBytes}; not processed.` };
}

/**
 * Parses one line of `--stdin-format jsonl`: `{"path": "...", "text": "..."}` (text already decoded) or
 * `{"path": "...", "bytes_b64": "..."}` (raw bytes, decoded by tanqih like a file). `lineNo` names records without a
 * path. A record over `maxBytes` is refused, as a file is; `bytes_b64` must be strict base64 (RFC 4648).
 */
export function parseJsonlInput(line: string, lineNo: number, maxBytes = defaultMaxBytes): JsonlInput {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { path: `-:${lineNo}`, error: { rule: 'io/bad-record', message: 'This input line is not valid JSON.' } };
  }
  const r = (typeof rec === 'object' && rec !== null ? rec : {}) as Record<string, unknown>;
  const p = typeof r.path === 'string' && r.path !== '' ? r.path : `-:${lineNo}`;
  if (typeof r.text === 'string') {
    const bytes = Buffer.from(r.text, 'utf8');
    if (bytes.length > maxBytes) return { path: p, error: tooLarge(bytes.length, maxBytes) };
    const lone = loneSurrogates(r.text);
    if (lone === 0) return { path: p, bytes };
    const warning = { rule: 'io/lone-surrogate', message: `The record's text holds ${lone} lone UTF-16 surrogate${lone === 1 ? '' : 's'} (not valid Unicode); each became U+FFFD.` };
    return { path: p, bytes, warning };
  }
  if (typeof r.bytes_b64 === 'string') {
    if (!strictBase64.test(r.bytes_b64)) return { path: p, error: { rule: 'io/bad-record', message: '"bytes_b64" is not valid base64 (A-Z, a-z, 0-9, +, /, with = padding).' } };
    const size = (r.bytes_b64.length / 4) * 3;
    if (size - 2 > maxBytes) return { path: p, error: tooLarge(size, maxBytes) };
    return { path: p, bytes: Buffer.from(r.bytes_b64, 'base64') };
  }
  return { path: p, error: { rule: 'io/bad-record', message: 'An input record needs a "text" string or a "bytes_b64" string.' } };
}

/**
 * The lines of a stream as Buffers, never holding more than `maxLine` bytes of one line: the rest of a longer line is
 * skipped as it streams, and the line is given as `null` (so a 600 MB line costs no 600 MB).
 */
async function* lines(stream: Readable, maxLine: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (let lf = b.indexOf(0x0a, from); from <= b.length; lf = b.indexOf(0x0a, from)) {
      const end = lf < 0 ? b.length : lf;
      if (!over && size + end - from <= maxLine) parts.push(b.subarray(from, end));
      else over = true;
      size += end - from;
      if (lf < 0) break;
      yield over ? null : Buffer.concat(parts);
      parts = [];
      size = 0;
      over = false;
      from = lf + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield over ? null : Buffer.concat(parts);
}

/** Streams `--stdin-format jsonl` records in batches of `size`, skipping blank lines; a line is refused past its limit. */
export async function* readJsonlBatches(stream: Readable, size: number, maxBytes = defaultMaxBytes): AsyncGenerator<JsonlInput[]> {
  const limit = Math.min(maxBytes, largestInput);
  // a record's JSON may be twice its bytes (escapes) plus a path: longer lines are refused unread
  const maxLine = 2 * limit + 64 * 1024;
  let batch: JsonlInput[] = [];
  let lineNo = 0;
  for await (const raw of lines(stream, maxLine)) {
    lineNo++;
    if (raw === null) batch.push({ path: `-:${lineNo}`, error: { rule: 'io/too-large', message: `This input line is over ${maxLine} bytes (twice --max-bytes); not read.` } });
    else {
      const line = raw.toString('utf8').replace(/\r$/, '');
      if (line.trim() === '') continue;
      batch.push(parseJsonlInput(line, lineNo, limit));
    }
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
