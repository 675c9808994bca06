import { signatures } from './signatures.js';

/**
 * When a file is binary. The evidence is a known magic number at its start, or a body (the file without its trailing
 * NUL / ^Z padding, see padding.ts) that holds bytes text never does: NUL, and the C0 controls other than TAB, LF,
 * VT, FF, CR, SUB and ESC, and DEL. Text in any encoding tanqih reads has next to none of them; random bytes have
 * about 10%, executables and media far more.
 */

/** How much of the body the count looks at (the start of the body). */
export const binarySampleBytes = 64 << 10;
/** Binary above this share of NUL and control bytes in the sample … */
export const maxControlShare = 0.01;
/** … and only from this many such bytes on: a stray NUL or two in a text is damage, not a binary file. */
export const minControlBytes = 4;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** NUL, C0 controls other than TAB, LF, VT, FF, CR, SUB (DOS end of file) and ESC, and DEL (read as Latin-1). */
const controls = /[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]/g;

/** The known binary format `bytes` start with, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of signatures) if (startsWith(bytes, sig.bytes)) return sig.name;
  return null;
}

/**
 * Why `bytes` look binary, or null for text. `bodyEnd` is where the trailing padding starts. Run after the BOM and
 * UTF-16 checks (UTF-16 text is full of NULs).
 */
export function binaryReason(bytes: Uint8Array, bodyEnd = bytes.length): string | null {
  const sig = signatures.find((s) => startsWith(bytes, s.bytes));
  if (sig) return `The file starts like ${sig.article ?? 'a'} ${sig.name}`;
  const end = Math.min(bodyEnd, binarySampleBytes);
  // a regexp over the Latin-1 view: much faster than a loop over the bytes, and text has no controls at all
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('latin1');
  controls.lastIndex = 0;
  if (!controls.test(sample)) return null;
  const count = sample.match(controls)?.length ?? 0;
  if (count >= minControlBytes && count > end * maxControlShare) {
    const share = (100 * count) / end;
    return `${share < 10 ? share.toFixed(1) : Math.round(share)}% of its first ${end} bytes (after any end padding) are NUL or control bytes`;
  }
  return null;
}
