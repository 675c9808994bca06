/** Exit codes, after sysexits(3). Documented in `tanqih --help` and the README. */
export const ExitCode = {
  ok: 0,
  /** One or more files failed, or warnings past --max-warnings. */
  fileFailed: 1,
  usage: 64,
  noInput: 66,
  internal: 70,
  cantCreate: 73,
  ioError: 74,
  config: 78,
  sigint: 130,
  sigterm: 143,
} as const;

export const exitCodeHelp = `Exit codes:
  0    success (warnings allowed)
  1    one or more files failed, or warnings past --max-warnings
  64   usage error (unknown flag, bad value)
  66   a named input does not exist
  70   internal error
  73   cannot create output
  74   I/O error
  78   bad configuration file
  130  interrupted (SIGINT), 143 terminated (SIGTERM)`;
