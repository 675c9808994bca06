import iconv from 'iconv-lite';

/** A single-byte code page seen from the text side: which byte each character came from. */
export interface Codepage {
  name: 'windows-1252' | 'windows-1256';
  /** Character code -> byte 0x80–0xFF it decodes from, or 0 (ASCII and characters outside the page). */
  byteOf: Uint8Array;
}

function build(name: Codepage['name']): Codepage {
  const byteOf = new Uint8Array(0x10000);
  for (let b = 0x80; b <= 0xff; b++) {
    const c = iconv.decode(Buffer.from([b]), name).charCodeAt(0);
    if (c !== 0xfffd) byteOf[c] = b;
  }
  // windows-1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined, and browsers (WHATWG) turn them into the C1 controls
  // U+0081…; ISO-8859-1 readers (and Node's TextDecoder('windows-1252')) do that for all of 0x80–0x9F. Either way
  // the control keeps its byte: map U+0080–U+009F back to it (ftfy's "sloppy" windows-1252)
  if (name === 'windows-1252') for (let b = 0x80; b <= 0x9f; b++) byteOf[b] = b;
  return { name, byteOf };
}

/** The two pages UTF-8 Arabic is most often misread as: Western (`Ø§Ù„`) and Arabic Windows (`ط§ظ„`). */
export const windows1252 = build('windows-1252');
export const windows1256 = build('windows-1256');
