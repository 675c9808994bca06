#!/usr/bin/env node
// Renders SaudiNewsNet records (../shared, read at run time, never copied into the project) into the layout
// families of layouts.mjs, with exact labels, as NAME.txt + NAME.label.json per family folder:
//
//   node test/synth/render.mjs [--out DIR] [--per-family N] [--seed S] [--families a,b] [--legacy P]
//
// --legacy P writes a share P of the files as windows-1256 with CRLF (web text in a legacy encoding).
// Prints the folder. Exits 0 with a message when ../shared is absent.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { families, vocabulary } from './layouts.mjs';
import { loadRecords } from './records.mjs';
import { hash, rng } from './rng.mjs';

export async function render({ out, perFamily = 60, seed = 1, only = null, legacy = 0, part = 'eval' }) {
  const vocab = vocabulary(part);
  const names = Object.keys(families).filter((f) => !only || only.includes(f));
  const records = await loadRecords({ limit: perFamily * names.length + 200, stride: 5, offset: seed % 5 });
  if (!records) return null;
  rmSync(out, { recursive: true, force: true });
  names.forEach((family, fi) => {
    const dir = path.join(out, family);
    mkdirSync(dir, { recursive: true });
    for (let k = 0; k < perFamily; k++) {
      const rec = records[(fi * perFamily + k) % records.length];
      const r = rng(hash(`${seed}:${family}:${rec.index}`));
      r.v = vocab;
      r.part = part;
      r.others = (n) => Array.from({ length: n }, () => r.pick(records)).filter((o) => o !== rec);
      const { lines, label } = families[family](rec, r);
      const file = `${family}_${String(k).padStart(3, '0')}_${rec.source}`;
      const asLegacy = r.chance(legacy);
      const text = lines.join(asLegacy ? '\r\n' : '\n') + (r.chance(0.5) ? (asLegacy ? '\r\n' : '\n') : '');
      writeFileSync(path.join(dir, `${file}.txt`), asLegacy ? iconv.encode(text, 'windows-1256') : text);
      writeFileSync(path.join(dir, `${file}.label.json`), JSON.stringify({ ...label, encoding: asLegacy ? 'windows-1256' : 'utf-8' }, null, 1));
    }
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
  const out = opt('--out', path.join(tmpdir(), 'tanqih-synth'));
  const done = await render({
    out,
    perFamily: Number(opt('--per-family', '60')),
    seed: Number(opt('--seed', '1')),
    only: opt('--families', null)?.split(','),
    legacy: Number(opt('--legacy', '0.15')),
  });
  console.log(done ?? 'render: skipped — ../shared/corpus/records is not beside this clone.');
}
