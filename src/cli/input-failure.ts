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
 * the path, then exit 1 when a stage refused the file (FileError), 66 when it does not exist, 74 when it cannot be
 * read. A closed stdout (EPIPE) and anything that is not about the input are thrown on to `main`.
 */
export function failInput(err: unknown, file: string, io: Io): number {
  if (err instanceof FileError) {
    reportInput(io, file, 'error', err.rule, err.message, err.line);
    return ExitCode.fileFailed;
  }
  if ((err as NodeJS.ErrnoException | undefined)?.code === undefined || isEpipe(err)) throw err;
  const { rule, message } = describeIoError(err);
  reportInput(io, file, 'error', rule, message);
  return rule === 'io/not-found' ? ExitCode.noInput : ExitCode.ioError;
}
