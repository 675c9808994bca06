// Tests of a line's first or last character (`^[^\p{L}\p{N}]` on its first word, `[\p{L}\p{N}]` on its last
// character) asked several times a line, for the line and for its neighbours. Each answer depends on one code
// unit only, so it is worked out once per code unit by the expression itself and then read from a table.

/**
 * `re.test` of the one-unit text of code unit c, worked out once per unit (c is no surrogate: half of a character is
 * no text of its own).
 */
export function byUnit(re: RegExp): (c: number) => boolean {
  // 0: not asked yet; 1: yes; 2: no
  const memo = new Uint8Array(0x10000);
  return (c: number): boolean => {
    let v = memo[c]!;
    if (v === 0) memo[c] = v = re.test(String.fromCharCode(c)) ? 1 : 2;
    return v === 1;
  };
}

/**
 * `re.test(s)` for an expression whose answer on a text depends only on the text's first code point (an anchored
 * one-character class, or any expression asked only about one-character texts). A text that opens with a surrogate
 * (half of a character) or is empty is asked directly.
 */
export function byFirstUnit(re: RegExp): (s: string) => boolean {
  const unit = byUnit(re);
  return (s: string): boolean => {
    if (s === '') return re.test(s);
    const c = s.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) return re.test(s);
    return unit(c);
  };
}
