/** Persian and Urdu letters Arabic text rarely uses: peh, tcheh, jeh, gaf, tteh, ddal, rreh, noon ghunna, yeh barree, heh doachashmee. */
const persianLetters: readonly number[] = [0x067e, 0x0686, 0x0698, 0x06af, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be];

/**
 * Is this Persian or Urdu text (so `farsi-letters` must leave it alone)? Yes when it holds at least two different
 * letters Arabic does not use (peh, tcheh, jeh, gaf, ...) and also Farsi yeh or keheh, which every Persian text
 * has. Both facts survive every op (no op adds or removes a kind of letter; presentation forms count as their
 * letters, and letters with hamza as their base letter), so the answer for a text and for its normalised form is the same, which keeps normalising idempotent.
 */
export function looksPersian(bytes: Uint8Array): boolean {
  // Farsi yeh and keheh (and their presentation forms) have UTF-8 lead bytes 0xDA, 0xDB or 0xEF: without any of them
  // the answer is no, found by three memchr-speed scans instead of a loop over every Arabic letter (most Arabic text).
  if (bytes.indexOf(0xda) < 0 && bytes.indexOf(0xdb) < 0 && bytes.indexOf(0xef) < 0) return false;
  let seen = 0;
  let farsi = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0xd9 || (b > 0xdb && b !== 0xef)) continue;
    let cp: number;
    if (b === 0xef) {
      if (i + 2 >= bytes.length) break;
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    } else {
      if (i + 1 >= bytes.length) break;
      cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
    }
    const f = features[cp]!;
    if (f === 0) continue;
    if (f === farsiFlag) farsi = true;
    else seen |= 1 << f;
    if (farsi && (seen & (seen - 1)) !== 0) return true;
  }
  return false;
}

/** The blocks whose letters `looksPersian` knows: Arabic, and Arabic Presentation Forms-A and -B. */
export const arabicBlocks: readonly (readonly [number, number])[] = [
  [0x0600, 0x06ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

const farsiFlag = 31;
const features = new Uint8Array(0x10000);
for (const [from, to] of arabicBlocks) {
  for (let cp = from; cp <= to; cp++) {
    const k = String.fromCharCode(cp).normalize('NFKD');
    for (const ch of k) {
      const c = ch.codePointAt(0)!;
      const idx = persianLetters.indexOf(c);
      if (idx >= 0) features[cp] = idx + 1;
      else if (c === 0x06cc || c === 0x06a9) features[cp] = farsiFlag; // FARSI YEH, KEHEH
    }
  }
}
