/**
 * A short text that takes every path of the engine (plain and replaced letters, elongation, spaces, line ends,
 * marks, tatweel, digits and separators, Latin case, quotes, presentation forms, emoji, invalid bytes, and
 * characters that need full NFC). Running a new table over it once, before the real input, gives V8 feedback for
 * every branch, so the optimised inner loop is not thrown away each time the input reaches a new one.
 */
const text = [
  'Hello World: 123, "quoted" (text)  and\tTAB\r\n',
  'مدرسة المعلّمين الأولى في إِسطنبول، مكتبةٌ كبيرة؟ نعم؛ إلى آخره.\n\n\n\n',
  'جمــــيل جدااااا ههههه ـ \u0640\u0640 كتب\u064E\u064F\u0650\u0651\u0652 \u0651\u064E\n',
  '١٢٣٫٤٥ ۱۲۳ 1٬000 ٪ \u201Cقال\u201D \u00ABنص\u00BB \u2018x\u2019 \u2026 \u2014 \u00A0\u2003\u202F \n',
  'ﻻ ﷲ ﻟﻠﻪ \uFE8D\uFEDF \u06CC\u06A9 \u0649 \u0629 \u0623\u0625\u0622\u0671 \u0624\u0626 \u200B\u200C\u200D\u200F\u061C\u00AD x\u0000\u007F\n',
  'ا\u0653 ي\u0654 e\u0301 A\u030A \u1100\u1161 😀 \uD55C \u00E9\u00C9 \u0130 ',
].join('');

/** The sample as UTF-8 bytes, with an invalid byte and a truncated sequence at its end. */
export const warmUpBytes: Uint8Array = Buffer.concat([Buffer.from(text.repeat(8), 'utf8'), Buffer.from([0xff, 0x41, 0xd8, 0x0a, 0xe2, 0x80])]);
