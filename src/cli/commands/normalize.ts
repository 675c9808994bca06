import { formatMessage } from '../../core/message.js';
import type { DecodeOptions } from '../../core/types.js';
import { decode } from '../../decode/index.js';
import { FileError } from '../../core/errors.js';
import { normalize, type ProfileName } from '../../normalize/index.js';
import { describeIoError, readInput } from '../../io/read.js';
import { ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';

export interface NormalizeCommandOptions extends DecodeOptions {
  profile: ProfileName;
}

/** `tanqih normalize [FILE|-]`: decode, normalise, write the text to stdout. */
export async function runNormalize(file: string, options: NormalizeCommandOptions, io: Io): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readInput(file, io.cwd(), io.stdin);
  } catch (err) {
    const { rule, message } = describeIoError(err);
    await write(io.stderr, formatMessage({ path: file, line: null, severity: 'error', rule, message }) + '\n');
    return rule === 'io/not-found' ? ExitCode.noInput : ExitCode.ioError;
  }
  try {
    const decoded = decode(bytes, options);
    for (const w of decoded.warnings) {
      await write(io.stderr, formatMessage({ path: file, severity: 'warning', ...w }) + '\n');
    }
    await write(io.stdout, normalize(decoded.text, { profile: options.profile }).text);
    return ExitCode.ok;
  } catch (err) {
    if (!(err instanceof FileError)) throw err;
    await write(io.stderr, formatMessage({ path: file, line: err.line, severity: 'error', rule: err.rule, message: err.message }) + '\n');
    return ExitCode.fileFailed;
  }
}
