import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { build, fixtureTexts, variants } from './helpers/encode.mjs';

const texts = fixtureTexts();

describe('decode detects every encoding of our fixture articles without being told', () => {
  for (const [file, text] of texts) {
    for (const variant of variants) {
      it(`${file} as ${variant}`, () => {
        const b = build(text, variant);
        const r = decode(b.bytes);
        expect(r.encoding).toMatchObject({ name: b.name, bom: b.bom, repaired: b.repaired, newline: 'lf' });
        expect(r.text).toBe(b.text);
        expect(r.warnings).toEqual([]);
        expect(r.encoding.confidence).toBeGreaterThan(0.5);
      });
    }
  }
});
