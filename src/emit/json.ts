import type { Article } from '../core/types.js';

/** One record, pretty-printed, for a `.json` file. */
export function toJson(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n';
}

/** Several records as a pretty-printed JSON array, written piece by piece: the opening, each item, the close. */
export const jsonArray = {
  open: '[\n',
  item: (article: Article, index: number): string =>
    (index > 0 ? ',\n' : '') + JSON.stringify(article, null, 2).replace(/^/gm, '  '),
  close: (count: number): string => (count > 0 ? '\n]\n' : ']\n'),
};
