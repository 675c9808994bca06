/** Builds test bytes from our own Arabic text: every encoding, BOM or not, and both kinds of mojibake. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { root } from './cli.js';

export const textsDir = path.join(root, 'fixtures/decode/texts');

/** The fixture articles (our own text), by file name. */
export function fixtureTexts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(textsDir).sort()) out.set(f, readFileSync(path.join(textsDir, f), 'utf8'));
  return out;
}

/** cp864 holds glyph forms, not letters: letter (or lam-alef) -> the forms cp864 can encode, by code point. */
const cp864Forms = (() => {
  const map = new Map<string, number[]>();
  for (let b = 0x80; b <= 0xff; b++) {
    const c = iconv.decode(Buffer.from([b]), 'cp864');
    const code = c.charCodeAt(0);
    if (code < 0xfe80 || code > 0xfefc) continue;
    const base = c.normalize('NFKC');
    map.set(base, [...(map.get(base) ?? []), code].sort((x, y) => x - y));
  }
  return map;
})();

/** Shapes text as a DOS program would for cp864: a letter that joins the next takes its initial form. */
function toCp864Forms(text: string): string {
  return text.replace(/لا|[\u0621-\u064A]/g, (m, offset: number) => {
    const forms = cp864Forms.get(m);
    if (!forms) return m;
    const joins = m.length === 1 && /[\u0621-\u064A]/.test(text[offset + 1] ?? '');
    const initial = forms.find((f) => String.fromCharCode(f - 2).normalize('NFKC') === m && String.fromCharCode(f + 1).normalize('NFKC') === m);
    if (joins && initial !== undefined) return String.fromCharCode(initial);
    return String.fromCharCode(forms.find((f) => f !== initial) ?? forms[0]!);
  });
}

/** The text as a page can hold it: what it cannot encode becomes a space (cp864 text in glyph forms). */
export function representable(text: string, encoding: string): string {
  const src = encoding === 'cp864' ? toCp864Forms(text) : text;
  let out = '';
  for (const ch of src) {
    const back = iconv.decode(iconv.encode(ch, encoding), encoding);
    out += back === ch ? ch : ' ';
  }
  return out;
}

export type Variant =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-16le-bom'
  | 'utf-16be-bom'
  | 'utf-32le-bom'
  | 'utf-32be-bom'
  | 'windows-1256'
  | 'iso-8859-6'
  | 'cp720'
  | 'cp864'
  | 'mojibake-1252'
  | 'mojibake-latin1'
  | 'mojibake-1256';

export const variants: readonly Variant[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'utf-16le-bom',
  'utf-16be-bom',
  'utf-32le-bom',
  'utf-32be-bom',
  'windows-1256',
  'iso-8859-6',
  'cp720',
  'cp864',
  'mojibake-1252',
  'mojibake-latin1',
  'mojibake-1256',
];

export interface Built {
  bytes: Buffer;
  /** The text the decoder must give back exactly. */
  text: string;
  /** What the report must say. */
  name: string;
  bom: boolean;
  repaired: string | null;
}

const boms: Record<string, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'utf-32le': [0xff, 0xfe, 0x00, 0x00],
  'utf-32be': [0x00, 0x00, 0xfe, 0xff],
};

/** `text` in one variant, with what decoding must find. Mojibake is made as a browser would: WHATWG TextDecoder. */
export function build(text: string, variant: Variant): Built {
  if (variant.startsWith('mojibake-')) {
    const utf8 = Buffer.from(text, 'utf8');
    let misread: string;
    if (variant === 'mojibake-latin1') misread = utf8.toString('latin1');
    else if (variant === 'mojibake-1256') misread = new TextDecoder('windows-1256').decode(utf8);
    // WHATWG windows-1252: the five undefined bytes become C1 controls (Node's TextDecoder reads it as Latin-1)
    else misread = [...utf8].map((b) => (b >= 0x80 && b <= 0x9f && iconv.decode(Buffer.from([b]), 'windows-1252') === '\uFFFD' ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), 'windows-1252'))).join('');
    const page = variant === 'mojibake-1256' ? 'windows-1256' : 'windows-1252';
    return { bytes: Buffer.from(misread, 'utf8'), text, name: 'utf-8', bom: false, repaired: `utf-8 read as ${page}` };
  }
  const bom = variant.endsWith('-bom');
  const name = variant.replace(/-bom$/, '');
  const exact = representable(text, name);
  const body = iconv.encode(exact, name, { addBOM: false });
  return { bytes: Buffer.concat([Buffer.from(bom ? boms[name]! : []), body]), text: exact, name, bom, repaired: null };
}
