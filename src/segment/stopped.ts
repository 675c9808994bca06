import { foldKey } from './fold.js';
import { hasWords, wordCount } from './model.js';

// A headline printed with a full stop looks like a short first sentence. What tells them apart: the headline is
// set apart and short, opens with a noun, and the lead below it tells the same story (it shares a content word),
// while a body-only file's opening sentence runs on into the next paragraph (`وقال …`, `ف…`) or opens with a
// particle (`لو …`, `لا تزال …`).

/** Particles and auxiliaries that open a sentence, never a headline. */
const openers = new Set(['لو', 'لا', 'لم', 'لن', 'إن', 'إذا', 'كان', 'كانت', 'ليس', 'ليست', 'هل', 'ما', 'قد', 'لقد', 'ربما', 'عندما', 'حين', 'إذ', 'ثم', 'أما', 'كما', 'هذا', 'هذه'].map(foldKey));

/** The content words of a text: folded, without a leading article or conjunction and common suffixes, 3+ letters. */
function contentWords(s: string, limit: number): string[] {
  return foldKey(s)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u, limit)
    .map((w) => w.replace(/^(?:وال|بال|فال|كال|لل|ال|و|ب|ل)/u, '').replace(/(?:ات|ين|ون|ه|ها)$/u, ''))
    .filter((w) => w.length >= 3);
}

/** Whether the headline and the lead share a content word (the lead's first 60 words). */
function sharesWord(headline: string, lead: string): boolean {
  const inLead = new Set(contentWords(lead, 60));
  return contentWords(headline, 20).some((w) => inLead.has(w));
}

/**
 * The text of a headline closed by one full stop, without the stop, when its shape allows it: 3–10 words, no
 * other stop, comma or question, no particle first, and a long lead below that does not open with و/ف and
 * shares a content word with it. Null otherwise; the caller still checks that the text reads as a headline.
 */
export function stoppedHeadline(text: string, lead: string | undefined): string | null {
  if (lead === undefined || !/[^.\s]\.$/u.test(text) || !hasWords(lead, 15) || /^[وف]\S/u.test(lead)) return null;
  const inner = text.slice(0, -1).trim();
  const wc = wordCount(inner);
  if (wc < 3 || wc > 10 || /[.!?؟…،,;؛]/u.test(inner) || openers.has(foldKey(inner.split(' ', 1)[0] ?? ''))) return null;
  return sharesWord(inner, lead) ? inner : null;
}
