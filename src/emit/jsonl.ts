import type { Article } from '../core/types.js';

/** One record as one line of JSON Lines (with its newline). */
export function toJsonLine(article: Article): string {
  return JSON.stringify(article) + '\n';
}
