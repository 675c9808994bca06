/**
 * Magic numbers of common binary formats (file(1)'s magic database lists them), so that a file that is mostly text (a PDF) or has no NUL early is still refused.
 * Other binaries (executables, media) are full of NULs and need no entry.
 */
export interface Signature {
  name: string;
  /** The article the name takes in a sentence ("an ELF executable"); default "a". */
  article?: 'an';
  /** Bytes at offset 0. */
  bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const signatures: readonly Signature[] = [
  { name: 'PNG image', bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF8') },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'zip archive (or docx, xlsx, epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'bzip2 archive', bytes: ascii('BZh') },
  { name: 'xz archive', article: 'an', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { name: '7-zip archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'ELF executable', article: 'an', bytes: [0x7f, ...ascii('ELF')] },
  { name: 'OLE2 document (doc, xls)', article: 'an', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'SQLite database', article: 'an', bytes: ascii('SQLite format 3\0') },
  { name: 'WebAssembly module', bytes: [0x00, ...ascii('asm')] },
];
