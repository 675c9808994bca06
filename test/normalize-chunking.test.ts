import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, withoutNfc } from '../src/normalize/compile.js';
import { NormalizeStream, normalize, parseSwitches, profileNames, resolveOps, switchNames, type NormalizeOptions } from '../src/normalize/index.js';

// Arabic-ish text where full NFC has work to do: letters NFC composes with a following mark (alef, waw, yeh, heh goal,
// yeh barree, ae), marks in and out of canonical order, the composing marks U+0653..U+0655, marks a later op removes
// (diacritics under search) or produces (presentation forms of harakat), tatweel and invisible marks between a letter
// and its marks, Latin and Cyrillic with combining accents (outside the NFC-safe set), the two spaces with singleton
// decompositions, and many line breaks (the stream cuts its chunks after a line feed).
const pieces = [
  ...'ابتجدرسعلمنهوي',
  ...'\u0627\u0648\u064A\u06C1\u06D2\u06D5\u0622\u0623\u0624\u0625\u0626', // compose bases and composed letters
  ...'\u064B\u064C\u064E\u064F\u0650\u0651\u0652\u0670\u0610\u06D6\u06E3\u08F0', // harakat and Quranic marks
  ...'\u0653\u0654\u0655', // MADDA ABOVE, HAMZA ABOVE, HAMZA BELOW
  '\u0651\u064E', // SHADDA + FATHA (not canonical order)
  '\u0652\u064B\u0651', // SUKUN + FATHATAN + SHADDA (not canonical order)
  '\u0627\u0654', // ALEF + HAMZA ABOVE (composes)
  '\u064A\u0651\u0654', // YEH + SHADDA + HAMZA ABOVE
  '\u0640', // TATWEEL
  '\u200B', // ZERO WIDTH SPACE (removed by invisible)
  '\u200C', // ZERO WIDTH NON-JOINER
  ...'\uFE70\uFE71\uFE76\uFE7C\uFC5E\uFE8D\uFEF7', // presentation forms (harakat forms, a mark ligature, alef, lam-alef)
  '\u06CC', // FARSI YEH
  'e\u0301', // Latin e + COMBINING ACUTE ACCENT
  'x\u0301\u0316', // x + COMBINING ACUTE + GRAVE BELOW (reordered)
  '\u0438\u0306', // Cyrillic i + COMBINING BREVE (composes to й)
  '\u2000', // EN QUAD (NFC: EN SPACE)
  '\u0661\u066B\u0662', // digits around ARABIC DECIMAL SEPARATOR
  ...'  .،',
  '\n',
  '\n',
  '\n',
  '\r\n',
];
const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 80, size: 'max' }).map((a) => a.join(''));
const switchSpec = fc.subarray(
  switchNames.filter((n) => n !== 'digits').flatMap((n) => [`+${n}`, `-${n}`]),
  { maxLength: 3 },
);
const settings: fc.Arbitrary<NormalizeOptions & { language: 'arabic' | 'persian' }> = fc
  .record({ profile: fc.constantFrom(...profileNames), switches: switchSpec, language: fc.constantFrom('arabic' as const, 'persian' as const) })
  .map(({ profile, switches, language }) => ({ profile, language, ...parseSwitches(switches.join(',')) }));

/** The text pushed into a stream in pieces cut at the given byte offsets (anywhere, even inside a character). */
function chunked(bytes: Uint8Array, cuts: number[], o: NormalizeOptions & { language: 'arabic' | 'persian' }): { text: string; changes: Record<string, number> } {
  const stream = new NormalizeStream(resolveOps(o.profile ?? 'display', o), o.language);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const at of [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b)) {
    out.push(...stream.push(bytes.subarray(from, at)));
    from = at;
  }
  out.push(...stream.push(bytes.subarray(from)), ...stream.end());
  return { text: Buffer.concat(out).toString('utf8'), changes: stream.changes() };
}

describe('normalize counts do not depend on chunking', () => {
  it('same text and the same count per op (nfc included) for any chunk boundaries as for the whole input', () => {
    fc.assert(
      fc.property(arabicish, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), settings, (t, cuts, o) => {
        const whole = normalize(t, o);
        const bytes = Buffer.from(t, 'utf8');
        expect(chunked(bytes, cuts, o)).toEqual(whole);
        // one line at a time: every chunk as small as the stream allows
        const lineCuts = [...bytes.keys()].filter((i) => bytes[i] === 0x0a).map((i) => (i + 1) / bytes.length);
        expect(chunked(bytes, lineCuts, o)).toEqual(whole);
      }),
      { numRuns: 1500 },
    );
  });

  it('counts nfc once per run of marks put in order and per letter composed, after the other ops', () => {
    const n = (t: string, profile: 'display' | 'search' = 'display'): number | undefined => normalize(t, { profile, language: 'arabic' }).changes.nfc;
    expect(n('\u0628\u0651\u064E')).toBe(1); // BEH SHADDA FATHA: one run reordered
    expect(n('\u0628\u0652\u0651\u064E \u062A\u0651\u064E')).toBe(2); // two runs, each counted once
    expect(n('\u0627\u0654')).toBe(1); // ALEF + HAMZA ABOVE composed
    expect(n('\u0627\u0640\u0654')).toBe(1); // composed once the tatweel between them is gone
    expect(n('e\u0301')).toBe(1); // outside Arabic too
    expect(n('\u0628\u064E\u0651')).toBeUndefined(); // already in order
    expect(n('\u0628\u0651\u064E', 'search')).toBeUndefined(); // diacritics removes the marks: nothing left to order
  });

  it.each([
    ['display', ''],
    ['search', ''],
    ['search', '-diacritics,+hamza'],
  ] as const)('the %s %s table without nfc is the one compiled without it', (profile, switches) => {
    const r = resolveOps(profile, parseSwitches(switches));
    const ops = new Set(r.ops);
    ops.delete('nfc');
    const derived = withoutNfc(compile(r, false));
    const compiled = compile({ ops, digits: r.digits }, false);
    expect(Buffer.from(derived.kind).equals(Buffer.from(compiled.kind))).toBe(true);
    expect(derived.on).toEqual(compiled.on);
    expect(Buffer.from(derived.simpleTo.buffer).equals(Buffer.from(compiled.simpleTo.buffer))).toBe(true);
  });
});
