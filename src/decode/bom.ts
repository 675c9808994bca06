/** Byte-order marks, longest first (UTF-32LE starts with the UTF-16LE mark). */
const boms: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { name: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { name: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { name: 'utf-16le', bytes: [0xff, 0xfe] },
  { name: 'utf-16be', bytes: [0xfe, 0xff] },
];

export interface Bom {
  name: string;
  length: number;
}

/** The encoding a byte-order mark at the start of `bytes` announces, or null. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  for (const bom of boms) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return { name: bom.name, length: bom.bytes.length };
    }
  }
  return null;
}
