/**
 * Arabic Presentation Forms-B (U+FE70–U+FEFC), the glyph forms cp864 stores instead of letters. In that block a
 * letter with four forms lists them as isolated, final, initial, medial (Unicode chapter 9.2, table 9-8).
 */

const [initialForms, endForms] = (() => {
  const initial = new Set<number>();
  const end = new Set<number>();
  let c = 0xfe80;
  while (c <= 0xfefc) {
    const base = String.fromCharCode(c).normalize('NFKC');
    let n = 1;
    while (c + n <= 0xfefc && String.fromCharCode(c + n).normalize('NFKC') === base) n++;
    if (n === 4) {
      initial.add(c + 2);
      end.add(c);
      end.add(c + 1);
    }
    c += n;
  }
  return [initial as ReadonlySet<number>, end as ReadonlySet<number>];
})();

/** U+FB50–U+FDFF and U+FE70–U+FEFC: presentation forms. */
export const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** Presentation form -> the letters it shows (NFKC, UAX #15), for U+FB50–U+FEFC; most are one letter. */
const folded: readonly string[] = (() => {
  const t: string[] = [];
  for (let c = 0xfb50; c <= 0xfefc; c++) t.push(String.fromCharCode(c).normalize('NFKC'));
  return t;
})();
const utf16 = new TextDecoder('utf-16le');

/** Folds presentation forms to letters: NFKC on those characters only, which is much faster than on a whole text. */
export function foldPresentationForms(text: string): string {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    size += c < 0xfb50 || c > 0xfefc ? 1 : folded[c - 0xfb50]!.length;
  }
  const out = new Uint16Array(size);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xfb50 || c > 0xfefc) out[n++] = c;
    else {
      const f = folded[c - 0xfb50]!;
      for (let k = 0; k < f.length; k++) out[n++] = f.charCodeAt(k);
    }
  }
  return utf16.decode(out);
}

/** Whether a character continues a word: a letter or a presentation form. */
export function joinsNext(c: number): boolean {
  return (c >= 0xfe70 && c <= 0xfefc) || (c >= 0x0621 && c <= 0x064a);
}

/** An initial form (ﺑ ﻧ ﻳ…): in shaped text always followed by a letter. */
export function isInitialForm(c: number): boolean {
  return initialForms.has(c);
}

/** An isolated or final form of a letter that joins on both sides (ﺏ ﻥ ﻱ…): in shaped text it ends a word. */
export function isEndForm(c: number): boolean {
  return endForms.has(c);
}
