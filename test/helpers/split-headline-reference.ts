import { headlineLength } from '../../src/segment/layouts/headline-split.js';
import { countSpaceFields, fieldEnd } from '../../src/segment/split-spaces.js';
import type { Unit } from '../../src/segment/work.js';

/** splitHeadline as it was before it counted a long piece's words only when its loop went on past it (the reference). */
export function splitHeadlineReference(pieces: Unit[]): Unit[] {
  let words = 0;
  for (let k = 0; k < pieces.length && words < 150; k++) {
    const t = pieces[k]!.text;
    const n = countSpaceFields(t, Math.max(12, 150 - words));
    words += n;
    if (n < 12) continue;
    const prev = pieces[k - 1]?.text ?? '';
    const prevWords = countSpaceFields(prev, 26);
    if (k > 0 && prevWords >= 3 && prevWords <= 25 && !/[.،,:]$/u.test(prev) && !/[0-9]/u.test(prev)) return pieces;
    const p = headlineLength(t);
    if (p > 0) {
      const cut = fieldEnd(t, p);
      return [...pieces.slice(0, k), { line: pieces[k]!.line, text: t.slice(0, cut).trim() }, { line: pieces[k]!.line, text: t.slice(cut).trim() }, ...pieces.slice(k + 1)];
    }
    if (/[.!?؟…]["'”»)]*$/u.test(t)) return pieces;
  }
  return pieces;
}
