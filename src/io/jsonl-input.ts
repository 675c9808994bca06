import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One input record of `--stdin-format jsonl`: the bytes to process, or why the line was refused. */
export interface JsonlInput {
  path: string;
  bytes?: Uint8Array;
  error?: { rule: string; message: string };
}

/**
 * Parses one line of `--stdin-format jsonl`: `{"path": "...", "text": "..."}` (text already decoded) or
 * `{"path": "...", "bytes_b64": "..."}` (raw bytes, decoded by tanqih like a file). `lineNo` names records without a path.
 */
export function parseJsonlInput(line: string, lineNo: number): JsonlInput {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { path: `-:${lineNo}`, error: { rule: 'io/bad-record', message: 'This input line is not valid JSON.' } };
  }
  const r = (typeof rec === 'object' && rec !== null ? rec : {}) as Record<string, unknown>;
  const p = typeof r.path === 'string' && r.path !== '' ? r.path : `-:${lineNo}`;
  if (typeof r.text === 'string') return { path: p, bytes: Buffer.from(r.text, 'utf8') };
  if (typeof r.bytes_b64 === 'string') return { path: p, bytes: Buffer.from(r.bytes_b64, 'base64') };
  return { path: p, error: { rule: 'io/bad-record', message: 'An input record needs a "text" string or a "bytes_b64" string.' } };
}

/** Streams `--stdin-format jsonl` records from a stream, in batches of `size`, skipping blank lines. */
export async function* readJsonlBatches(stream: Readable, size: number): AsyncGenerator<JsonlInput[]> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let batch: JsonlInput[] = [];
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    batch.push(parseJsonlInput(line, lineNo));
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
