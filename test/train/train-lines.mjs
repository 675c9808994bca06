#!/usr/bin/env node
// Learns the line model (src/segment/lines/weights.ts) with an averaged structured perceptron: for every labelled
// text, the decoder's best sequence is compared with the best sequence its labels allow, and the weights move
// toward the labelled one. Deterministic: fixed seed, fixed order, no clock.
//
//   npm run build && node test/train/train-lines.mjs [--out src/segment/lines/weights.ts] [--exclude SRC,SRC]
//        [--exclude-family F,F] [--per-family N] [--epochs E] [--quiet]
//
// Data: the labelled files of ../shared/corpus/dev and train (partial line labels derived from each file's label),
// and SaudiNewsNet records rendered into the layout families of test/synth (exact line labels). --exclude leaves
// out the files of those sources (file-name prefix before _NNN; SNN-<paper> also leaves out that paper's
// records), --exclude-family leaves out synthetic families: what leave-one-out evaluation needs.
import { writeFileSync } from 'node:fs';
import { decodeStates, emissionScores } from '../../dist/segment/lines/decode.js';
import { labelOfState, labels } from '../../dist/segment/lines/labels.js';
import { compileModel, featureCount, labelCount, toModel } from '../../dist/segment/lines/model.js';
import { linePrior } from '../../dist/segment/lines/prior.js';
import { lineSequence } from '../../dist/segment/lines/sequence.js';
import { rng } from '../synth/rng.mjs';
import { realSequences, synthSequences } from './sequences.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const list = (n) => (opt(n, '') || '').split(',').filter(Boolean);

/** Trains on sequences ({feats, mask}) and returns the averaged model as named data. */
export function train(seqs, { epochs = 30, seed = 7, prior = linePrior, rate = Number(process.env.TANQIH_TRAIN_RATE ?? 0.25) } = {}) {
  // start from the hand-set prior: what the data does not contradict stays as the prior says
  const init = compileModel(prior);
  const W = { emission: Float64Array.from(init.emission), transition: Float64Array.from(init.transition), start: Float64Array.from(init.start), end: Float64Array.from(init.end) };
  const U = { emission: new Float64Array(W.emission.length), transition: new Float64Array(W.transition.length), start: new Float64Array(labelCount), end: new Float64Array(labelCount) };
  let c = 1;
  // a small step keeps what the data teaches on the scale of the prior, so the prior still speaks for what the
  // labelled data does not show
  const bump = (key, i, d) => {
    W[key][i] += rate * d;
    U[key][i] += c * rate * d;
  };
  const r = rng(seed);
  const order = seqs.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r.next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    for (const i of order) {
      const { feats, mask } = seqs[i];
      const scores = emissionScores(W, feats);
      const pred = Array.from(decodeStates(W, scores, feats.length, seqs[i].allowed), labelOfState);
      const gold = Array.from(decodeStates(W, scores, feats.length, mask), labelOfState);
      if (pred.some((p, k) => p !== gold[k])) {
        wrong++;
        update(bump, feats, gold, +1);
        update(bump, feats, pred, -1);
      }
      c++;
    }
    if (main && !args.includes('--quiet')) console.error(`epoch ${e + 1}: ${wrong}/${seqs.length} sequences wrong`);
  }
  const avg = (key) => W[key].map((w, i) => w - U[key][i] / c);
  return toModel({ emission: avg('emission'), transition: avg('transition'), start: avg('start'), end: avg('end') });
}

function update(bump, feats, path, d) {
  path.forEach((l, k) => {
    for (const f of feats[k]) bump('emission', l * featureCount + f, d);
    if (k > 0) bump('transition', path[k - 1] * labelCount + l, d);
  });
  bump('start', path[0], d);
  bump('end', path[path.length - 1], d);
}

/** Training sequences of the real corpora and the synthetic families, minus what is excluded. */
export async function trainingSet({ exclude = [], excludeFamilies = [], perFamily = 150, kind = 'plain' } = {}) {
  // a labelled real file counts as many times as TANQIH_TRAIN_REAL says (real layouts are what the model is for)
  const copies = Number(process.env.TANQIH_TRAIN_REAL ?? 3);
  const real = realSequences(exclude, kind).flatMap((s) => Array.from({ length: copies }, () => s));
  const synth = await synthSequences({ exclude, excludeFamilies, perFamily, kind });
  return [...real, ...synth].map((s) => {
    const seq = lineSequence(s.units, s.work, kind !== 'one-line');
    // the hard rules bound both the prediction and the labelled sequence (unless a label says otherwise)
    const mask = s.mask.map((m, k) => (m & seq.allowed[k] ? m & seq.allowed[k] : m));
    return { ...s, mask, allowed: seq.allowed, feats: seq.feats };
  });
}

/** Whether a sequence may train a model that will be scored on `source` (a corpus prefix or `synth:<family>`). */
export function outside(seq, source) {
  if (seq.source === source) return false;
  return !(source.startsWith('SNN-') && seq.paper === source.slice(4));
}

const main = import.meta.url === `file://${process.argv[1]}`;
if (main) {
  const kind = opt('--kind', 'plain');
  const seqs = await trainingSet({ exclude: list('--exclude'), excludeFamilies: list('--exclude-family'), perFamily: Number(opt('--per-family', '150')), kind });
  if (seqs.length === 0) {
    console.log('train-lines: skipped — ../shared is not beside this clone.');
    process.exit(0);
  }
  const model = train(seqs, { epochs: Number(opt('--epochs', '30')) });
  const out = opt('--out', kind === 'one-line' ? 'src/segment/lines/piece-weights.ts' : 'src/segment/lines/weights.ts');
  const name = kind === 'one-line' ? 'pieceWeights' : 'lineWeights';
  if (out.endsWith('.json')) writeFileSync(out, JSON.stringify(model));
  else {
    const body = JSON.stringify(model, null, 1).replace(/"([A-Za-z_$][\w$]*)":/gu, '$1:').replace(/"/gu, "'");
    writeFileSync(out, `import type { LineModel } from './model.js';\n\n/** The line model learned by test/train/train-lines.mjs (${seqs.length} labelled texts; do not edit by hand). */\nexport const ${name}: LineModel = ${body};\n`);
  }
  console.error(`train-lines: ${seqs.length} sequences, ${labels.length} labels, ${featureCount} features -> ${out}`);
}
