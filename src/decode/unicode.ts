import type { Warning } from '../core/types.js';
import { lineAt, lineStartsOfText } from './lines.js';

export interface Decoded {
  text: string;
  warnings: Warning[];
}

function leftover(n: number, unit: string): Warning {
  return {
    rule: 'decode/invalid-bytes',
    line: null,
    message: `The file ends in the middle of a ${unit} character (${n} byte${n === 1 ? '' : 's'} left over); replaced with U+FFFD.`,
  };
}

/** Replaces unpaired surrogates (not text) with U+FFFD, one warning per line that had any. */
function fixLoneSurrogates(text: string, unit: string, warnings: Warning[]): string {
  if (!/[\uD800-\uDFFF]/.test(text)) return text;
  const starts = lineStartsOfText(text);
  const perLine = new Map<number, number>();
  const fixed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (_m, offset: number) => {
    const line = lineAt(starts, offset);
    perLine.set(line, (perLine.get(line) ?? 0) + 1);
    return '\uFFFD';
  });
  for (const [line, n] of perLine) {
    warnings.push({ rule: 'decode/invalid-bytes', line, message: `${n} unpaired ${unit} surrogate${n === 1 ? '' : 's'} replaced with U+FFFD.` });
  }
  return fixed;
}

/** UTF-16 (either byte order) from `start`; a dangling last byte and unpaired surrogates become U+FFFD, with warnings. */
export function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): Decoded {
  const warnings: Warning[] = [];
  const usable = (bytes.length - start) & ~1;
  const units = Buffer.from(bytes.subarray(start, start + usable));
  if (!littleEndian) units.swap16();
  let text = units.toString('utf16le');
  text = fixLoneSurrogates(text, 'UTF-16', warnings);
  const rest = bytes.length - start - usable;
  if (rest > 0) {
    text += '\uFFFD';
    warnings.push(leftover(rest, 'UTF-16'));
  }
  return { text, warnings };
}

/** UTF-32 (either byte order) from `start`; values that are not Unicode scalar values become U+FFFD, with warnings. */
export function decodeUtf32(bytes: Uint8Array, start: number, littleEndian: boolean): Decoded {
  const warnings: Warning[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Math.floor((bytes.length - start) / 4);
  const parts: string[] = [];
  let chunk: number[] = [];
  let bad = 0;
  for (let k = 0; k < n; k++) {
    const cp = view.getUint32(start + 4 * k, littleEndian);
    const ok = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    if (!ok) bad++;
    chunk.push(ok ? cp : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  let text = parts.join('');
  if (bad > 0) {
    warnings.push({ rule: 'decode/invalid-bytes', line: null, message: `${bad} UTF-32 value${bad === 1 ? ' is' : 's are'} not Unicode characters; replaced with U+FFFD.` });
  }
  const rest = bytes.length - start - 4 * n;
  if (rest > 0) {
    text += '\uFFFD';
    warnings.push(leftover(rest, 'UTF-32'));
  }
  return { text, warnings };
}
