/**
 * A matching key for rules: the same line under every profile. Diacritics, tatweel and invisible marks go,
 * alef forms, alef maksura and teh marbuta fold, spaces collapse. Used to compare, never to output.
 */
export function foldKey(s: string): string {
  return s
    .replace(/[\u0640\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef forms -> U+0627 ALEF
    .replace(/\u0649/g, '\u064A') // U+0649 ALEF MAKSURA -> U+064A YEH
    .replace(/\u0629/g, '\u0647') // U+0629 TEH MARBUTA -> U+0647 HEH
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
