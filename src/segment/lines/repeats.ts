import type { Work } from '../work.js';
import type { LineInfo } from './info.js';

// Lines that stand more than once: in the folder (a template learned across its files) and in the text itself (a
// title printed twice, a caption under its photo and again below).

const none: ReadonlySet<number> = new Set();

/** Lines the folder's other files repeat (when a template was learned), by index. */
export function repeatedLines(infos: readonly LineInfo[], work: Work): ReadonlySet<number> {
  const template = work.template;
  if (!template) return none;
  const out = new Set<number>();
  for (let k = 0; k < infos.length; k++) if (infos[k]!.key !== '' && template.repeats(infos[k]!.key)) out.add(k);
  return out;
}

/** Texts of more lines than this find their repeated lines through a map (fewer: each line is compared with those above it). */
const FEW_LINES = 32;
const noDuplicates: ReadonlyMap<number, 'first' | 'later'> = new Map();

/** Short lines (keyed) that stand more than once in the text: the first copy and the later ones. */
export function duplicatesOf(infos: readonly LineInfo[]): ReadonlyMap<number, 'first' | 'later'> {
  if (infos.length > FEW_LINES) return duplicatesByMap(infos);
  // (most texts repeat no line: no map is made for them)
  let out: Map<number, 'first' | 'later'> | undefined;
  for (let k = 1; k < infos.length; k++) {
    const i = infos[k]!;
    if (i.key === '' || i.wc > 40) continue;
    // the first line above of the same key is the first copy
    for (let j = 0; j < k; j++) {
      if (infos[j]!.key !== i.key || infos[j]!.wc > 40) continue;
      out ??= new Map();
      out.set(j, 'first');
      out.set(k, 'later');
      break;
    }
  }
  return out ?? noDuplicates;
}

/** `duplicatesOf` through a map of the keys seen (one pass: for a text of many lines). */
export function duplicatesByMap(infos: readonly LineInfo[]): ReadonlyMap<number, 'first' | 'later'> {
  const seen = new Map<string, number>();
  const out = new Map<number, 'first' | 'later'>();
  infos.forEach((i, k) => {
    if (i.key === '' || i.wc > 40) return;
    const at = seen.get(i.key);
    if (at === undefined) seen.set(i.key, k);
    else {
      out.set(at, 'first');
      out.set(k, 'later');
    }
  });
  return out;
}
