import type { LineModel } from './model.js';

/**
 * What any Arabic news text tells about its lines, set by hand: the starting point the trainer learns from
 * (test/train/train-lines.mjs), so that a layout missing from the labelled data still gets the obvious right.
 * Each weight states one convention of the press:
 *  - a line that is only a date is a date line; a label `كتب:`/`بقلم` opens a byline; a person's name stands
 *    alone in a byline or a sign-off, or beside a city or an agency (`جدة - فلان`); an outlet's name (`صحيفة …`, `… نت`, Latin) is a site line;
 *  - chrome phrases, contact details (e-mail, phone, handle), bracketed agency credits and `*` desk lines are
 *    chrome and trailers; a related-links heading ends the article;
 *  - prose (long, many function words, closed by a stop, opening with a conjunction) is body;
 *  - a photo caption over the body (a name with its office, `… خلال تفقده …`) is chrome, not a headline;
 *  - a headline is 3-25 words, unpunctuated (or closed by one stop), shares words with the lead, stands apart
 *    above it, and does not run on into a line opening with و/ف; a kicker
 *    is a short line right above a headline, a deck a headline-shaped line right below one;
 *  - head lines come before the first prose, tail lines after the last;
 *  - a line many files of the folder repeat is the site's template (its name, its chrome, its trailer), never
 *    an article's headline or text.
 */
export const linePrior: LineModel = {
  emission: {
    date: { 'date:line': 4, 'date:has': 1, 'fn:high': -2, 'wc:31-60': -3, 'wc:61+': -4 },
    site: { 'site:folder': 5, 'repeat:folder&top': 2, outlet: 3, 'site:known': 1.5, 'latin:most': 1, 'wc:1': 0.5, 'wc:2': 0.5, 'date:line': -3, 'fn:high': -2, 'end:stop': -2 },
    'h-byline': { 'byline:shape': 3, 'first:byline-label': 4, 'name:shape': 1.5, 'place:known': 0.5, 'date:line': -3, 'fn:high': -2, 'end:stop': -2 },
    signoff: { 'first:byline-label': 2, 'name:shape': 1.5, 'end-pos:0': 1, 'fn:high': -2, 'end:stop': -2 },
    'h-chrome': { 'repeat:folder&top': 2, 'chrome:lexicon': 4, url: 2, 'date:line': -2, 'caption:shape': 2.5 },
    'b-chrome': { 'chrome:lexicon': 4, 'cutoff:lexicon': 1 },
    't-chrome': { 'repeat:folder&bottom': 3, 'chrome:lexicon': 4, 'cutoff:lexicon': 4, url: 2, 'after-prose': 1.5 },
    trailer: { email: 3, phone: 3, handle: 2, bracketed: 2, starred: 2, url: 1, 'cutoff:lexicon': 2, 'after-prose': 1.5 },
    paragraph: { 'repeat:folder': -4, 'next:conjoined&glued': 1, 'fn:high': 2, 'fn:mid': 1, 'wc:61+': 3, 'wc:31-60': 2, 'wc:21-30': 1, 'end:stop': 1, 'first:conjoined': 1, 'first:opener': 1, 'chrome:lexicon': -2, 'date:line': -2 },
    title: {
      'repeat:folder': -5, headlike: 1.5, 'headlike&overlap': 2, 'headlike&blank-after': 1, 'headlike&pos:0': 1, 'overlap:high': 1, 'before-prose': 1,
      'end:stop': -2, 'fn:high': -1, 'date:line': -3, 'chrome:lexicon': -3, 'first:byline-label': -3,
      'caption:shape': -2.5, 'byline:shape': -3, 'stopped-headlike': 3, 'next:conjoined&glued': -2, 'next:continues': -2, 'first:preposition': -1,
    },
    kicker: { 'repeat:folder': -2, 'short&next-headlike': 2, 'wc:1': 0.5, 'wc:2': 0.5, 'wc:3': 0.5, 'wc:4-5': 0.5, 'date:line': -3, 'end:stop': -2 },
    subtitle: { 'repeat:folder': -3, 'headlike&prev-headlike': 1.5, 'date:line': -3, 'first:byline-label': -3 },
    heading: { 'repeat:folder': -3, 'prev:prose': 1, 'next:prose': 1, 'end:none': 0.5, 'end:stop': -2 },
  },
  // (what a folder repeats never shows in the labelled files one at a time: these stay as set here)
  transition: {},
  start: {},
  end: {},
};
