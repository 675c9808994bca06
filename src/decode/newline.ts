import type { Newline } from '../core/types.js';

/** The newline style of a text: one of LF, CRLF, CR, 'mixed' when more than one occurs, 'none' for one line. */
export function detectNewline(text: string): Newline {
  // most files have no CR: then indexOf (native) answers
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 0x0a) lf++;
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}
