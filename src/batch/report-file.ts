import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../core/types.js';
import { write } from '../io/streams.js';

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
export class ReportFile {
  private count = 0;
  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private readonly stream: WriteStream,
  ) {}

  static async open(file: string, head: Record<string, unknown>): Promise<ReportFile> {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tanqih-tmp-${process.pid}`);
    const stream = createWriteStream(tmp);
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    const r = new ReportFile(file, tmp, stream);
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
