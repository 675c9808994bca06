import { windows1252, windows1256 } from './codepages.js';
import { findMarkers } from './mojibake.js';

/**
 * Watches an input a chunk at a time (never holding it) and tells at the end whether its body is plain UTF-8 that
 * `decode` would return as it is: strict UTF-8 throughout, with no mojibake marker anywhere (so nothing to repair or
 * report). Also finds where its trailing NUL / ^Z padding starts. `tanqih normalize` streams a file only when this
 * holds for the whole file, so it gives the same text as `ingest`, which decodes files whole.
 */
export class PlainUtf8Check {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private plain = true;
  private seen = 0;
  private end = 0;
  /** The last characters of the text so far: a marker is at most five characters, and may span two chunks. */
  private tail = '';

  /** Takes the next chunk of the input. */
  push(chunk: Uint8Array): void {
    for (let i = chunk.length - 1; i >= 0; i--) {
      if (chunk[i] !== 0x00 && chunk[i] !== 0x1a) {
        this.end = this.seen + i + 1;
        break;
      }
    }
    this.seen += chunk.length;
    if (!this.plain) return;
    try {
      this.scan(this.decoder.decode(chunk, { stream: true }));
    } catch {
      this.plain = false;
    }
  }

  /** After the last chunk: whether the whole body is plain UTF-8, and where the body ends (the padding starts). */
  result(): { plain: boolean; bodyEnd: number } {
    if (this.plain) {
      try {
        this.scan(this.decoder.decode());
      } catch {
        this.plain = false;
      }
    }
    return { plain: this.plain, bodyEnd: this.end };
  }

  private scan(text: string): void {
    if (text === '') return;
    const piece = this.tail + text;
    if (findMarkers(piece, windows1252, 1).length > 0 || findMarkers(piece, windows1256, 1).length > 0) this.plain = false;
    this.tail = piece.slice(-4);
  }
}
