import { iconv } from './iconv.js';
import { FileError } from '../core/errors.js';
import type { DecodeOptions, DecodeResult, EncodingReport, Warning } from '../core/types.js';
import { binaryReason } from './binary.js';
import { sniffBom } from './bom.js';
import { canonicalEncoding, isSupportedEncoding } from './encodings.js';
import { replacementCharWarnings } from './invalid.js';
import { decodeNotUtf8 } from './mixed.js';
import { leftoverWarnings } from './mojibake-warnings.js';
import { describeRepair, findMarkers, leftoverMojibake, repairMojibake } from './mojibake.js';
import { windows1252, windows1256 } from './codepages.js';
import { detectNewline } from './newline.js';
import { trailingPadding, type UnitWidth } from './padding.js';
import { decodeUtf16, decodeUtf32 } from './unicode.js';
import { sniffUtf16 } from './utf16.js';

export { isSupportedEncoding, detectedEncodings, unknownEncodingMessage, canonicalEncoding } from './encodings.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Base {
  text: string;
  name: string;
  confidence: number;
  warnings: Warning[];
  /** The UTF-8 bytes `text` was decoded from, when it is exactly those bytes (strict UTF-8, nothing replaced). */
  utf8?: Uint8Array | undefined;
  /** Bytes of NUL / ^Z padding cut from the end before decoding. */
  padding: number;
}

/** Bytes per code unit of an encoding, for finding its padding. */
function unitWidth(name: string): UnitWidth {
  return name.startsWith('utf-16') ? 2 : name.startsWith('utf-32') ? 4 : 1;
}

/** `bytes` without the padding at their end (from `start`) in units of `name`, and how many bytes that was. */
function unpad(bytes: Uint8Array, name: string, start = 0): { body: Uint8Array; padding: number } {
  const padding = trailingPadding(bytes, start, unitWidth(name));
  return { body: padding > 0 ? bytes.subarray(0, bytes.length - padding) : bytes, padding };
}

/** Bytes in a Unicode encoding (named by a BOM or by the user), from `start`; trailing padding is cut first. */
function decodeUnicode(all: Uint8Array, name: string, start: number): Base {
  const { body: bytes, padding } = unpad(all, name, start);
  if (name === 'utf-16le' || name === 'utf-16be') return { ...decodeUtf16(bytes, start, name === 'utf-16le'), name, confidence: 1, padding };
  if (name === 'utf-32le' || name === 'utf-32be') return { ...decodeUtf32(bytes, start, name === 'utf-32le'), name, confidence: 1, padding };
  const body = bytes.subarray(start);
  try {
    return { text: strictUtf8.decode(body), name, confidence: 1, warnings: [], utf8: body, padding };
  } catch {
    const r = decodeNotUtf8(body, true);
    return { text: r.text, name, confidence: r.confidence, warnings: r.warnings, padding };
  }
}

/** `--encoding NAME` for a file without a BOM. */
function decodeForced(bytes: Uint8Array, given: string): Base {
  if (!isSupportedEncoding(given)) throw new FileError('decode/unknown-encoding', `Unknown encoding "${given}".`);
  const name = canonicalEncoding(given);
  // UTF-16 and UTF-32 without a byte order are little-endian, as iconv-lite reads them
  if (name === 'utf-16' || name === 'utf-32') return decodeUnicode(bytes, `${name}le`, 0);
  if (/^utf-(8|16le|16be|32le|32be)$/.test(name)) return decodeUnicode(bytes, name, 0);
  const { body, padding } = unpad(bytes, name);
  const text = iconv().decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), given);
  return { text, name, confidence: 1, warnings: replacementCharWarnings(text, name), padding };
}

/** No BOM, no `--encoding`: UTF-16 pattern, end padding, binary test, strict UTF-8, then legacy pages. */
function detect(bytes: Uint8Array, options: DecodeOptions): Base {
  const { body, padding } = unpad(bytes, 'utf-8');
  const utf16 = sniffUtf16(body);
  if (utf16) {
    const u = unpad(bytes, utf16.name);
    return { ...decodeUtf16(u.body, 0, utf16.name === 'utf-16le'), name: utf16.name, confidence: utf16.confidence, padding: u.padding };
  }
  if (!options.text) {
    const reason = binaryReason(bytes, body.length);
    if (reason) throw new FileError('decode/binary', `${reason}: it looks binary, so it was skipped (--text decodes it anyway).`);
  }
  try {
    return { text: strictUtf8.decode(body), name: 'utf-8', confidence: 1, warnings: [], utf8: body, padding };
  } catch {
    return { ...decodeNotUtf8(body), padding };
  }
}

/** Undoes mojibake in text that came from a Unicode encoding (or reports it, with `repair: false`). */
function undoMojibake(base: Base, repair: boolean): Base & { repaired: string | null } {
  // the cheap scan first: plain text has no two misread characters in a row, and then nothing else runs
  if (findMarkers(base.text, windows1252, 1).length === 0 && findMarkers(base.text, windows1256, 1).length === 0) {
    return { ...base, repaired: null };
  }
  const r = repairMojibake(base.text);
  const found = describeRepair(r.misreadAs);
  const warnings = [...base.warnings];
  if (found && !repair) {
    warnings.push({ rule: 'decode/mojibake', line: null, message: `The text looks like ${found} (mojibake); left as it is because repair is off.` });
    return { ...base, warnings, repaired: null };
  }
  const left = leftoverMojibake(r.text);
  if (left) warnings.push(...leftoverWarnings(r.text, left.at, left.page));
  const utf8 = r.text === base.text ? base.utf8 : undefined;
  return { text: r.text, name: base.name, confidence: found ? Math.min(base.confidence, 0.95) : base.confidence, warnings, repaired: found, utf8, padding: base.padding };
}

/**
 * bytes -> text and a report of what they were. Order: a BOM (trusted), `--encoding`, UTF-16 by byte pattern,
 * binary refusal, strict UTF-8, the best-scoring single-byte Arabic page; then mojibake is undone. Pure.
 * Throws FileError('decode/binary') for a binary file unless `options.text`.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const { text, encoding, warnings } = decodeWithBytes(bytes, options);
  return { text, encoding, warnings };
}

/**
 * `decode`, plus `utf8`: the UTF-8 bytes of `text` when they are a slice of the input (strict UTF-8, nothing replaced
 * or repaired), so a caller that works on UTF-8 (the normaliser) need not encode the text again. Pure.
 */
export function decodeWithBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult & { utf8: Uint8Array | undefined } {
  const bom = sniffBom(bytes);
  let base: Base;
  if (bom) base = decodeUnicode(bytes, bom.name, bom.length);
  else if (options.encoding) base = decodeForced(bytes, options.encoding);
  else base = detect(bytes, options);
  const unicode = base.name.startsWith('utf-');
  const done = unicode ? undoMojibake(base, options.repair !== false) : { ...base, repaired: null };
  const encoding: EncodingReport = { name: done.name, confidence: done.confidence, bom: bom !== null, newline: detectNewline(done.text), repaired: done.repaired };
  if (base.padding > 0) encoding.padding = base.padding;
  return {
    text: done.text,
    encoding,
    warnings: done.warnings,
    utf8: done.utf8,
  };
}
