import { isNfcSafe, markClass } from './compile.js';
import { decodeAt, type Decoded } from './utf8.js';

/**
 * Full Unicode NFC over UTF-8 bytes, done only where it can matter: each run of characters outside the NFC-safe
 * set, together with the character before it (its possible base), is normalised with String.prototype.normalize.
 * Returns the same array when nothing changed.
 */
export function nfcBytes(src: Uint8Array): { bytes: Uint8Array; changed: number } {
  const d: Decoded = { cp: 0, len: 0 };
  const pieces: Uint8Array[] = [];
  let copied = 0;
  let changed = 0;
  let lastStart = -1;
  let lastCcc = 0;
  let i = 0;
  const safeAt = (p: number): boolean => {
    decodeAt(src, p, src.length, d);
    return d.len === 0 || isNfcSafe(d.cp);
  };
  while (i < src.length) {
    // ASCII and safe two-byte characters inline: this scan runs over whole chunks
    const b = src[i]!;
    if (b < 0x80) {
      lastStart = i++;
      lastCcc = 0;
      continue;
    }
    if (b >= 0xc2 && b < 0xe0 && (src[i + 1]! & 0xc0) === 0x80) {
      const cp = ((b & 0x1f) << 6) | (src[i + 1]! & 0x3f);
      if (isNfcSafe(cp)) {
        lastStart = i;
        lastCcc = 0;
        i += 2;
        continue;
      }
      // an Arabic mark in canonical order after a starter needs nothing (the composing ones excepted)
      const c = markClass(cp);
      if (c > 0 && c >= lastCcc && lastStart >= 0 && (cp < 0x0653 || cp > 0x0655)) {
        lastCcc = c;
        i += 2;
        continue;
      }
    }
    if (safeAt(i)) {
      lastStart = i;
      lastCcc = 0;
      i += d.len || 1;
      continue;
    }
    const a = lastStart >= 0 ? lastStart : i;
    let j = i;
    while (j < src.length && !safeAt(j)) j += d.len;
    const s = Buffer.from(src.buffer, src.byteOffset + a, j - a).toString('utf8');
    const n = s.normalize('NFC');
    if (n !== s) {
      pieces.push(src.subarray(copied, a), Buffer.from(n, 'utf8'));
      copied = j;
      changed++;
    }
    i = j;
    lastCcc = 255;
  }
  if (changed === 0) return { bytes: src, changed };
  pieces.push(src.subarray(copied));
  return { bytes: Buffer.concat(pieces), changed };
}
