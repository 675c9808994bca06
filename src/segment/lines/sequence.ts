import type { Unit, Work } from '../model.js';
import { decodeStates, emissionScores } from './decode.js';
import { isProse, lineFeatures, type SequenceContext } from './features.js';
import { lineInfo, type LineInfo } from './info.js';
import { labelOfState, labels, type Label } from './labels.js';
import { compileModel, type LineModel } from './model.js';

/** The lines of a plain text as the line model sees them: each line's measures, context and features. */
export interface LineSequence {
  units: readonly Unit[];
  infos: readonly LineInfo[];
  ctx: SequenceContext;
  feats: number[][];
}

const none: ReadonlySet<number> = new Set();

/** Measures every line and its neighbourhood. `repeated` marks lines a folder template says recur. */
export function lineSequence(units: readonly Unit[], work: Work, repeated: ReadonlySet<number> = none): LineSequence {
  const infos = units.map((u) => lineInfo(u, work));
  const blankBefore = units.map((u, k) => k > 0 && u.line > units[k - 1]!.line + 1);
  let firstProse = infos.findIndex(isProse);
  if (firstProse < 0) firstProse = units.length;
  let lastProse = -1;
  for (let k = infos.length - 1; k >= 0; k--) {
    if (isProse(infos[k])) {
      lastProse = k;
      break;
    }
  }
  const ctx: SequenceContext = { infos, texts: units.map((u) => u.text), blankBefore, firstProse, lastProse, repeated, duplicates: duplicatesOf(infos) };
  const feats = units.map((_, k) => lineFeatures(ctx, k));
  return { units, infos, ctx, feats };
}

/** Short lines (keyed) that stand more than once in the text: the first copy and the later ones. */
function duplicatesOf(infos: readonly LineInfo[]): Map<number, 'first' | 'later'> {
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

/** The label of every line under `model`, and the decoder's scores (for `inspect`'s reasons). */
export function labelLines(seq: LineSequence, model: LineModel): { labels: Label[]; scores: Float64Array } {
  const compiled = compileModel(model);
  const scores = emissionScores(compiled, seq.feats);
  const path = decodeStates(compiled, scores, seq.units.length);
  return { labels: Array.from(path, (s) => labels[labelOfState(s)]!), scores };
}
