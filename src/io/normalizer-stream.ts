import { Transform, type TransformCallback } from 'node:stream';
import { NormalizeStream, resolveOps, type NormalizeOptions } from '../normalize/index.js';

/** A Node stream that normalises UTF-8 text as it flows, and tells what each op changed once it has ended. */
export interface Normalizer extends Transform {
  /** Changes per op so far (for the whole text once the stream has ended). */
  changes(): Record<string, number>;
}

/**
 * A streaming normaliser: UTF-8 bytes (or strings) in, normalised UTF-8 bytes out, in one pass and flat memory
 * however long the text (`tanqih normalize` uses the same engine). It does not decode other encodings: give it
 * text, or use `processBytes`/`decode` first.
 *
 * ```ts
 * createReadStream('a.txt').pipe(createNormalizer({ profile: 'search' })).pipe(process.stdout);
 * ```
 */
export function createNormalizer(options: NormalizeOptions = {}): Normalizer {
  const engine = new NormalizeStream(resolveOps(options.profile ?? 'display', options), options.language);
  const push = (t: Transform, pieces: Uint8Array[]): void => {
    for (const p of pieces) if (p.length > 0) t.push(p);
  };
  const stream = new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
      push(this, engine.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk));
      done();
    },
    flush(done: TransformCallback) {
      push(this, engine.end());
      done();
    },
  }) as Normalizer;
  stream.changes = () => engine.changes();
  return stream;
}
