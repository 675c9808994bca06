import { leadingChrome } from '../boilerplate/inline.js';
import { fuzzyRe, phrasesSource } from '../fuzzy-phrases.js';

/** A share bar: "شارك عبر واتساب فيسبوك البريد طباعة", "مشاركة على تويتر". */
const shareBar = `(?:شارك|مشاركة)(?:\\s+(?:من\\s+خلال|عبر|على))?(?:\\s+(?:تويتر|فيسبوك|فيس\\s+بوك|جوجل\\s+بلس|جوجل|واتساب|واتس\\s+اب|تيليجرام|تلغرام|لينكد\\s*ان|البريد|طباعة|اكتب\\s+رأيك|اكتب\\s+رايك))+`;

/** Chrome at the very start of a text (a bare link, print/share bars, "Next Previous"), cut repeatedly. */
export const leadingChromeRe = fuzzyRe(new RegExp(`^(?:https?://\\S+|${shareBar}|(?:${phrasesSource(leadingChrome, false)})(?=\\s|$))\\s*`, 'u'));

/** A bare link or a share bar at the start of a paragraph: chrome whatever the layout (no word of prose looks like it). */
export const leadingShareRe = fuzzyRe(new RegExp(`^(?:https?://\\S+|${shareBar})\\s*`, 'u'));
