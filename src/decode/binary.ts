import { signatures } from './signatures.js';

/** How much of a file the control-character count looks at. */
const sampleSize = 64 * 1024;
/** Above this share of control bytes (in the sample) a file is binary. Text has none besides tabs and newlines. */
const maxControlShare = 0.1;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** C0 controls other than TAB, LF, VT, FF, CR, SUB (DOS end of file) and ESC, plus DEL. */
function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) || b === 0x7f;
}

/**
 * Why `bytes` look binary, or null for text. Run after the BOM and UTF-16 checks (UTF-16 text is full of NULs).
 * Like ripgrep, any NUL byte means binary; a known magic number or a high share of control bytes does too.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const sig of signatures) {
    if (startsWith(bytes, sig.bytes)) return `The file starts like a ${sig.name}`;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `The file holds a NUL byte (at byte ${nul})`;
  const end = Math.min(bytes.length, sampleSize);
  let controls = 0;
  for (let i = 0; i < end; i++) if (isControl(bytes[i]!)) controls++;
  if (end > 0 && controls / end > maxControlShare) {
    return `${Math.round((100 * controls) / end)}% of its first ${end} bytes are control characters`;
  }
  return null;
}
