/** Combining marks, tatweel and invisible format characters: dropped from keys. */
const marks = /[\u0640\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g;
/** A tatweel standing alone between spaces is a dash in datelines ("جدة ـ فلان"). */
const tatweelDash = /(^|\s)\u0640+(?=\s|$)/g;
const letterFolds: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // ALEF WITH MADDA ABOVE -> ALEF
  '\u0623': '\u0627', // ALEF WITH HAMZA ABOVE -> ALEF
  '\u0625': '\u0627', // ALEF WITH HAMZA BELOW -> ALEF
  '\u0671': '\u0627', // ALEF WASLA -> ALEF
  '\u0649': '\u064A', // ALEF MAKSURA -> YEH
  '\u06CC': '\u064A', // FARSI YEH -> YEH
  '\u0629': '\u0647', // TEH MARBUTA -> HEH
  '\u06A9': '\u0643', // KEHEH -> KAF
  '\u060C': ',', // ARABIC COMMA
  '\u061B': ';', // ARABIC SEMICOLON
  '\u061F': '?', // ARABIC QUESTION MARK
  '\u00AB': '"',
  '\u00BB': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};
const foldable = /[\u0622\u0623\u0625\u0671\u0649\u06CC\u0629\u06A9\u060C\u061B\u061F\u00AB\u00BB\u201C-\u201E\u2018\u2019\u2013\u2014\u2212\u0660-\u0669\u06F0-\u06F9]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // ARABIC-INDIC DIGITS
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // EXTENDED (PERSIAN) DIGITS
  return letterFolds[c] ?? c;
}

/**
 * A matching key for rules: the same line under every normalisation profile. Diacritics, tatweel and invisible
 * marks go, alef forms, alef maksura and teh marbuta fold, Arabic-Indic digits and Arabic punctuation become
 * ASCII, spaces collapse. Used to compare, never to output.
 */
export function foldKey(s: string): string {
  return s
    .replace(tatweelDash, '$1-')
    .replace(marks, '')
    .replace(foldable, foldChar)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Arabic-Indic and Persian digits -> ASCII, nothing else (keeps string offsets). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, foldChar);
}
