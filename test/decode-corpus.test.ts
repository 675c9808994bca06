import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { root } from './helpers/cli.js';

/** The real files in ../shared/corpus/dev (read here, never copied): windows-1256 (ARPHP_001, 002), UTF-8 with BOM and CRLF (AKEC_*), UTF-8. */
const dev = path.join(root, '../shared/corpus/dev');
const present = existsSync(dev);
if (!present) console.log(`decode-corpus: ${dev} is absent; skipping the tests on real files`);

interface Label {
  encoding: string;
  body_first_words: string;
}

const files = present ? readdirSync(dev).filter((f) => f.endsWith('.txt')).sort() : [];

/** As the labels are written: invisible marks and tatweel removed, spaces collapsed. */
function asLabelled(text: string): string {
  return text.replace(/[\u200b-\u200f\u061c\u0640]/g, '').replace(/\s+/g, ' ');
}

describe.skipIf(!present)('decode on the real dev corpus', () => {
  it('finds windows-1256 with CRLF in ARPHP_001 and ARPHP_002', () => {
    for (const f of ['ARPHP_001.txt', 'ARPHP_002.txt']) {
      const r = decode(readFileSync(path.join(dev, f)));
      expect(r.encoding, f).toMatchObject({ name: 'windows-1256', bom: false, newline: 'crlf', repaired: null });
      expect(r.encoding.confidence, f).toBeGreaterThan(0.8);
      expect(r.warnings, f).toEqual([]);
    }
  });

  it('finds UTF-8 with a BOM and CRLF in every AKEC file', () => {
    const akec = files.filter((f) => f.startsWith('AKEC_'));
    expect(akec.length).toBeGreaterThan(0);
    for (const f of akec) {
      const r = decode(readFileSync(path.join(dev, f)));
      expect(r.encoding, f).toMatchObject({ name: 'utf-8', bom: true, newline: 'crlf', confidence: 1, repaired: null });
      expect(r.text.charCodeAt(0), f).not.toBe(0xfeff);
    }
  });

  it('matches the labelled encoding of every file, with no warning, and the body starts as labelled', () => {
    for (const f of files) {
      const label = JSON.parse(readFileSync(path.join(dev, f.replace(/\.txt$/, '.label.json')), 'utf8')) as Label;
      const r = decode(readFileSync(path.join(dev, f)));
      expect({ f, name: r.encoding.name, bom: r.encoding.bom }).toEqual({ f, name: label.encoding.replace(' (with BOM)', ''), bom: label.encoding.includes('BOM') });
      expect(r.warnings, f).toEqual([]);
      expect(r.encoding.repaired, f).toBeNull();
      const firstWords = label.body_first_words.split(' ').slice(0, 3).join(' ');
      expect(asLabelled(r.text).includes(firstWords), `${f}: "${firstWords}"`).toBe(true);
    }
  });
});
