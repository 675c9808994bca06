/**
 * Character facts the engine needs, as data: Arabic letters and marks (with their canonical combining classes from
 * UnicodeData.txt), digits, whitespace, and which code points are "NFC-safe" (combining class 0 and NFC_Quick_Check
 * Yes, so Unicode normalisation can never change or merge them: UAX #15 section 9).
 */

/** Ranges of Arabic letters (base characters that make up words), including presentation forms. */
export const arabicLetterRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0620, 0x063f],
  [0x0641, 0x064a], // U+0640 TATWEEL is not a letter
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfdfb],
  [0xfe70, 0xfefc],
];

/**
 * Canonical combining classes of the Arabic marks (UnicodeData.txt field 3). Marks with class 230 or 220 that are not
 * listed one by one share the class of their range.
 */
export const arabicMarkClasses: ReadonlyArray<readonly [number, number, number]> = [
  [0x0610, 0x0617, 230],
  [0x0618, 0x0618, 30],
  [0x0619, 0x0619, 31],
  [0x061a, 0x061a, 32],
  [0x064b, 0x064b, 27], // FATHATAN
  [0x064c, 0x064c, 28], // DAMMATAN
  [0x064d, 0x064d, 29], // KASRATAN
  [0x064e, 0x064e, 30], // FATHA
  [0x064f, 0x064f, 31], // DAMMA
  [0x0650, 0x0650, 32], // KASRA
  [0x0651, 0x0651, 33], // SHADDA
  [0x0652, 0x0652, 34], // SUKUN
  [0x0653, 0x0654, 230], // MADDA ABOVE, HAMZA ABOVE
  [0x0655, 0x0656, 220], // HAMZA BELOW, SUBSCRIPT ALEF
  [0x0657, 0x065b, 230],
  [0x065c, 0x065c, 220],
  [0x065d, 0x065e, 230],
  [0x065f, 0x065f, 220],
  [0x0670, 0x0670, 35], // SUPERSCRIPT ALEF
  [0x06d6, 0x06dc, 230],
  [0x06df, 0x06e2, 230],
  [0x06e3, 0x06e3, 220],
  [0x06e4, 0x06e4, 230],
  [0x06e7, 0x06e8, 230],
  [0x06ea, 0x06ea, 220],
  [0x06eb, 0x06ec, 230],
  [0x06ed, 0x06ed, 220],
  [0x08d3, 0x08d3, 220],
  [0x08d4, 0x08e1, 230],
  [0x08e3, 0x08e3, 220],
  [0x08e4, 0x08e5, 230],
  [0x08e6, 0x08e6, 220],
  [0x08e7, 0x08e8, 230],
  [0x08e9, 0x08e9, 220],
  [0x08ea, 0x08ec, 230],
  [0x08ed, 0x08ef, 220],
  [0x08f0, 0x08f0, 27],
  [0x08f1, 0x08f1, 28],
  [0x08f2, 0x08f2, 29],
  [0x08f3, 0x08f5, 230],
  [0x08f6, 0x08f6, 220],
  [0x08f7, 0x08f8, 230],
  [0x08f9, 0x08fa, 220],
  [0x08fb, 0x08ff, 230],
];

/** U+0653 MADDA ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW: the marks NFC composes with a letter before them. */
export const composingMarks: readonly number[] = [0x0653, 0x0654, 0x0655];

/**
 * Ranges of starters that NFC never changes or merges with a neighbour before them: ASCII, Latin-1, Latin
 * Extended-A/B, IPA, spacing modifiers, Arabic (less its marks, which `arabicMarkClasses` covers), Arabic Supplement,
 * Arabic Extended-A letters, General Punctuation (less U+2000/U+2001, which have singleton decompositions),
 * super/subscripts, currency, number forms, arrows and mathematical operators, shapes and dingbats, Arabic
 * presentation forms, half/full-width forms. Anything else goes through full NFC.
 */
export const nfcSafeRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x02ff],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0x2002, 0x206f],
  [0x2070, 0x20cf],
  [0x2100, 0x2125], // letterlike symbols, less the singletons U+2126, U+212A, U+212B
  [0x2127, 0x2129],
  [0x212c, 0x22ff],
  [0x2400, 0x27ff],
  [0x3000, 0x3029], // CJK punctuation, less its tone marks U+302A..U+302F
  [0x3030, 0x303f],
  [0x3400, 0x4dbf], // CJK ideographs
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3], // Hangul syllables (a following jamo is not safe, so it is composed in full NFC)
  [0xe000, 0xf8ff], // private use
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0xff00, 0xffef],
  [0xfff0, 0xfffd],
];

/** ASCII 0-9, U+0660-U+0669 ARABIC-INDIC and U+06F0-U+06F9 EXTENDED ARABIC-INDIC digits. */
export function isDigit(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9);
}
