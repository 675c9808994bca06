import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * File names on POSIX are bytes, not text. A name that is not valid UTF-8 is carried through tanqih
 * losslessly with the "surrogateescape" convention (PEP 383): each byte of an invalid sequence becomes
 * the lone surrogate U+DC80–U+DCFF. JSON.stringify writes those as `\udcXX` escapes, Python's
 * `os.fsencode(json.loads(...))` turns them back into the exact bytes, and `toFsPath` does the same here.
 */

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Bytes of a file name -> string, invalid bytes as lone surrogates U+DC80–U+DCFF (lossless). */
export function fromRawName(raw: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const n = utf8SequenceLength(raw, i);
    if (n === 0) {
      out += String.fromCharCode(0xdc00 + raw[i]!);
      i++;
    } else {
      out += Buffer.from(raw.subarray(i, i + n)).toString('utf8');
      i += n;
    }
  }
  return out;
}

const escapedByte = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** True when `s` carries escaped raw bytes (see fromRawName). */
export function hasEscapedBytes(s: string): boolean {
  return escapedByte.test(s);
}

/** A path for node:fs: the string itself, or its exact bytes when it carries escaped raw bytes. */
export function toFsPath(s: string): string | Buffer {
  if (!hasEscapedBytes(s)) return s;
  const parts: Buffer[] = [];
  let run = '';
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (u >= 0xdc80 && u <= 0xdcff && !(prev >= 0xd800 && prev <= 0xdbff)) {
      parts.push(Buffer.from(run, 'utf8'), Buffer.from([u - 0xdc00]));
      run = '';
    } else run += s[i];
  }
  parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

/** What a lossy readdir (fast-glob, fs with string paths) shows for a raw name: invalid bytes as U+FFFD. */
function lossy(raw: Buffer): string {
  return raw.toString('utf8');
}

/**
 * The real names behind a path that a string-based walk decoded lossily (it holds U+FFFD): each such
 * component is looked up again as bytes. Returns the escaped paths (one per matching file on disk;
 * several raw names can decode to the same lossy one), or `[p]` when there is nothing to recover.
 */
export async function recoverRawPath(p: string, cwd: string): Promise<string[]> {
  if (!p.includes('\uFFFD')) return [p];
  const absolute = path.isAbsolute(p);
  const parts = p.split('/');
  let prefixes: string[] = [absolute ? '/' : ''];
  for (const [i, part] of parts.entries()) {
    if (part === '' && i === 0) continue;
    const next: string[] = [];
    for (const prefix of prefixes) {
      const join = (name: string): string => (prefix === '' || prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`);
      if (!part.includes('\uFFFD')) {
        next.push(join(part));
        continue;
      }
      const dir = toFsPath(path.resolve(cwd, prefix === '' ? '.' : prefix));
      const entries = await readdir(dir, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
      for (const raw of entries) if (lossy(raw) === part) next.push(join(fromRawName(raw)));
    }
    prefixes = next;
  }
  return prefixes.length > 0 ? prefixes.sort() : [p];
}
