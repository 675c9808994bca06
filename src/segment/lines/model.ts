import { featureNames } from './features.js';
import { labels, type Label } from './labels.js';

/**
 * A line model as plain data: a weight per (role, feature), per pair of successive roles, and for the first and
 * last role. `test/train/train-lines.mjs` learns it from labelled files; `weights.ts` holds the one shipped.
 */
export interface LineModel {
  emission: Readonly<Record<string, Readonly<Record<string, number>>>>;
  transition: Readonly<Record<string, Readonly<Record<string, number>>>>;
  start: Readonly<Record<string, number>>;
  end: Readonly<Record<string, number>>;
}

/** The model as flat arrays over today's feature and label numbers (names it does not know weigh 0). */
export interface CompiledModel {
  readonly emission: Float64Array;
  readonly transition: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
}

export const featureCount = featureNames.length;
export const labelCount = labels.length;
const labelIndex = new Map<string, number>(labels.map((l, i) => [l, i]));
const featureIndex = new Map<string, number>(featureNames.map((f, i) => [f, i]));

const compiled = new WeakMap<LineModel, CompiledModel>();

/** Flattens a model once (cached per model object). */
export function compileModel(model: LineModel): CompiledModel {
  const hit = compiled.get(model);
  if (hit) return hit;
  const out: CompiledModel = {
    emission: new Float64Array(labelCount * featureCount),
    transition: new Float64Array(labelCount * labelCount),
    start: new Float64Array(labelCount),
    end: new Float64Array(labelCount),
  };
  for (const [label, row] of Object.entries(model.emission)) {
    const l = labelIndex.get(label);
    if (l === undefined) continue;
    for (const [f, w] of Object.entries(row)) {
      const k = featureIndex.get(f);
      if (k !== undefined) out.emission[l * featureCount + k] = w;
    }
  }
  for (const [from, row] of Object.entries(model.transition)) {
    const a = labelIndex.get(from);
    for (const [to, w] of Object.entries(row)) {
      const b = labelIndex.get(to);
      if (a !== undefined && b !== undefined) out.transition[a * labelCount + b] = w;
    }
  }
  for (const [label, w] of Object.entries(model.start)) if (labelIndex.has(label)) out.start[labelIndex.get(label)!] = w;
  for (const [label, w] of Object.entries(model.end)) if (labelIndex.has(label)) out.end[labelIndex.get(label)!] = w;
  compiled.set(model, out);
  return out;
}

/** Turns flat arrays back into named data (what the trainer writes), leaving out zero weights. */
export function toModel(m: CompiledModel, digits = 3): LineModel {
  const round = (w: number): number => Number(w.toFixed(digits));
  const row = (values: (i: number) => number, names: readonly string[]): Record<string, number> => {
    const r: Record<string, number> = {};
    names.forEach((name, i) => {
      const w = round(values(i));
      if (w !== 0) r[name] = w;
    });
    return r;
  };
  const emission: Record<string, Record<string, number>> = {};
  const transition: Record<string, Record<string, number>> = {};
  labels.forEach((l: Label, a) => {
    emission[l] = row((k) => m.emission[a * featureCount + k]!, featureNames);
    transition[l] = row((b) => m.transition[a * labelCount + b]!, labels);
  });
  return { emission, transition, start: row((i) => m.start[i]!, labels), end: row((i) => m.end[i]!, labels) };
}
