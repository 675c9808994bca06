import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../core/types.js';
import type { Palette } from './color.js';
import { write } from './io.js';

/** Counts for the summary line and the report. */
export interface Totals {
  files: number;
  ok: number;
  skipped: number;
  failed: number;
  warnings: number;
  bytes: number;
}

export const emptyTotals = (): Totals => ({ files: 0, ok: 0, skipped: 0, failed: 0, warnings: 0, bytes: 0 });

/** "1.23 s" or "45 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** `tanqih: 12 files: 10 ok, 1 skipped, 1 failed, 3 warnings in 0.42 s` (`extra`: e.g. ", 1 missing") — printed on stderr unless --quiet. */
export function summaryLine(t: Totals, ms: number, p: Palette, extra = ''): string {
  const failed = t.failed > 0 ? p.error(`${t.failed} failed`) : `${t.failed} failed`;
  const warnings = t.warnings > 0 ? p.warning(`${t.warnings} warnings`) : `${t.warnings} warnings`;
  return `tanqih: ${t.files} ${t.files === 1 ? 'file' : 'files'}: ${t.ok} ok, ${t.skipped} skipped, ${failed}, ${warnings}${extra} in ${formatDuration(ms)}\n`;
}

/** One file's line in the JSON report. */
export interface ReportEntry {
  path: string;
  status: 'ok' | 'failed' | 'skipped' | 'unchanged';
  size: number | null;
  encoding: string | null;
  output: string | null;
  messages: Omit<Message, 'path'>[];
}

/**
 * `--report FILE`: a JSON document written as the run goes (memory stays flat for a million files), to a temp file
 * renamed into place at the end: `{"tool", "options", "files": [...], "totals", "durationMs"}`.
 */
export class JsonReport {
  private count = 0;
  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private readonly stream: WriteStream,
  ) {}

  static async open(file: string, head: Record<string, unknown>): Promise<JsonReport> {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tanqih-tmp-${process.pid}`);
    const stream = createWriteStream(tmp);
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    const r = new JsonReport(file, tmp, stream);
    const fields = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`);
    await write(stream, `{\n${fields.join('')}  "files": [`);
    return r;
  }

  async add(entries: readonly ReportEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const lines = entries.map((e) => `${this.count++ > 0 ? ',' : ''}\n    ${JSON.stringify(e)}`);
    await write(this.stream, lines.join(''));
  }

  async close(tail: Record<string, unknown>): Promise<void> {
    const fields = Object.entries(tail).map(([k, v]) => `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    await write(this.stream, `${this.count > 0 ? '\n  ' : ''}]${fields.join('')}\n}\n`);
    await new Promise<void>((resolve, reject) => this.stream.end(() => resolve()).once('error', reject));
    await rename(this.tmp, this.file);
  }

  /** Drops the temp file (the run ended early). */
  async abandon(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}
