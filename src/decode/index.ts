import iconv from 'iconv-lite';
import { FileError } from '../core/errors.js';
import type { DecodeOptions, DecodeResult, Warning } from '../core/types.js';
import { sniffBom } from './bom.js';
import { detectNewline } from './newline.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Encodings `--encoding` accepts: anything iconv-lite knows. */
export function isSupportedEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/** bytes -> text and what was found: BOM, strict UTF-8, else windows-1256. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const warnings: Warning[] = [];
  const bom = sniffBom(bytes);
  let name: string;
  let text: string;
  let confidence: number;
  if (bom) {
    name = bom.name;
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + bom.length, bytes.length - bom.length), name);
    confidence = 1;
  } else if (options.encoding) {
    name = options.encoding;
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), name);
    confidence = 1;
  } else {
    if (!options.text && bytes.includes(0)) {
      throw new FileError('decode/binary', 'The file holds NUL bytes and looks binary; use --text to decode it anyway.');
    }
    try {
      text = strictUtf8.decode(bytes);
      name = 'utf-8';
      confidence = 1;
    } catch {
      name = 'windows-1256';
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), name);
      confidence = 0.5;
    }
  }
  return {
    text,
    encoding: { name, confidence, bom: bom !== null, newline: detectNewline(text), repaired: null },
    warnings,
  };
}
