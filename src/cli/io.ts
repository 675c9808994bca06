import type { Readable, Writable } from 'node:stream';

/** What the CLI may touch of its process: passed in by bin/tanqih.js (the real process) or by tests. */
export interface Io {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd(): string;
}

/** Writes to a stream and waits until it is flushed (or failed). */
export function write(stream: Writable, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(data)) resolve();
    else {
      const onDrain = (): void => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (err: Error): void => {
        stream.off('drain', onDrain);
        reject(err);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    }
  });
}

/** True for the error a write to a closed pipe gives (`tanqih … | head`). */
export function isEpipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
