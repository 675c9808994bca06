import { leadingChromeRe, leadingShareRe } from '../layouts/chrome.js';
import { drop, type Unit, type Work } from '../model.js';

/**
 * Web chrome glued to the start of the first paragraph (a bare link, a share bar of social networks): cut, repeatedly, into the audit.
 */
export function cutLeadingChrome(u: Unit, work: Work, broad = false): Unit {
  // chrome words that prose may also open with (`إعلان`, `الرئيسية`) only count after other chrome (`broad`)
  const re = broad ? leadingChromeRe : leadingShareRe;
  let text = u.text;
  for (let m = re.exec(text); m && m[0].length > 0 && m[0].length < text.length; m = re.exec(text)) {
    drop(work, u.line, m[0], 'boilerplate', 'boilerplate/page-chrome');
    text = text.slice(m[0].length);
  }
  return text === u.text ? u : { line: u.line, text };
}
