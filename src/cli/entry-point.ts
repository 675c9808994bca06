import { ExitCode } from './exit-codes.js';

/** What `exitWith` needs of the process: its exit code, its stderr and the event loop's last call. */
export interface EntryProcess {
  exitCode?: number | string | null | undefined;
  readonly stderr: { write(s: string): unknown };
  once(event: 'beforeExit', listener: () => void): unknown;
}

/**
 * Makes the CLI's answer the process's exit code (bin/tanqih.js). Should the event loop empty before the answer comes
 * (a promise nothing will ever settle: a thread or a write lost on the way), node would exit 0 as if the run had
 * succeeded, with nothing said and outputs missing. The process then says so on stderr and exits 70 instead.
 */
export function exitWith(answer: Promise<number>, proc: EntryProcess): void {
  let answered = false;
  void answer.then((code) => {
    answered = true;
    proc.exitCode = code;
  });
  proc.once('beforeExit', () => {
    if (answered) return;
    proc.exitCode = ExitCode.internal;
    proc.stderr.write('tanqih: internal error: the run stopped before it finished, and no error was reported; its outputs may be incomplete\n');
  });
}
