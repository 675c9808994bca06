/**
 * The operations, as data. Each op has a name (what users switch with `--normalize +name,-name`), a one-line
 * summary, and either a fixed code point map (replacement text, '' removes) or a context rule the engine applies
 * (`rule`). The engine composes the maps of a profile's ops, in this order, into one lookup table.
 */

import { ALEF, ALEF_MAKSURA, ARABIC_INDIC_ZERO, HEH, PERSIAN_ZERO, TEH_MARBUTA, YEH, alefForms, arabicPunctuation, farsiLetters, hamzaSeats, quoteFolds } from '../text/arabic-folds.js';
import { otherBlanks } from '../text/white-space.js';

export const opNames = [
  'newlines',
  'nfc',
  'presentation-forms',
  'ligatures',
  'tatweel',
  'invisible',
  'controls',
  'spaces',
  'farsi-letters',
  'diacritics',
  'alef',
  'alef-maksura',
  'teh-marbuta',
  'hamza',
  'digits',
  'punctuation',
  'quotes',
  'elongation',
  'latin-case',
] as const;
export type OpName = (typeof opNames)[number];

/** What `digits` does: leave digits alone, or write every digit as ASCII or as Arabic-Indic. */
export type DigitsMode = 'keep' | 'ascii' | 'arabic';

/** Context rules the engine implements in its state machine (they need the characters around). */
export type ContextRule = 'newlines' | 'nfc' | 'tatweel' | 'spaces' | 'farsi-yeh' | 'digit-separators' | 'elongation';

export interface Op {
  readonly name: OpName;
  readonly summary: string;
  /** Fixed replacements; applied to a character whatever its neighbours. */
  readonly map: ReadonlyMap<number, string>;
  readonly rule?: ContextRule;
}

type Pairs = ReadonlyArray<readonly [number, string]>;

/** The code point pairs of a fold list as replacement text. */
const asText = (pairs: ReadonlyArray<readonly [number, number]>): Pairs => pairs.map(([from, to]) => [from, String.fromCharCode(to)]);

function build(pairs: Pairs, ranges: ReadonlyArray<readonly [number, number]> = [], by = ''): Map<number, string> {
  const m = new Map<number, string>(pairs);
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) m.set(cp, by);
  return m;
}

/** Compatibility decompositions (Unicode data, via NFKC) of the code points in `ranges` that have one. */
function compat(ranges: ReadonlyArray<readonly [number, number]>, overrides: Pairs = []): Map<number, string> {
  const m = new Map<number, string>();
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCharCode(cp);
      const k = c.normalize('NFKC');
      if (k !== c) m.set(cp, k);
    }
  }
  for (const [cp, s] of overrides) m.set(cp, s);
  return m;
}

export const ops: Readonly<Record<OpName, Op>> = {
  newlines: {
    name: 'newlines',
    summary: 'CRLF, CR, U+2028, U+2029, U+0085 -> LF; 3+ line breaks -> one blank line',
    map: build([
      [0x2028, '\n'], // LINE SEPARATOR
      [0x2029, '\n'], // PARAGRAPH SEPARATOR
      [0x0085, '\n'], // NEXT LINE
    ]),
    rule: 'newlines',
  },
  nfc: { name: 'nfc', summary: 'Unicode NFC: compose (alef + U+0654 -> alef with hamza), order marks canonically', map: new Map(), rule: 'nfc' },
  'presentation-forms': {
    name: 'presentation-forms',
    summary: 'Arabic presentation forms U+FB50-U+FDFF, U+FE70-U+FEFF -> base letters (lam-alef keeps its hamza/madda)',
    map: compat([
      [0xfb50, 0xfdef],
      [0xfdfe, 0xfdff],
      [0xfe70, 0xfefe],
    ]),
  },
  ligatures: {
    name: 'ligatures',
    summary: 'word ligatures U+FDF0-U+FDFD -> their words',
    map: compat(
      [[0xfdf0, 0xfdfd]],
      [
        [0xfdfc, 'ريال'], // RIAL SIGN: Unicode decomposes it with a Farsi yeh
        [0xfdfd, 'بسم الله الرحمن الرحيم'], // BISMILLAH AR-RAHMAN AR-RAHEEM has no decomposition
      ],
    ),
  },
  tatweel: { name: 'tatweel', summary: 'remove U+0640 TATWEEL in or at the edge of a word; one standing alone between spaces is a dash and stays', map: new Map(), rule: 'tatweel' },
  invisible: {
    name: 'invisible',
    summary: 'remove zero-width space, bidi marks, embeddings, isolates, word joiner, BOM, soft hyphen (ZWNJ and ZWJ stay)',
    map: build(
      [
        [0x00ad, ''], // SOFT HYPHEN
        [0x061c, ''], // ARABIC LETTER MARK
        [0x200b, ''], // ZERO WIDTH SPACE
        [0x200e, ''], // LEFT-TO-RIGHT MARK
        [0x200f, ''], // RIGHT-TO-LEFT MARK
        [0x2060, ''], // WORD JOINER
        [0xfeff, ''], // ZERO WIDTH NO-BREAK SPACE (BOM)
      ],
      [
        [0x202a, 0x202e], // LRE, RLE, PDF, LRO, RLO
        [0x2066, 0x2069], // LRI, RLI, FSI, PDI
      ],
    ),
  },
  controls: {
    name: 'controls',
    summary: 'remove C0 controls (not tab, LF, CR), DEL and C1 controls',
    map: build([], [
      [0x00, 0x08],
      [0x0b, 0x0c],
      [0x0e, 0x1f],
      [0x7f, 0x9f],
    ]),
  },
  spaces: {
    name: 'spaces',
    summary: 'no-break and other spaces, tab -> space; collapse runs; trim each line',
    map: build(otherBlanks.map((c) => [c, ' '])),
    rule: 'spaces',
  },
  'farsi-letters': {
    name: 'farsi-letters',
    summary: 'keheh, heh goal, ae -> Arabic; Farsi yeh -> yeh in a word, alef maksura at its end; Persian digits -> Arabic-Indic (not for Persian/Urdu text)',
    map: build([...asText(farsiLetters), ...Array.from({ length: 10 }, (_, d): [number, string] => [PERSIAN_ZERO + d, String.fromCharCode(ARABIC_INDIC_ZERO + d)])]),
    rule: 'farsi-yeh',
  },
  diacritics: {
    name: 'diacritics',
    summary: 'remove harakat, tanween, shadda, sukun, superscript alef, Quranic marks; heh with yeh (hamza) -> heh',
    // U+06C0 HEH WITH YEH ABOVE is U+06D5 + U+0654 HAMZA ABOVE composed (NFC): it folds like heh followed by the
    // hamza this op drops, so `ۀ` and `ه` + U+0654 give the same word
    map: build([[0x0670, ''], [0x06c0, '\u0647']], [
      [0x064b, 0x065f],
      [0x0610, 0x061a],
      [0x06d6, 0x06dc],
      [0x06df, 0x06e8],
      [0x06ea, 0x06ed],
      [0x08d3, 0x08e1],
      [0x08e3, 0x08ff],
    ]),
  },
  alef: {
    name: 'alef',
    summary: 'alef with hamza above/below, madda, wasla, wavy hamza -> bare alef',
    map: build(asText(alefForms.map((c) => [c, ALEF]))),
  },
  'alef-maksura': { name: 'alef-maksura', summary: 'alef maksura -> yeh', map: build(asText([[ALEF_MAKSURA, YEH]])) },
  'teh-marbuta': { name: 'teh-marbuta', summary: 'teh marbuta -> heh', map: build(asText([[TEH_MARBUTA, HEH]])) },
  hamza: { name: 'hamza', summary: 'waw with hamza -> waw, yeh with hamza -> yeh', map: build(asText(hamzaSeats)) },
  digits: { name: 'digits', summary: 'digits -> ASCII (digits-ascii) or Arabic-Indic (digits-arabic)', map: new Map() },
  punctuation: {
    name: 'punctuation',
    summary: 'Arabic comma, semicolon, question mark, percent, full stop -> ASCII; decimal/thousands separators between digits',
    map: build(arabicPunctuation),
    rule: 'digit-separators',
  },
  quotes: {
    name: 'quotes',
    summary: 'curly, low and angle quotes, primes -> " and \'',
    map: build(quoteFolds),
  },
  elongation: { name: 'elongation', summary: 'an Arabic letter repeated 3+ times -> once (doubles stay)', map: new Map(), rule: 'elongation' },
  'latin-case': { name: 'latin-case', summary: 'lowercase Latin letters', map: latinLower() },
};

/** Uppercase Latin letters (Basic Latin, Latin-1, Latin Extended-A) whose lowercase is one code point. */
function latinLower(): Map<number, string> {
  const m = new Map<number, string>();
  for (let cp = 0x41; cp <= 0x17f; cp++) {
    if (cp > 0x5a && cp < 0xc0) continue;
    const c = String.fromCharCode(cp);
    const l = c.toLowerCase();
    if (l !== c && l.length === 1) m.set(cp, l);
  }
  return m;
}

/** The `digits` map for a mode: which digits become which. */
export function digitsMap(mode: DigitsMode): Map<number, string> {
  const m = new Map<number, string>();
  if (mode === 'keep') return m;
  for (let d = 0; d < 10; d++) {
    if (mode === 'ascii') {
      m.set(ARABIC_INDIC_ZERO + d, String(d));
      m.set(PERSIAN_ZERO + d, String(d));
    } else {
      m.set(0x30 + d, String.fromCharCode(ARABIC_INDIC_ZERO + d));
      m.set(PERSIAN_ZERO + d, String.fromCharCode(ARABIC_INDIC_ZERO + d));
    }
  }
  return m;
}
