import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastCut, runPiece } from '../src/normalize/cut.js';
import { profileNames } from '../src/normalize/profiles.js';
import { tableFor } from '../src/normalize/run.js';
import { resolveOps } from '../src/normalize/switches.js';

// A long text is normalised on several threads in pieces cut just after line feeds (src/normalize/cut.ts). The claim:
// the pieces, each run on its own, give byte for byte and count for count what one pass over the whole text gives.
// These properties cut random texts at every place `lastCut` offers (many cuts, so any unsafe one shows), or at a
// random few, under each profile, for Arabic and Persian tables.

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const pieces: readonly Buffer[] = [
  ...'ابتجدرسعلمنهوي'.split('').map(utf8),
  ...['\u0623', '\u0625', '\u0622', '\u0629', '\u0649', '\u0621'].map(utf8),
  ...['\u064B', '\u064E\u0651', '\u0651\u064E', '\u0652\u064B\u0651', '\u0627\u0654', '\u0653', '\u0655'].map(utf8), // marks, composers
  ...['\u0640', ' \u0640 ', '\u06CC', '\u06A9', '\u067E', '\u0686'].map(utf8), // tatweel, Farsi and Persian letters
  ...['\u0661\u066B\u0662', '\u066C', '12', 'A', 'b', 'e\u0301', '.', '"'].map(utf8),
  ...['\uFE8D', '\uFEFB', '\u200B', '\u200C', '\u00A0', '\u2028', '\u0085', '\t', '\v'].map(utf8),
  ...[' ', '  ', '\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n\n', ' \n', '\n '].map(utf8),
  ...['\u0647\u0647\u0647\u0647', '\u0627\u0627\u0627', '\u0628\u0628'].map(utf8), // runs of one letter
  utf8('\u{1F600}'),
];
// No invalid UTF-8 among them: only plain UTF-8 is streamed, so only plain UTF-8 is ever cut. (Where a chunk holds an
// invalid byte and a line that needs full NFC, the chunk's second, NFC'd round no longer sees the invalid byte, and the
// count of `invalid-utf8` depends on where the text was cut.)
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 3000, size: 'max' }).map((a) => Buffer.concat(a));

/** Every place `lastCut` offers in `bytes`, first to last. */
function allCuts(t: ReturnType<typeof tableFor>, bytes: Buffer): number[] {
  const cuts: number[] = [];
  for (let end = bytes.length; ; ) {
    const c = lastCut(t, bytes.subarray(0, end), 1, end);
    if (c <= 0) break;
    cuts.push(c);
    end = c;
  }
  return cuts.reverse();
}

function check(profile: (typeof profileNames)[number], persian: boolean, bytes: Buffer, keep: (i: number) => boolean): void {
  const t = tableFor(resolveOps(profile), persian);
  const whole = runPiece(t, bytes, true);
  const cuts = allCuts(t, bytes).filter((_, i) => keep(i));
  const bounds = [0, ...cuts, bytes.length];
  const out: Uint8Array[] = [];
  const counts = new Array<number>(whole.counts.length).fill(0);
  let last = null as ReturnType<typeof runPiece> | null;
  for (let k = 1; k < bounds.length; k++) {
    last = runPiece(t, bytes.subarray(bounds[k - 1], bounds[k]), k === 1);
    out.push(last.out);
    last.counts.forEach((n, s) => (counts[s]! += n));
  }
  expect(Buffer.concat(out).equals(Buffer.from(whole.out))).toBe(true);
  expect(counts).toEqual([...whole.counts]);
  // what is read of the end state: a trailing space (trimmed at the text's end), or a line feed (a piece's end). The
  // rest may differ: a chunk that needed full NFC is run again on NFC'd input, where marks stand in canonical order.
  const seen = (p: number): [boolean, boolean] => [p === 0x20, p === 0x0a];
  expect(seen(last!.state.prev)).toEqual(seen(whole.state.prev));
}

describe('a text cut where lastCut says gives the same bytes and counts', () => {
  it('cut at every place offered, every profile, Arabic and Persian', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...profileNames), fc.boolean(), (bytes, profile, persian) => check(profile, persian, bytes, () => true)),
      { numRuns: 150 },
    );
  });

  it('cut at a random few of the places offered', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...profileNames), fc.integer({ min: 0, max: 1000 }), (bytes, profile, seed) => check(profile, false, bytes, (i) => (i * 7919 + seed) % 5 === 0)),
      { numRuns: 100 },
    );
  });
});
