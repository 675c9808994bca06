import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, profileNames, switchNames, type NormalizeOptions, parseSwitches } from '../src/normalize/index.js';

// Characters the rules care about, so random strings hit them often: Arabic letters and marks, tatweel, Farsi
// letters, presentation forms and ligatures, digits of three systems and their separators, every kind of space and
// line break, invisible marks, controls, quotes, lone surrogates, emoji, Latin with combining marks.
const interesting = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآٱؤئ',
  '\u0640', // TATWEEL
  ...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u06D6\u08F0',
  ...'\u06CC\u06A9\u06C1\u06D5\u067E\u0686\u06AF',
  ...'\uFE8D\uFEDF\uFEF7\uFEF5\uFE70\uFE71\uFE7D\uFC5E\uFDF2\uFDFA\uFDFD\uFDFC\uFBFC',
  ...'0123456789\u0660\u0665\u0669\u06F0\u06F5\u066B\u066C\u066A\u060C\u061B\u061F\u06D4',
  ...' \t\n\r\u00A0\u2003\u202F\u3000\u2028\u2029\u0085',
  ...'\u200B\u200C\u200D\u200E\u200F\u061C\u202B\u2066\u2069\uFEFF\u00AD\u2060',
  ...'\u0000\u0007\u001B\u007F\u0090',
  ...'“”«»‘’′″',
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '😀',
  ...'aAzZéÀ',
  'e\u0301',
  '\u1100\u1161',
];
const unit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...interesting) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));
const switchSpec = fc.subarray([...switchNames.filter((n) => n !== 'digits'), 'digits'].flatMap((n) => [`+${n}`, `-${n}`]).filter((s) => s !== '+digits'), { maxLength: 4 });
const options: fc.Arbitrary<NormalizeOptions> = fc.record({ profile: fc.constantFrom(...profileNames), switches: switchSpec }).map(({ profile, switches }) => ({
  profile,
  ...parseSwitches(switches.join(',')),
}));

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const runs = { numRuns: 400 };

describe('normalize properties', () => {
  for (const profile of profileNames) {
    it(`${profile} is idempotent`, () => {
      fc.assert(
        fc.property(text, (t) => {
          const once = normalize(t, { profile }).text;
          expect(normalize(once, { profile }).text).toBe(once);
        }),
        runs,
      );
    });
  }

  it('is idempotent with any switches', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const once = normalize(t, o).text;
        expect(normalize(once, o).text).toBe(once);
      }),
      runs,
    );
  });

  it('never throws and never emits a lone surrogate', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), options, (t, o) => {
        const r = normalize(t, o);
        expect(loneSurrogate.test(r.text)).toBe(false);
        for (const n of Object.values(r.changes)) expect(n).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('display and search write NFC (also with switches, while nfc is on)', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const r = normalize(t, o).text;
        if (o.ops?.nfc !== false && o.profile !== 'none') expect(r).toBe(r.normalize('NFC'));
      }),
      runs,
    );
  });

  it('display keeps every base letter, digit and symbol, changed only by the table', () => {
    // The skeleton: letters, numbers and symbols after compatibility folding, with the spelling variants the
    // display table maps (NFC hamza forms, Farsi letters) folded. Tatweel is not a letter for this purpose.
    const fold: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ى: 'ي', ی: 'ي', ک: 'ك', ہ: 'ه', ە: 'ه', ؤ: 'و', ئ: 'ي' };
    const skeleton = (s: string): string =>
      [...(s as string & { toWellFormed(): string }).toWellFormed().normalize('NFKC')]
        .filter((c) => /[\p{L}\p{N}\p{S}]/u.test(c) && c !== '\u0640')
        .map((c) => fold[c] ?? (c >= '\u06F0' && c <= '\u06F9' ? String.fromCharCode(c.charCodeAt(0) - 0x90) : c))
        .join('');
    fc.assert(
      fc.property(text, (t) => {
        expect(skeleton(normalize(t, { profile: 'display' }).text)).toBe(skeleton(t));
      }),
      runs,
    );
  });

  it('output length is linear in input length', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), options, (t, o) => {
        // the longest expansion is U+FDFD BISMILLAH (one character, 22 out)
        expect(normalize(t, o).text.length).toBeLessThanOrEqual(22 * t.length + 1);
      }),
      runs,
    );
  });
});

describe('normalize time grows linearly', () => {
  // Inputs built to trip a quadratic rule: long runs the context rules look across. A generous bound (16x the
  // size may take up to 80x the time); quadratic behaviour would take 256x.
  const cases: Record<string, (n: number) => string> = {
    'tatweel run between spaces': (n) => ` ${'\u0640'.repeat(n)} x`,
    'marks in reverse canonical order': (n) => `ب${'\u0652\u0651\u0650\u064F\u064E\u064D\u064C\u064B'.repeat(n / 8)}`,
    'farsi yeh before a run of marks': (n) => `\u06CC${'\u064E'.repeat(n)}ب`.repeat(2),
    'elongated letter': (n) => 'ه'.repeat(n),
    'spaces and blank lines': (n) => ' \n\u00A0\t\r\n'.repeat(n / 6),
    'invisible marks between digits and separator': (n) => `١\u066B${'\u200B'.repeat(n)}٢`,
  };
  const time = (s: string): number => {
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      for (const profile of profileNames) normalize(s, { profile });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[1]!;
  };
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      time(make(4000)); // warm up
      const small = time(make(8000));
      const big = time(make(8000 * 16));
      expect(big).toBeLessThan(80 * small + 20);
    });
  }
});
