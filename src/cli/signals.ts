import { releaseLocksSync } from '../batch/manifest/index.js';
import { removeInFlightTempFilesSync } from '../io/write-atomic.js';
import { ExitCode } from './exit-codes.js';

/** What the engine asks between files: has the user asked the run to stop? */
export interface StopSignal {
  /** The first SIGINT/SIGTERM received, or null. */
  readonly signal: NodeJS.Signals | null;
  /** Removes the handlers (at the end of the run). */
  dispose(): void;
}

type SignalTarget = Pick<NodeJS.Process, 'on' | 'off' | 'exit'>;

/** 130 for SIGINT, 143 for SIGTERM (128 + the signal's number), else null. */
export function signalExitCode(signal: NodeJS.Signals | null): number | null {
  if (signal === 'SIGINT') return ExitCode.sigint;
  if (signal === 'SIGTERM') return ExitCode.sigterm;
  return null;
}

/**
 * SIGINT/SIGTERM stop the run gracefully: the engine stops taking new files, lets the writes in flight
 * finish (each is atomic), and returns 130/143. A second signal stops at once: the temp files of the
 * writes in flight are removed and the process exits, so neither way leaves a temp or partial file.
 */
export function installSignalHandlers(onStop: (signal: NodeJS.Signals) => void = () => {}, proc: SignalTarget = process): StopSignal {
  let received: NodeJS.Signals | null = null;
  const handler = (signal: NodeJS.Signals): void => {
    if (received !== null) {
      removeInFlightTempFilesSync();
      releaseLocksSync();
      proc.exit(signalExitCode(received) ?? ExitCode.sigint);
      return;
    }
    received = signal;
    onStop(signal);
  };
  const onExit = (): void => {
    removeInFlightTempFilesSync();
    releaseLocksSync();
  };
  proc.on('SIGINT', handler);
  proc.on('SIGTERM', handler);
  proc.on('exit', onExit);
  return {
    get signal() {
      return received;
    },
    dispose() {
      proc.off('SIGINT', handler);
      proc.off('SIGTERM', handler);
      proc.off('exit', onExit);
    },
  };
}
