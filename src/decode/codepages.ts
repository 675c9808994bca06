import { windows1252High } from './cp1252.js';
import { iconv } from './iconv.js';

/** A single-byte code page seen from the text side: which byte each character came from. */
export interface Codepage {
  name: 'windows-1252' | 'windows-1256';
  /** Character code -> byte 0x80–0xFF it decodes from, or 0 (ASCII and characters outside the page). */
  byteOf: Uint8Array;
  /**
   * Two misread characters in a row, the first Arabic: read from a lead byte of the Arabic letters (0xD8–0xD9:
   * U+0600–U+067F; 0xEF: presentation forms) and its continuation bytes (0x80–0xBF), then any lead byte
   * (0xC2–0xF4) and a continuation byte (in text misread twice the second is `Ë†`). Clean text seldom holds such a lead
   * (`Ø`, `Ù`; `ط`, `ظ` followed by a continuation character), and V8's regexp engine finds them far faster than
   * a loop over charCodeAt would.
   */
  marker: RegExp;
}

/** A regexp character class of the characters a page reads from bytes lo…hi. */
function charClass(byteOf: Uint8Array, lo: number, hi: number): string {
  let out = '';
  for (let c = 0; c < byteOf.length; c++) {
    const b = byteOf[c]!;
    if (b >= lo && b <= hi) out += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return `[${out}]`;
}

/** The character a page reads byte `b` (0x80–0xFF) as; 0 when the page leaves it undefined. */
function charOf(name: Codepage['name'], b: number): number {
  if (name === 'windows-1252') return b < 0xa0 ? windows1252High[b - 0x80]! : b;
  return windows1256Reader?.decode(Uint8Array.of(b)).charCodeAt(0) ?? iconv().decode(Buffer.from([b]), name).charCodeAt(0);
}

/**
 * windows-1256 defines all 128 high bytes; the WHATWG decoder (ICU) reads them as iconv-lite does (a test checks).
 * A Node built without full ICU has no such decoder: iconv-lite is loaded then.
 */
const windows1256Reader = ((): InstanceType<typeof TextDecoder> | null => {
  try {
    return new TextDecoder('windows-1256');
  } catch {
    return null;
  }
})();

function build(name: Codepage['name']): Codepage {
  const byteOf = new Uint8Array(0x10000);
  for (let b = 0x80; b <= 0xff; b++) {
    const c = charOf(name, b);
    if (c !== 0 && c !== 0xfffd) byteOf[c] = b;
  }
  // windows-1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined, and browsers (WHATWG) turn them into the C1 controls
  // U+0081…; ISO-8859-1 readers (and Node's TextDecoder('windows-1252')) do that for all of 0x80–0x9F. Either way
  // the control keeps its byte: map U+0080–U+009F back to it (ftfy's "sloppy" windows-1252)
  if (name === 'windows-1252') for (let b = 0x80; b <= 0x9f; b++) byteOf[b] = b;
  const arabicLead = charClass(byteOf, 0xd8, 0xd9).slice(0, -1) + charClass(byteOf, 0xef, 0xef).slice(1);
  const anyLead = charClass(byteOf, 0xc2, 0xf4);
  const cont = charClass(byteOf, 0x80, 0xbf);
  return { name, byteOf, marker: new RegExp(`${arabicLead}${cont}{1,2}${anyLead}${cont}`, 'g') };
}

/** The two pages UTF-8 Arabic is most often misread as: Western (`Ø§Ù„`) and Arabic Windows (`ط§ظ„`). */
export const windows1252 = build('windows-1252');
export const windows1256 = build('windows-1256');
