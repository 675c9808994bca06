import type { Segmented } from '../../src/core/types.js';

// "Nothing is lost silently": every word of the normalised input must stand in the record — in a field, a body
// block, the metadata or the boilerplate audit. A word is a run of letters, marks and digits; markup tags (`<TEXT>`)
// are structure, not words.

const markup = /<\/?[A-Za-z][\w:-]*[^<>]*>/gu;
/** (a tatweel standing alone is a dash, not a word) */
const word = /(?:(?!\u0640)[\p{L}\p{M}\p{N}])+/gu;

function count(into: Map<string, number>, text: string | null | undefined, sign: 1 | -1): void {
  if (!text) return;
  for (const m of text.replace(markup, ' ').matchAll(word)) into.set(m[0], (into.get(m[0]) ?? 0) + sign);
}

/** The words of `text` that the segmentation does not account for, with how many times each is missing. */
export function lostWords(text: string, seg: Segmented): Map<string, number> {
  const balance = new Map<string, number>();
  count(balance, text, 1);
  const kept = [
    seg.kicker, seg.title, seg.subtitle, seg.section, seg.sitename, seg.author, seg.dateRaw, seg.dateline?.raw, seg.dateline?.place, seg.url,
    ...Object.values(seg.meta), ...seg.blocks.map((b) => b.text), ...seg.boilerplate.map((b) => b.text),
  ];
  for (const k of kept) count(balance, k, -1);
  for (const [w, n] of balance) if (n <= 0) balance.delete(w);
  return balance;
}
