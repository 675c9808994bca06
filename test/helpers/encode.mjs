/** Builds test bytes from Arabic text: every encoding, BOM or not, and both kinds of mojibake. Plain JS so that
 * the benchmarks under test/bench/ (run by node, not vitest) share it with the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const textsDir = fileURLToPath(new URL('../../fixtures/decode/texts/', import.meta.url));

/** The fixture articles (our own text), by file name. */
export function fixtureTexts() {
  const out = new Map();
  for (const f of readdirSync(textsDir).sort()) out.set(f, readFileSync(path.join(textsDir, f), 'utf8'));
  return out;
}

/** cp864 holds glyph forms, not letters: letter (or lam-alef) -> the forms cp864 can encode, by code point. */
const cp864Forms = (() => {
  const map = new Map();
  for (let b = 0x80; b <= 0xff; b++) {
    const c = iconv.decode(Buffer.from([b]), 'cp864');
    const code = c.charCodeAt(0);
    if (code < 0xfe80 || code > 0xfefc) continue;
    const base = c.normalize('NFKC');
    map.set(base, [...(map.get(base) ?? []), code].sort((x, y) => x - y));
  }
  return map;
})();

const sameBase = (code, letter) => String.fromCharCode(code).normalize('NFKC') === letter;

/** Shapes text as a DOS program would for cp864: a letter that joins the next takes its initial form. */
function toCp864Forms(text) {
  return text.replace(/لا|[\u0621-\u064A]/g, (m, offset) => {
    const forms = cp864Forms.get(m);
    if (!forms) return m;
    const joins = m.length === 1 && /[\u0621-\u064A]/.test(text[offset + 1] ?? '');
    const initial = forms.find((f) => sameBase(f - 2, m) && sameBase(f + 1, m));
    if (joins && initial !== undefined) return String.fromCharCode(initial);
    return String.fromCharCode(forms.find((f) => f !== initial) ?? forms[0]);
  });
}

const roundTrips = new Map();

/** The text as a page can hold it: what it cannot encode becomes a space (cp864 text in glyph forms). */
export function representable(text, encoding) {
  if (encoding.startsWith('utf-')) return text;
  const src = encoding === 'cp864' ? toCp864Forms(text) : text;
  let out = '';
  for (const ch of src) {
    const key = `${encoding}:${ch}`;
    let ok = roundTrips.get(key);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(ch, encoding), encoding) === ch;
      roundTrips.set(key, ok);
    }
    out += ok ? ch : ' ';
  }
  return out;
}

export const variants = [
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

const boms = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'utf-32le': [0xff, 0xfe, 0x00, 0x00],
  'utf-32be': [0x00, 0x00, 0xfe, 0xff],
};

/** WHATWG windows-1252: the five bytes it leaves undefined become C1 controls (Node's TextDecoder reads Latin-1). */
const whatwg1252 = [...Array(256).keys()].map((b) => {
  const c = iconv.decode(Buffer.from([b]), 'windows-1252');
  return c === '\uFFFD' ? String.fromCharCode(b) : c;
});

/** The bytes of `text` misread as a page and saved again as UTF-8. */
export function mojibake(text, page) {
  const utf8 = Buffer.from(text, 'utf8');
  let misread;
  if (page === 'iso-8859-1') misread = utf8.toString('latin1');
  else if (page === 'windows-1256') misread = new TextDecoder('windows-1256').decode(utf8);
  else misread = [...utf8].map((b) => whatwg1252[b]).join('');
  return Buffer.from(misread, 'utf8');
}

/**
 * `text` in one variant, with what decoding must find: { bytes, text (what decode must give back exactly),
 * name, bom, repaired }.
 */
export function build(text, variant) {
  if (variant.startsWith('mojibake-')) {
    const page = { 'mojibake-1252': 'windows-1252', 'mojibake-latin1': 'iso-8859-1', 'mojibake-1256': 'windows-1256' }[variant];
    const reported = page === 'windows-1256' ? 'windows-1256' : 'windows-1252';
    return { bytes: mojibake(text, page), text, name: 'utf-8', bom: false, repaired: `utf-8 read as ${reported}` };
  }
  const bom = variant.endsWith('-bom');
  const name = variant.replace(/-bom$/, '');
  const exact = representable(text, name);
  const body = iconv.encode(exact, name, { addBOM: false });
  return { bytes: Buffer.concat([Buffer.from(bom ? boms[name] : []), body]), text: exact, name, bom, repaired: null };
}
