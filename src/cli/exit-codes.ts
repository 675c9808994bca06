import type { BatchSummary } from '../batch/index.js';

/** Exit codes, after sysexits(3). Documented in `tanqih --help` and the README. */
export const ExitCode = {
  ok: 0,
  /** One or more files failed, or warnings past --max-warnings. */
  fileFailed: 1,
  /** Bad flags or arguments; commander's own usage errors are remapped to this. */
  usage: 64,
  /** A named input does not exist. */
  noInput: 66,
  internal: 70,
  /** An output (or --out) cannot be created, or would overwrite an input / leave --out. */
  cantCreate: 73,
  /** A read or write failed mid-run (disk full, I/O error), stdout or stderr included. */
  ioError: 74,
  /** The --out folder is locked by another run. */
  tempFail: 75,
  config: 78,
  sigint: 130,
  sigterm: 143,
} as const;

/** What a finished (or stopped) run counted. */
export interface RunTally {
  /** Files that produced an error message and no record. */
  failed: number;
  /** Named inputs that do not exist. */
  missing: number;
  /** Warnings printed. */
  warnings: number;
  /** `--max-warnings`: more warnings than this fail the run; undefined or negative = no limit. */
  maxWarnings?: number | undefined;
  /** The exit code of a signal that stopped the run (130/143), if any. */
  interrupted?: number | null | undefined;
}

/** The exit code of a run, most serious first: interrupted, a missing input, a failed file, too many warnings. */
export function exitCodeFor(t: RunTally): number {
  if (t.interrupted) return t.interrupted;
  if (t.missing > 0) return ExitCode.noInput;
  if (t.failed > 0) return ExitCode.fileFailed;
  if (t.maxWarnings !== undefined && t.maxWarnings >= 0 && t.warnings > t.maxWarnings) return ExitCode.fileFailed;
  return ExitCode.ok;
}

/** What the run's UI counted, after the rule levels. */
export interface UiCounts {
  /** Messages at the warning level. */
  warnings: number;
  /** Warnings raised to errors by a rule level. */
  raised: number;
  maxWarnings?: number | undefined;
}

/**
 * The exit code of a batch run: 130/143 when a signal stopped it, 0 when stdout was closed (`| head`), 66 when no
 * input matched, and for `--check` 1 when anything is stale (a run would change something); else as `exitCodeFor`.
 */
export function batchExitCode(s: BatchSummary, signal: NodeJS.Signals | null, ui: UiCounts): number {
  if (s.stopped === 'interrupted') return signal === 'SIGTERM' ? ExitCode.sigterm : ExitCode.sigint;
  if (s.stdoutError !== null) return ExitCode.ioError;
  if (s.stopped === 'stdout-closed') return ExitCode.ok;
  const missing = s.missing + (s.unmatched.length > 0 ? 1 : 0);
  if (s.pruneRefused && missing === 0) return ExitCode.fileFailed;
  // inputs that fail as they failed last run are known: a run would change nothing, so they do not fail a check
  if (s.check !== null) return exitCodeFor({ failed: s.check.stale.length + s.unreadable, missing, warnings: 0 });
  return exitCodeFor({ failed: s.totals.failed + ui.raised + s.unreadable, missing, warnings: ui.warnings, maxWarnings: ui.maxWarnings });
}

export const exitCodeHelp = `Exit codes:
  0    success (warnings allowed)
  1    one or more files failed, or more warnings than --max-warnings
  64   usage error (unknown flag, bad value; no input given on a terminal)
  66   a named input does not exist, or no input file matched
  70   internal error (a bug: please report it)
  73   cannot create output (--out unwritable, would overwrite an input, two inputs on one output)
  74   I/O error (disk full, read or write failure, stdout or stderr included)
  75   the --out folder is in use by another run (its lock file says which)
  78   bad configuration file
  130  interrupted (SIGINT), 143 terminated (SIGTERM): outputs written so far are complete`;

/** A subcommand's help names its own codes in one line and points to the table (`tanqih --help`). */
export function exitCodesLine(codes: string): string {
  return `Exit codes: ${codes}; all of them: tanqih --help.`;
}
