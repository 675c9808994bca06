import { FileError } from '../core/errors.js';
import { formatMessage } from '../core/message.js';
import type { Message } from '../core/types.js';
import { describeIoError } from '../io/read.js';
import { ExitCode } from './exit-codes.js';
import { isEpipe } from '../io/streams.js';
import type { Io } from './process-io.js';

/** Writes one message about the single input of `normalize` or `inspect` (`path:line: severity message (rule)`). */
export function reportInput(io: Io, file: string, severity: Message['severity'], rule: string, message: string, line: number | null = null): void {
  io.stderr.write(formatMessage({ path: file, line, severity, rule, message }) + '\n');
}

/**
 * How `normalize` and `inspect` end when their one input fails, as `ingest` reports a file: the error on stderr with
 * the path, then exit 66 when it does not exist, and 1 when it cannot be read (permission, a folder, a FIFO) or a
 * stage refused it (FileError). A failed write to stdout (EPIPE, a full disk) and anything that is not about the
 * input are thrown on to `main`.
 */
export function failInput(err: unknown, file: string, io: Io): number {
  if (err instanceof FileError) {
    reportInput(io, file, 'error', err.rule, err.message, err.line);
    return ExitCode.fileFailed;
  }
  const e = err as NodeJS.ErrnoException | undefined;
  if (e?.code === undefined || isEpipe(err) || e.syscall === 'write') throw err;
  const { rule, message } = describeIoError(err);
  reportInput(io, file, 'error', rule, message);
  return rule === 'io/not-found' ? ExitCode.noInput : ExitCode.fileFailed;
}
