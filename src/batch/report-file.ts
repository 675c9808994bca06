import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../core/errors.js';
import type { Message } from '../core/types.js';
import { tempPrefix } from '../io/temp-files.js';
import { refuseSpecial, syncDir, systemWrites, tempFlags, tempSuffix, trackTempFile, writeFull } from '../io/write-atomic.js';

const cantCreate = 73; // sysexits EX_CANTCREAT

/** One file's line in the JSON report. */
export interface ReportEntry {
  path: string;
  status: 'ok' | 'failed' | 'skipped' | 'unchanged';
  size: number | null;
  encoding: string | null;
  output: string | null;
  messages: Omit<Message, 'path'>[];
}

/** The report cannot be made: exit 73 with the path and the reason. */
function refused(file: string, err: unknown): RunError {
  const e = err as NodeJS.ErrnoException;
  const why = e.code === 'ENOTREG' ? 'it is not a regular file, and tanqih replaces only regular files' : (e.code ?? e.message);
  return new RunError(`Cannot write the report ${file}: ${why}.`, cantCreate);
}

/**
 * `--report FILE`: a JSON document written as the run goes (memory stays flat for a million files), to a new temp
 * file beside it (created exclusively, never through a symlink, with a random name) renamed into place at the end:
 * `{"tool", "options", "files": [...], "totals", "durationMs"}`. A FIFO, device or folder at FILE is never replaced.
 */
export class ReportFile {
  private count = 0;
  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private readonly fh: FileHandle,
    private readonly fsync: boolean,
    private readonly tracked: { done(): void },
  ) {}

  static async open(file: string, head: Record<string, unknown>, fsync = false): Promise<ReportFile> {
    await refuseSpecial(file).catch((err: unknown) => Promise.reject(refused(file, err)));
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}${tempPrefix}${tempSuffix()}`);
    const tracked = trackTempFile(tmp);
    const fh = await open(tmp, tempFlags, 0o666).catch((err: unknown) => {
      tracked.done();
      return Promise.reject(refused(file, err));
    });
    const r = new ReportFile(file, tmp, fh, fsync, tracked);
    const fields = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`);
    await r.write(`{\n${fields.join('')}  "files": [`);
    return r;
  }

  private write(text: string): Promise<void> {
    return writeFull(this.fh, Buffer.from(text, 'utf8'), systemWrites);
  }

  async add(entries: readonly ReportEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const lines = entries.map((e) => `${this.count++ > 0 ? ',' : ''}\n    ${JSON.stringify(e)}`);
    await this.write(lines.join(''));
  }

  async close(tail: Record<string, unknown>): Promise<void> {
    const fields = Object.entries(tail).map(([k, v]) => `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    try {
      await this.write(`${this.count > 0 ? '\n  ' : ''}]${fields.join('')}\n}\n`);
      if (this.fsync) await this.fh.sync();
      await this.fh.close();
      await refuseSpecial(this.file);
      await rename(this.tmp, this.file);
      if (this.fsync) await syncDir(path.dirname(this.file));
    } catch (err) {
      await rm(this.tmp, { force: true });
      throw refused(this.file, err);
    } finally {
      this.tracked.done();
    }
  }

  /** Drops the temp file (the run ended early). */
  async abandon(): Promise<void> {
    await this.fh.close().catch(() => {});
    await rm(this.tmp, { force: true });
    this.tracked.done();
  }
}
