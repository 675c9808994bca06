import { foldKey } from '../fold.js';
import { contentWordsOf, countShared, wordCount, type KeyWords } from './content-words.js';
import type { SequenceContext } from './features.js';
import { isProse } from './shapes.js';

// How many of a head line's words its lead repeats (a news lead restates its headline at once): the share of the
// line's content words found among those of the next two prose lines.

/** The fields of a line's key its content words are taken from: a lead restates its headline in its first sentence. */
const CONTENT_FIELDS = 25;

/**
 * The content words of line k, read once per line (a lead is asked about by every head line above it): of its key,
 * or of the key of its first 200 characters (a paragraph has no key).
 */
function wordsOf(ctx: SequenceContext, k: number): KeyWords {
  let words = ctx.words[k];
  if (words === undefined) {
    const text = ctx.texts[k]!;
    words = contentWordsOf(ctx.infos[k]!.key || foldKey(text.length > 200 ? text.slice(0, 200) : text), CONTENT_FIELDS);
    ctx.words[k] = words;
  }
  return words;
}

/** Share of line k's content words found in the next two prose lines (worked out once per line). */
export function overlap(ctx: SequenceContext, k: number): number {
  const cached = ctx.overlaps[k];
  if (cached !== undefined) return cached;
  const own = wordsOf(ctx, k);
  let share = 0;
  if (own.at.length > 0) {
    // the next two prose lines: the lead stands within a few lines (a bounded look keeps a text of many short lines linear)
    let first = -1;
    let second = -1;
    for (let j = k + 1; j < Math.min(ctx.infos.length, k + 8) && second < 0; j++) {
      if (!isProse(ctx.infos[j])) continue;
      if (first < 0) first = j;
      else second = j;
    }
    share = countShared(own, first >= 0 ? wordsOf(ctx, first) : undefined, second >= 0 ? wordsOf(ctx, second) : undefined) / wordCount(own);
  }
  ctx.overlaps[k] = share;
  return share;
}
