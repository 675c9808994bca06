import { leadingChromeRe, leadingShareRe } from '../layouts/chrome.js';
import { drop, type Unit, type Work } from '../work.js';
import { leadingChrome } from '../boilerplate/inline.js';
import { foldKey } from '../fold.js';
import { isRegexSpace } from '../split-spaces.js';

/** First words of the chrome that may open a paragraph (the expressions only run when one is there). */
const openers = new Set(['http', 'https', 'شارك', 'مشاركه', ...leadingChrome.map((p) => foldKey(p).split(' ')[0]!)]);

/** `key.split(/[\s:]/u, 1)[0]`: the key up to its first space or colon, found without an expression. */
export function firstKeyWord(key: string): string {
  let end = 0;
  while (end < key.length && !isRegexSpace(key.charCodeAt(end)) && key.charCodeAt(end) !== 0x3a) end++;
  return end === key.length ? key : key.slice(0, end);
}

/**
 * Web chrome glued to the start of the first paragraph (a bare link, a share bar of social networks): cut, repeatedly, into the audit.
 */
export function cutLeadingChrome(u: Unit, work: Work, broad = false): Unit {
  const first = firstKeyWord(foldKey(u.text.slice(0, 24)));
  if (!openers.has(first)) return u;
  // chrome words that prose may also open with (`إعلان`, `الرئيسية`) only count after other chrome (`broad`)
  const re = broad ? leadingChromeRe : leadingShareRe;
  let text = u.text;
  for (let m = re.exec(text); m && m[0].length > 0 && m[0].length < text.length; m = re.exec(text)) {
    drop(work, u.line, m[0], 'boilerplate', 'boilerplate/page-chrome');
    text = text.slice(m[0].length);
  }
  return text === u.text ? u : { line: u.line, text };
}
