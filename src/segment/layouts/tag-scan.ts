import { isRegexSpace } from '../split-spaces.js';

// The tags of a tagged export's line, found by reading its units: `<NAME>`, `</NAME>`, `<NAME attributes>`. The same
// tags the expression /<(\/?)([A-Za-z][A-Za-z_]*)((?:\s+[^<>]*)?)>/g finds, without the match array that each
// `exec` builds (a tagged file of fifteen lines asked it some twenty-five times).

/** A tag: where it stands in the line, whether it closes, its name as written, and what follows the name. */
export interface TagMatch {
  index: number;
  /** Just past its `>`. */
  end: number;
  closing: boolean;
  name: string;
  /** The spaces and attributes after the name (`' id="x"'`), or ''. */
  attrs: string;
}

/** An ASCII letter: what a tag's name opens with. */
const nameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** An ASCII letter or LOW LINE: what a tag's name holds. */
const nameUnit = (c: number): boolean => nameStart(c) || c === 0x5f;

/** The first tag in `s` at or after `from`, or null. */
export function nextTag(s: string, from: number): TagMatch | null {
  for (let lt = s.indexOf('<', from); lt >= 0; lt = s.indexOf('<', lt + 1)) {
    let i = lt + 1;
    const closing = s.charCodeAt(i) === 0x2f; // SOLIDUS
    if (closing) i++;
    if (!nameStart(s.charCodeAt(i))) continue;
    const at = i;
    while (nameUnit(s.charCodeAt(i))) i++;
    const c = s.charCodeAt(i);
    if (c === 0x3e) return { index: lt, end: i + 1, closing, name: s.slice(at, i), attrs: '' };
    // attributes: a space after the name, then anything but `<` up to the `>` that closes the tag
    if (!isRegexSpace(c)) continue;
    let j = i + 1;
    while (j < s.length && s.charCodeAt(j) !== 0x3c && s.charCodeAt(j) !== 0x3e) j++;
    if (s.charCodeAt(j) === 0x3e) return { index: lt, end: j + 1, closing, name: s.slice(at, i), attrs: s.slice(i, j) };
  }
  return null;
}
