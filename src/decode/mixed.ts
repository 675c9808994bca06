import iconv from 'iconv-lite';
import type { Warning } from '../core/types.js';
import { invalidByteWarnings, replacementCharWarnings } from './invalid.js';
import { pickLegacy, scoreDecoded } from './legacy.js';
import { lineStartsOfBytes } from './lines.js';
import { scanUtf8 } from './utf8.js';

/**
 * Bytes that are not valid UTF-8: a legacy file, a UTF-8 file with damage (a stray byte, a cut-off character),
 * or a UTF-8 file with a block pasted in from a windows-1256 file. Decided line by line, so a legacy block never
 * turns the good UTF-8 around it into mojibake, and every line read differently is reported.
 */

type LineKind = 'ascii' | 'utf8' | 'legacy';

export interface NotUtf8Result {
  text: string;
  name: string;
  confidence: number;
  warnings: Warning[];
}

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

interface LineStats {
  high: number;
  invalid: number;
  leads: number;
}

/** Per line: high bytes, lead bytes and invalid bytes, counted without recording where (that is only for warnings). */
function lineStats(bytes: Uint8Array, starts: readonly number[]): LineStats[] {
  const stats: LineStats[] = [];
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line]!;
    const end = starts[line + 1] ?? bytes.length;
    let high = 0;
    let leads = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b >= 0x80) {
        high++;
        if (b >= 0xc2 && b <= 0xf4) leads++;
      }
    }
    // UTF-8 sequences never span lines: LF and CR end them
    const invalid = high === 0 ? 0 : scanUtf8(bytes, start, end, false).invalidBytes;
    stats.push({ high, invalid, leads });
  }
  return stats;
}

function classify(s: LineStats, mostlyUtf8: boolean): LineKind {
  if (s.high === 0) return 'ascii';
  if (mostlyUtf8) return s.invalid * 2 > s.high ? 'legacy' : 'utf8';
  // in a mostly legacy file a line is UTF-8 only when it is clean UTF-8 over several characters: a legacy line
  // can be valid UTF-8 by chance (`ط،` is the bytes of `ء`), but not for long
  return s.invalid === 0 && s.leads >= 3 ? 'utf8' : 'legacy';
}

/** Ranges of 1-based lines of `kind`, with plain ASCII lines between two of them folded in. */
function blocks(kinds: readonly LineKind[], kind: LineKind): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  kinds.forEach((k, i) => {
    if (k !== kind) return;
    const last = out[out.length - 1];
    if (last && kinds.slice(last[1], i).every((x) => x === 'ascii')) last[1] = i + 1;
    else out.push([i + 1, i + 1]);
  });
  return out;
}

function span([a, b]: [number, number]): string {
  return a === b ? `Line ${a} is` : `Lines ${a}–${b} are`;
}

/** Decodes stretches of lines that share a decoder; ASCII lines go with either. */
function decodeByLine(bytes: Uint8Array, starts: readonly number[], kinds: readonly LineKind[], legacyName: string | null): string {
  const parts: string[] = [];
  let runStart = 0;
  let runKind: LineKind = 'ascii';
  const flush = (end: number): void => {
    const chunk = bytes.subarray(starts[runStart]!, end < kinds.length ? starts[end]! : bytes.length);
    parts.push(runKind === 'legacy' ? iconv.decode(Buffer.from(chunk), legacyName!) : lenient.decode(chunk));
    runStart = end;
  };
  kinds.forEach((kind, i) => {
    if (kind === 'ascii' || kind === runKind) return;
    if (runKind !== 'ascii') flush(i);
    runKind = kind;
  });
  flush(kinds.length);
  return parts.join('');
}

/** The whole file in the single-byte page it reads best in. */
function decodeLegacy(bytes: Uint8Array): NotUtf8Result {
  const guess = pickLegacy(bytes);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), guess.name);
  return { text, name: guess.name, confidence: guess.confidence, warnings: replacementCharWarnings(text, guess.name) };
}

/**
 * A legacy file can hold enough valid UTF-8 by chance to pass for damaged UTF-8 (cp720 puts letters on
 * continuation bytes and `à`…`ï` on lead bytes): keep the UTF-8 reading only if it reads at least as Arabic.
 */
function preferLegacy(bytes: Uint8Array, utf8Text: string): NotUtf8Result | null {
  const legacy = decodeLegacy(bytes);
  return scoreDecoded(legacy.text) > scoreDecoded(utf8Text) ? legacy : null;
}

/** Decodes bytes that failed strict UTF-8 (or, with `forceUtf8`, reads them all as UTF-8 with U+FFFD). */
export function decodeNotUtf8(bytes: Uint8Array, forceUtf8 = false): NotUtf8Result {
  const counts = scanUtf8(bytes, 0, bytes.length, false);
  // fewer than three valid sequences and more invalid bytes: no line can be UTF-8 (see classify), so skip the lines
  if (!forceUtf8 && counts.multi < 3 && counts.invalidBytes > counts.multi * 2) return decodeLegacy(bytes);
  const starts = lineStartsOfBytes(bytes);
  const stats = lineStats(bytes, starts);
  const invalid = counts.invalidBytes;
  const high = stats.reduce((a, s) => a + s.high, 0);
  const mostlyUtf8 = forceUtf8 || high - invalid >= invalid;
  const kinds = stats.map((s) => (forceUtf8 && s.high > 0 ? 'utf8' : classify(s, mostlyUtf8)));
  if (!kinds.includes('utf8')) return decodeLegacy(bytes);
  const legacyLines = kinds.flatMap((k, i) => (k === 'legacy' ? [i] : []));
  const legacy = legacyLines.length > 0 ? pickLegacy(Buffer.concat(legacyLines.map((i) => bytes.subarray(starts[i]!, starts[i + 1] ?? bytes.length)))) : null;
  const text = decodeByLine(bytes, starts, kinds, legacy?.name ?? null);
  // nine high bytes in ten forming UTF-8 sequences is UTF-8 with damage (a cut character, overlong or CESU bytes):
  // a single-byte page reading it as Arabic letters would be the mojibake of it
  const better = forceUtf8 || invalid * 10 <= high ? null : preferLegacy(bytes, text);
  if (better) return better;

  const perLine = new Map<number, number>();
  kinds.forEach((kind, i) => {
    if (kind !== 'utf8' || stats[i]!.invalid === 0) return;
    perLine.set(i + 1, scanUtf8(bytes, starts[i]!, starts[i + 1] ?? bytes.length).invalidAt.length);
  });
  const warnings = invalidByteWarnings(perLine, 'invalid UTF-8 byte sequence');
  const legacyHigh = legacyLines.reduce((a, i) => a + stats[i]!.high, 0);
  const utf8Primary = legacyHigh * 2 <= high;
  if (legacy) {
    for (const b of utf8Primary ? blocks(kinds, 'legacy') : blocks(kinds, 'utf8')) {
      const message = utf8Primary
        ? `${span(b)} not UTF-8 like the rest of the file; read as ${legacy.name}.`
        : `${span(b)} UTF-8, unlike the rest of the file (${legacy.name}); read as UTF-8.`;
      warnings.push({ rule: 'decode/mixed-encoding', line: b[0], message });
    }
  }
  const utf8Invalid = stats.reduce((a, s, i) => a + (kinds[i] === 'utf8' ? s.invalid : 0), 0);
  const share = utf8Primary ? (high - legacyHigh - utf8Invalid) / high : legacyHigh / high;
  const base = utf8Primary ? 1 : legacy!.confidence;
  return {
    text,
    name: utf8Primary ? 'utf-8' : legacy!.name,
    confidence: Math.max(0.1, Math.min(0.99, Math.round(base * share * 100) / 100)),
    warnings,
  };
}
