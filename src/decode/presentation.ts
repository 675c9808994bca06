/**
 * Arabic Presentation Forms-B (U+FE70–U+FEFC), the glyph forms cp864 stores instead of letters. In that block a
 * letter with four forms lists them as isolated, final, initial, medial (Unicode chapter 9.2, table 9-8).
 */

const initialForms: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  let c = 0xfe80;
  while (c <= 0xfefc) {
    const base = String.fromCharCode(c).normalize('NFKC');
    let n = 1;
    while (c + n <= 0xfefc && String.fromCharCode(c + n).normalize('NFKC') === base) n++;
    if (n === 4) set.add(c + 2);
    c += n;
  }
  return set;
})();

/** U+FB50–U+FDFF and U+FE70–U+FEFC: presentation forms. */
export const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFC]/;

function joinsNext(c: number): boolean {
  return (c >= 0xfe70 && c <= 0xfefc) || (c >= 0x0621 && c <= 0x064a);
}

/**
 * Initial forms with no letter after them. Text shaped for cp864 never ends a word on an initial form; ISO-8859-6
 * bytes read as cp864 do it at every word ending in ب ت ن ي…, since cp864 puts initial forms where ISO has letters.
 */
export function countStrandedInitials(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (initialForms.has(text.charCodeAt(i)) && !joinsNext(text.charCodeAt(i + 1))) n++;
  }
  return n;
}
