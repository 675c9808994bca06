/** Errors that carry a rule id (per file) or an exit code (for the whole run). */

/** A failure of one file: the pipeline turns it into an error message on that file, and the batch goes on. */
export class FileError extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** A failure of the whole run, with the sysexits code the CLI exits with. */
export class RunError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'RunError';
  }
}

/** Bad flags or arguments (sysexits EX_USAGE). */
export class UsageError extends RunError {
  constructor(message: string) {
    super(message, 64);
    this.name = 'UsageError';
  }
}
