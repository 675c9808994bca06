import type { Writable } from 'node:stream';

/** Writes to a stream and waits until it is flushed (or failed). */
export function write(stream: Writable, data: string | Uint8Array): Promise<void> {
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
