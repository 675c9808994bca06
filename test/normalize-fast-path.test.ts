import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opNames, type OpName } from '../src/normalize/ops.js';
import { OnePass, startState } from '../src/normalize/one-pass.js';
import { profileNames } from '../src/normalize/profiles.js';
import { tableFor } from '../src/normalize/run.js';
import { resolveOps } from '../src/normalize/switches.js';

// The normaliser's one pass has a fast path (the common characters written in place, the state kept in locals) and a
// slow path (`step`, each rule stated once). These properties run both over the same large inputs, under every op
// switch, cut into the same random chunks, and require the same bytes, the same count per op and the same NFC flags.

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

// One piece per kind of character the compiled table knows, as bytes (so invalid UTF-8 can be among them).
const pieces: readonly Buffer[] = [
  ...'abcXYZ09 .,;:?!-"\'()%/'.split('').map(utf8),
  ...['\t', '\n', '\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029'].map(utf8), // line breaks, tab, VT, FF
  ...['\u00A0', '\u1680', '\u2000', '\u2003', '\u200A', '\u202F', '\u205F', '\u3000'].map(utf8), // other spaces
  ...['\u0000', '\u0007', '\u001B', '\u007F', '\u0080', '\u009F'].map(utf8), // C0, DEL, C1 controls
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'.split('').map(utf8), // Arabic letters
  ...['\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673', '\u0649', '\u0629', '\u0624', '\u0626', '\u0621'].map(utf8), // alef forms, maksura, teh marbuta, hamzas
  ...['\u06CC', '\u06A9', '\u06C1', '\u06D5', '\u06D2', '\u06C0', '\u06C2', '\u06D3'].map(utf8), // Farsi yeh, keheh, heh goal, ae, yeh barree...
  ...['\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0670', '\u0610', '\u06D6', '\u06E3', '\u08F0'].map(utf8), // harakat, Quranic marks
  ...['\u0653', '\u0654', '\u0655'].map(utf8), // MADDA ABOVE, HAMZA ABOVE, HAMZA BELOW (compose under NFC)
  ...['\n\n\n', ' \n', '\n ', '  ', '\u00A0 ', ' \u00A0', '\u0627\u064B ', '\u0628\u0651\u064E', '\u0644\u0644'].map(utf8), // blank lines, spaces at line ends, one mark and two, a doubled letter
  utf8('\u0640'), // TATWEEL
  utf8(' \u0640 '), // a tatweel standing alone: a dash
  ...['\u0660', '\u0665', '\u0669', '\u06F0', '\u06F5', '\u06F9'].map(utf8), // Arabic-Indic and Persian digits
  ...['\u066B', '\u066C', '\u060C', '\u061B', '\u061F', '\u066A', '\u06D4'].map(utf8), // separators, Arabic punctuation
  ...['\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u2032', '\u2033', '\u2039'].map(utf8), // quotes, primes
  ...['\uFE8D', '\uFE8E', '\uFEF7', '\uFEFB', '\uFB8E', '\uFC5E', '\uFE70', '\uFE76', '\uFDF2', '\uFDFA', '\uFDFC', '\uFDFD'].map(utf8), // presentation forms, ligatures
  ...['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u2060', '\uFEFF', '\u00AD', '\u061C'].map(utf8), // invisible marks
  ...['\u00C0', '\u00DF', '\u0130', '\u0178', 'e\u0301', 'x\u0301\u0316', '\u0438\u0306', '\u1E9E', '\uAC00', '\u4E2D'].map(utf8), // Latin, accents, Cyrillic, Hangul, CJK
  ...['\u{1F600}', '\u{1D400}', '\u{10FFFF}'].map(utf8), // four-byte characters
  Buffer.from([0xff]), Buffer.from([0x80]), Buffer.from([0xc0, 0x80]), Buffer.from([0xe2, 0x82]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), // invalid UTF-8
];

// Runs of one letter (elongation: 3+ copies collapse, doubles stay), and any BMP character.
const letterRun = fc.tuple(fc.constantFrom('\u0628', '\u0647', '\u064A', 'a'), fc.integer({ min: 2, max: 6 })).map(([c, n]) => utf8(c.repeat(n)));
const anyBmp = fc.integer({ min: 0, max: 0xffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => utf8(String.fromCharCode(c)));
const piece = fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 8 }, { arbitrary: letterRun, weight: 1 }, { arbitrary: anyBmp, weight: 1 });
/** Inputs of up to ~16 KB (real articles are 2-20 KB), built from the pieces. */
const input = fc.array(piece, { maxLength: 6000, size: 'max' }).map((a) => Buffer.concat(a));

interface Settings {
  profile: (typeof profileNames)[number];
  ops: Partial<Record<OpName, boolean>>;
  digits: 'keep' | 'ascii' | 'arabic' | undefined;
  persian: boolean;
}

/** Any profile with any op switched on or off, any digits mode, Arabic or Persian text. */
const settings: fc.Arbitrary<Settings> = fc.record({
  profile: fc.constantFrom(...profileNames),
  ops: fc.dictionary(fc.constantFrom(...opNames), fc.boolean(), { maxKeys: opNames.length }),
  digits: fc.constantFrom(undefined, 'keep' as const, 'ascii' as const, 'arabic' as const),
  persian: fc.boolean(),
});

/** Both paths over `src` cut at `cuts` (fractions of its length: anywhere, even inside a character). */
function runBoth(src: Buffer, cuts: number[], s: Settings) {
  const table = tableFor(resolveOps(s.profile, s.digits === undefined ? { ops: s.ops } : { ops: s.ops, digits: s.digits }), s.persian);
  const bounds = [...new Set([0, ...cuts.map((c) => Math.floor(c * src.length)), src.length])].sort((a, b) => a - b);
  const run = (fast: boolean) => {
    const state = startState();
    const out: Uint8Array[] = [];
    const counts = new Array<number>(opNames.length + 1).fill(0);
    const risks: [boolean, number, number][] = [];
    for (let k = 1; k < bounds.length; k++) {
      const pass = new OnePass(table, fast);
      out.push(Buffer.from(pass.run(src, bounds[k - 1]!, bounds[k]!, state)));
      pass.counts.forEach((n, i) => (counts[i]! += n));
      risks.push([pass.risk, pass.riskFrom, pass.riskTo]);
    }
    // `collapsed` is only read while it equals `prev` (a run of that letter): the paths may leave another value in it
    const effective = { ...state, collapsed: state.collapsed === state.prev ? state.collapsed : -1 };
    return { bytes: Buffer.concat(out), counts, risks, state: effective };
  };
  return { fast: run(true), slow: run(false) };
}

describe('normaliser: the fast path agrees with the slow path', () => {
  it('byte for byte and count for count, under every switch, for random chunk cuts', () => {
    fc.assert(
      fc.property(input, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), settings, (src, cuts, s) => {
        const { fast, slow } = runBoth(src, cuts, s);
        expect(fast.bytes.equals(slow.bytes)).toBe(true);
        expect(fast.counts).toEqual(slow.counts);
        expect(fast.risks).toEqual(slow.risks);
        expect(fast.state).toEqual(slow.state);
      }),
      { numRuns: 400 },
    );
  });

  it('on a long article-like text of ~1 MB in one chunk, under each profile', () => {
    const para = 'قالت الوزارة في بيان إنّ الأعمال ستبدأ الأسبوع المقبل، وإنها ستستمر ٣ أشهر.  \u0640 الموعد ١٢٫٥ يوماً\u200F «هكذا» رااائع\r\n';
    const src = utf8(para.repeat(8000));
    expect(src.length).toBeGreaterThan(1_000_000);
    for (const profile of profileNames) {
      const { fast, slow } = runBoth(src, [], { profile, ops: {}, digits: undefined, persian: false });
      expect(fast.bytes.equals(slow.bytes)).toBe(true);
      expect(fast.counts).toEqual(slow.counts);
    }
  });
});
