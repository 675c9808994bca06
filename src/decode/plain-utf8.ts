import { isUtf8 } from 'node:buffer';
import { windows1252, windows1256 } from './codepages.js';
import { findMarkers } from './mojibake.js';

/**
 * Watches an input a chunk at a time (never holding it) and tells at the end whether its body is plain UTF-8 that
 * `decode` would return as it is: strict UTF-8 throughout, with no mojibake marker anywhere (so nothing to repair or
 * report). Also finds where its trailing NUL / ^Z padding starts. `tanqih normalize` streams a file only when this
 * holds for the whole file, so it gives the same text as `ingest`, which decodes files whole.
 * Fast: validity is checked on the bytes (simdutf); text is decoded only in 16-byte windows where a marker may start.
 */

/** A marker is at most five characters (15 bytes): this much of each piece is kept to check across the cut. */
const overlap = 16;

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whether a marker starts in the 16 bytes from `i` (a character start). */
function markerAt(bytes: Buffer, i: number): boolean {
  const text = lenient.decode(bytes.subarray(i, i + overlap));
  return findMarkers(text, windows1252, 1).length > 0 || findMarkers(text, windows1256, 1).length > 0;
}

/**
 * Where a mojibake marker can start: `Ø` `Ù` `ï` (C3 98, C3 99, C3 AF) start every windows-1252 marker and `ï` some
 * windows-1256 ones; the others start with `ط` or `ظ` (D8 B7, D8 B8) followed by a character of windows-1256's
 * 0x80–0xBF row (`€ پ ‚ … ، ؛ ؟ « »` …), whose UTF-8 starts with C2, C5, C6, CB, DA or E2 (a superset), or is ، ؛ ؟
 * (D8 8C, 9B, 9F) or ٹ پ (D9 B9, BE). Found from the bytes C3, B7 and B8 (memchr: rare bytes in Arabic text, where
 * B7/B8 are nearly always the second byte of ط/ظ), checked around each.
 */
function candidateAt(bytes: Buffer, p: number): boolean {
  const b1 = bytes[p + 1];
  if (bytes[p] === 0xc3) return b1 === 0x98 || b1 === 0x99 || b1 === 0xaf;
  if (bytes[p] !== 0xd8 || (b1 !== 0xb7 && b1 !== 0xb8)) return false;
  const b2 = bytes[p + 2];
  const b3 = bytes[p + 3];
  if (b2 === 0xc2 || b2 === 0xc5 || b2 === 0xc6 || b2 === 0xcb || b2 === 0xda || b2 === 0xe2) return true;
  return (b2 === 0xd8 && (b3 === 0x8c || b3 === 0x9b || b3 === 0x9f)) || (b2 === 0xd9 && (b3 === 0xb9 || b3 === 0xbe));
}

/** Whether a mojibake marker starts in `bytes` before `upTo`: a little text is decoded and tested at each candidate. */
function markerIn(bytes: Buffer, upTo: number): boolean {
  for (const [byte, back] of searchBytes) {
    for (let q = bytes.indexOf(byte, back); q >= 0 && q - back < upTo; q = bytes.indexOf(byte, q + 1)) {
      if (candidateAt(bytes, q - back) && markerAt(bytes, q - back)) return true;
    }
  }
  return false;
}

/** The bytes `markerIn` looks for, and how far before each a candidate starts. */
const searchBytes: ReadonlyArray<readonly [number, number]> = [
  [0xc3, 0],
  [0xb7, 1],
  [0xb8, 1],
];

/** Where the last complete UTF-8 character of `b` ends (a chunk may end inside one). */
function completeEnd(b: Uint8Array): number {
  for (let k = 1; k <= 3 && b.length - k >= 0; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? b.length - k : b.length;
  }
  return b.length;
}

export class PlainUtf8Check {
  private plain = true;
  private seen = 0;
  private end = 0;
  /** Bytes of an unfinished character at the end of the last chunk. */
  private carry: Buffer = Buffer.alloc(0);
  /** The last bytes of the input so far (whole characters): a marker starting there is checked with the next piece. */
  private tail: Buffer = Buffer.alloc(0);

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
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry.length > 0) {
      // the carried character ends within the chunk's first continuation bytes: checked on its own (UTF-8 validity
      // splits at any byte that is not a continuation), so the chunk itself is not copied
      let k = 0;
      while (k < 3 && k < buf.length && (buf[k]! & 0xc0) === 0x80) k++;
      if (k === buf.length) buf = Buffer.concat([this.carry, buf]);
      else {
        this.check(Buffer.concat([this.carry, buf.subarray(0, k)]));
        buf = buf.subarray(k);
      }
    }
    const cut = completeEnd(buf);
    this.carry = Buffer.from(buf.subarray(cut));
    this.check(buf.subarray(0, cut));
  }

  /** After the last chunk: whether the whole body is plain UTF-8, and where the body ends (the padding starts). */
  result(): { plain: boolean; bodyEnd: number } {
    if (this.carry.length > 0) this.plain = false; // the input ends inside a character
    if (this.plain && markerIn(this.tail, this.tail.length)) this.plain = false;
    return { plain: this.plain, bodyEnd: this.end };
  }

  /**
   * A piece of whole characters: valid UTF-8, and no marker starting in it. A marker may start in the last 16 bytes of
   * the input so far and go on in the next piece: those bytes are kept and checked with it (or at the end).
   */
  private check(piece: Buffer): void {
    if (piece.length === 0 || !this.plain) return;
    if (!isUtf8(piece)) {
      this.plain = false;
      return;
    }
    // a short piece joins the kept bytes; a long one is checked as it is, after the kept bytes with its start
    const work = piece.length <= overlap ? Buffer.concat([this.tail, piece]) : piece;
    const edge = work === piece && this.tail.length > 0 ? Buffer.concat([this.tail, piece.subarray(0, overlap)]) : null;
    if ((edge && markerIn(edge, this.tail.length)) || markerIn(work, work.length - overlap)) {
      this.plain = false;
      return;
    }
    let start = Math.max(0, work.length - overlap);
    while (start > 0 && (work[start]! & 0xc0) === 0x80) start--;
    this.tail = Buffer.from(work.subarray(start));
  }
}
