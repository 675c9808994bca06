import { signatures } from './signatures.js';

/** How much of a file the control-character count looks at. */
const sampleSize = 4096;
/** Above this share of control bytes (in the sample) a file is binary. Text has none besides tabs and newlines. */
const maxControlShare = 0.1;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** C0 controls other than TAB, LF, VT, FF, CR, SUB (DOS end of file) and ESC, plus DEL (read as Latin-1). */
const controls = /[\x01-\x08\x0e-\x19\x1c-\x1f\x7f]/g;

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
  // a regexp over the Latin-1 view: much faster than a loop over the bytes, and text has no controls at all
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('latin1');
  controls.lastIndex = 0;
  if (!controls.test(sample)) return null;
  const count = sample.match(controls)?.length ?? 0;
  if (count / end > maxControlShare) {
    return `${Math.round((100 * count) / end)}% of its first ${end} bytes are control characters`;
  }
  return null;
}
