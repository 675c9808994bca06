// A text's UTF-16 code units copied into a reused typed array, for the loops that read every unit of a line
// (scan-line.ts, marker-scan.ts, fold.ts). `charCodeAt` on a line (most lines are slices of the page's text) costs
// about twice a typed array read. A short text is copied a unit at a time; a longer one by one call that moves the
// units as they are (a `Buffer` write in UTF-16LE: lone surrogates included, nothing replaced).

/** A `Buffer` writes UTF-16LE: on a little-endian machine (all Node targets but s390x) its bytes are the units. */
export const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Texts of up to this many units are copied a unit at a time: the call into the runtime costs more than the copy. */
const BY_UNIT = 32;
/**
 * What `write(text, offset, length, 'utf16le')` calls once it has checked its arguments and looked the encoding up
 * (`Buffer.prototype.ucs2Write`, in Node since its first releases, though undocumented): the checks cost about as
 * much as the copy of a line. `write` stands in where a runtime lacks it.
 */
const ucs2Write = (Buffer.prototype as unknown as { ucs2Write?: (this: Buffer, s: string, offset: number, length: number) => number }).ucs2Write;

/** A reused array of code units, grown to the longest text it was given. */
export class UnitBuffer {
  private units: Uint16Array;
  private bytes: Buffer;

  constructor(size: number) {
    this.units = new Uint16Array(size);
    this.bytes = Buffer.from(this.units.buffer);
  }

  /**
   * The code units of `text` at 0..length-1 of the array returned, and SPACE (0x20) at `length`: a loop may read one
   * unit past the end and see a word end there. The array is this buffer's: it holds `text` until its next load.
   */
  load(text: string): Uint16Array {
    const n = text.length;
    if (n + 1 > this.units.length) {
      this.units = new Uint16Array(Math.max(2 * n, 2 * this.units.length));
      this.bytes = Buffer.from(this.units.buffer);
    }
    const u = this.units;
    if (n <= BY_UNIT || !littleEndian) for (let i = 0; i < n; i++) u[i] = text.charCodeAt(i);
    else if (ucs2Write !== undefined) ucs2Write.call(this.bytes, text, 0, 2 * n);
    else this.bytes.write(text, 0, 2 * n, 'utf16le');
    u[n] = 0x20;
    return u;
  }
}

/** The line measures' buffer (fold.ts keeps its own: a key folded meanwhile leaves a loaded line as it was). */
const lineUnits = new UnitBuffer(1024);

/** `text`'s code units in the line measures' shared array (`UnitBuffer.load`): they stay only until the next call. */
export function loadUnits(text: string): Uint16Array {
  return lineUnits.load(text);
}
