import type { LineInfo } from './info.js';

// Contact details on a line (a phone, an e-mail, a handle, SMS short codes): what the hard rules keep out of the text.

/** Runs of five or six digits: the SMS short codes and local numbers a call-in line lists. */
const shortCodes = /(?<![0-9])[0-9]{5,6}(?![0-9])/gu;

/** A phone number, an e-mail address or a handle on the line. */
export function hasContact(i: LineInfo): boolean {
  return i.phone || i.email || i.handle;
}

/** Contact details in at most 30 words: an e-mail, a phone, a handle, or two short codes. */
export function contactLine(i: LineInfo, text: string): boolean {
  return i.wc <= 30 && (hasContact(i) || (text.match(shortCodes)?.length ?? 0) >= 2);
}
