// A line's UTF-16 code units copied into one shared typed array, for the loops that read every unit of a line
// (scan-line.ts). `charCodeAt` on a line (most lines are slices of the page's text) costs about twice a typed
// array read, and the copy is one call that moves the units as they are (a `Buffer` write in UTF-16LE: lone
// surrogates included, nothing replaced).

let units = new Uint16Array(1024);
let bytes = Buffer.from(units.buffer);
/** A `Buffer` writes UTF-16LE: on a little-endian machine (all Node targets but s390x) its bytes are the units. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The code units of `text` at 0..length-1 of the array returned, and SPACE (0x20) at `length`: a loop may read one
 * unit past the end and see a word end there. The array is shared: it holds `text` only until the next call.
 */
export function loadUnits(text: string): Uint16Array {
  const n = text.length;
  if (n + 1 > units.length) {
    units = new Uint16Array(Math.max(2 * n, 2 * units.length));
    bytes = Buffer.from(units.buffer);
  }
  const u = units;
  // (a short line a unit at a time: the call into the runtime costs more than the copy; a third of lines are short)
  if (n <= BY_UNIT || !littleEndian) for (let i = 0; i < n; i++) u[i] = text.charCodeAt(i);
  else if (ucs2Write !== undefined) ucs2Write.call(bytes, text, 0, 2 * n);
  else bytes.write(text, 0, 2 * n, 'utf16le');
  u[n] = 0x20;
  return u;
}

/** Lines of up to this many units are copied a unit at a time. */
const BY_UNIT = 32;
/** What `write(text, offset, length, 'utf16le')` calls once it has checked its arguments (see fold.ts). */
const ucs2Write = (Buffer.prototype as unknown as { ucs2Write?: (this: Buffer, s: string, offset: number, length: number) => number }).ucs2Write;
