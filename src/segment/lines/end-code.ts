// The marks that end a sentence, by code unit: the one list of them the line shapes and features, the collapsed
// pages' cuts and the tail's fragment read. A line's last character (`LineInfo.end`: one code unit, or '' for a line
// with none) is asked about as its code: compared with a literal as a string, an Arabic character read from a line is
// a string of its own, not the literal, and the engine compares the two unit by unit; its code is compared at once.

/** The code of a line's last character (`end`), or NaN for none (''): NaN equals no code. */
export const endCode = (end: string): number => end.charCodeAt(0);

/** A stop or an ellipsis. */
export const isStopCode = (c: number): boolean => c === 0x2e || c === 0x2026; // FULL STOP, HORIZONTAL ELLIPSIS

/** An exclamation or a question mark. */
export const isAskCode = (c: number): boolean => c === 0x21 || c === 0x3f || c === 0x061f; // !, ?, ARABIC QUESTION MARK

/** A mark that ends a sentence (`[.!?؟…]`): a stop, an ellipsis, an exclamation or a question mark. */
export const isSentenceStop = (c: number): boolean => isStopCode(c) || isAskCode(c);

export const FULL_STOP = 0x2e;
export const COLON = 0x3a;
export const COMMA = 0x2c;
export const ARABIC_COMMA = 0x060c;
