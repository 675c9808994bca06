/**
 * The spelling folds of written Arabic, once for every stage: which letters, digits and punctuation marks are other
 * spellings of which. The normaliser's ops (normalize/ops.ts) are built from these lists, and matching keys fold with
 * the same table, so "the same word" means one thing everywhere.
 */

export const ALEF = 0x0627; // ARABIC LETTER ALEF
export const YEH = 0x064a; // ARABIC LETTER YEH
export const HEH = 0x0647; // ARABIC LETTER HEH
export const WAW = 0x0648; // ARABIC LETTER WAW
export const KAF = 0x0643; // ARABIC LETTER KAF
export const FARSI_YEH = 0x06cc; // ARABIC LETTER FARSI YEH

/** Alef with madda, hamza above, hamza below, wasla, wavy hamza above, wavy hamza below: each folds to a bare alef. */
export const alefForms: readonly number[] = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673];

/** ALEF MAKSURA, written for a final yeh (and the reverse) across the Arab world. */
export const ALEF_MAKSURA = 0x0649;

/** TEH MARBUTA, often written as a heh at the end of a word. */
export const TEH_MARBUTA = 0x0629;

/** Hamza on a seat -> the bare seat: WAW WITH HAMZA ABOVE -> WAW, YEH WITH HAMZA ABOVE -> YEH. */
export const hamzaSeats: ReadonlyArray<readonly [number, number]> = [
  [0x0624, WAW],
  [0x0626, YEH],
];

/** Letters of the Persian and Urdu alphabets that Arabic text borrows for its own: KEHEH -> KAF, HEH GOAL -> HEH, AE -> HEH. */
export const farsiLetters: ReadonlyArray<readonly [number, number]> = [
  [0x06a9, KAF],
  [0x06c1, HEH],
  [0x06d5, HEH],
];

/** U+0660 ARABIC-INDIC DIGIT ZERO and U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO: each block runs 0..9 from there. */
export const ARABIC_INDIC_ZERO = 0x0660;
export const PERSIAN_ZERO = 0x06f0;

/** ARABIC COMMA, SEMICOLON, QUESTION MARK, PERCENT SIGN and FULL STOP (Urdu) -> their ASCII forms. */
export const arabicPunctuation: ReadonlyArray<readonly [number, string]> = [
  [0x060c, ','],
  [0x061b, ';'],
  [0x061f, '?'],
  [0x066a, '%'],
  [0x06d4, '.'],
];

/** Curly, low, angle quotes and primes -> the ASCII quote of the same weight. */
export const quoteFolds: ReadonlyArray<readonly [number, string]> = [
  [0x201c, '"'], // LEFT DOUBLE QUOTATION MARK
  [0x201d, '"'], // RIGHT DOUBLE QUOTATION MARK
  [0x201e, '"'], // DOUBLE LOW-9 QUOTATION MARK
  [0x00ab, '"'], // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x00bb, '"'], // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x2033, '"'], // DOUBLE PRIME
  [0x2018, "'"], // LEFT SINGLE QUOTATION MARK
  [0x2019, "'"], // RIGHT SINGLE QUOTATION MARK
  [0x201a, "'"], // SINGLE LOW-9 QUOTATION MARK
  [0x2039, "'"], // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  [0x203a, "'"], // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  [0x2032, "'"], // PRIME
];

/**
 * The letter folds for matching (a key that is the same under every normalisation profile): alef forms -> alef,
 * alef maksura and Farsi yeh -> yeh, teh marbuta -> heh, and the borrowed Persian letters.
 */
export const letterFolds: ReadonlyMap<number, number> = new Map<number, number>([
  ...alefForms.map((c): [number, number] => [c, ALEF]),
  [ALEF_MAKSURA, YEH],
  [FARSI_YEH, YEH],
  [TEH_MARBUTA, HEH],
  ...farsiLetters,
]);
