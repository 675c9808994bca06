import { leadingChromeRe, leadingShareRe } from '../layouts/chrome.js';
import { drop, type Unit, type Work } from '../work.js';
import { leadingChrome } from '../boilerplate/inline.js';
import { foldKey } from '../fold.js';
import { isRegexSpace } from '../split-spaces.js';

/** First words of the chrome that may open a paragraph (the expressions only run when one is there). */
const openers = new Set(['http', 'https', 'شارك', 'مشاركه', ...leadingChrome.map((p) => foldKey(p).split(' ')[0]!)]);

/**
 * For each Arabic letter HAMZA..YEH, 1 when its fold (alef forms, teh marbuta and alef maksura folded) opens one of
 * the openers. A paragraph opening with an Arabic letter opens its key with that letter's fold, so a paragraph
 * opening with any other letter (most do) opens with no chrome, and is not folded to find out.
 */
const ARABIC_FIRST = 0x0621; // ARABIC LETTER HAMZA
const ARABIC_LAST = 0x064a; // ARABIC LETTER YEH
const openerInitials = new Set([...openers].map((w) => w.charCodeAt(0)));
const mayOpenChrome = Uint8Array.from({ length: ARABIC_LAST - ARABIC_FIRST + 1 }, (_, k) => (openerInitials.has(foldKey(String.fromCharCode(ARABIC_FIRST + k)).charCodeAt(0)) ? 1 : 0));

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
  const c0 = u.text.charCodeAt(0);
  if (c0 >= ARABIC_FIRST && c0 <= ARABIC_LAST && mayOpenChrome[c0 - ARABIC_FIRST] === 0) return u;
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
