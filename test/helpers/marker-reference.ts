import fc from 'fast-check';
import { markerPhrases, markers } from '../../src/segment/layouts/marker-scan.js';

/** Every match of the global chrome-phrase expression, searched through the text the ordinary way (the reference). */
export function globalMatches(t: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  markers.lastIndex = 0;
  for (let m = markers.exec(t); m; m = markers.exec(t)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) markers.lastIndex++;
  }
  return out;
}

/** Every code unit of the Basic Plane once, a surrogate half as a space: what a prefix filter is built over. */
export function allUnits(): string {
  let out = '';
  for (let c = 0; c < 0x10000; c++) out += String.fromCharCode(c >= 0xd800 && c <= 0xdfff ? 0x20 : c);
  return out;
}

/** Units put in place of one of a phrase's: near spellings, spaces, marks, a lone surrogate half, a figure. */
const swaps = ['ا', 'أ', 'ل', 'م', 'ة', 'ه', 'ى', 'ي', ' ', '\u00A0', ':', 'x', 'X', '\u064E', '\u0640', '\u200F', '\uD83D', '\uDE00', '٣', '.'];
/** A chrome phrase (respelled), cut short after `cut` units, with the unit at `at` replaced: a near miss. */
const nearMiss = fc
  .tuple(fc.constantFrom(...markerPhrases), fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.constantFrom(...swaps), fc.boolean())
  .map(([p, cut, at, s, upper]) => {
    const q = upper ? p.toUpperCase() : p.replace(/ا/gu, 'إ').replace(/ة/gu, 'ه');
    const short = q.slice(0, Math.max(1, q.length - cut));
    return at < short.length ? short.slice(0, at) + s + short.slice(at + 1) : short;
  });
const filler = fc.constantFrom(' ', '  ', ': ', '12', 'ال', 'و', 'كتب', 'المزيد', 'Share', '\u{1F600}', '\u200F', '،', '(', 'قال الوزير');

/** Texts of up to `maxLength` pieces: chrome phrases, near misses and filler, run together. */
export const phraseText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(nearMiss, fc.constantFrom(...markerPhrases), filler), { maxLength }).map((a) => a.join(''));
