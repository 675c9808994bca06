import { fuzzyRe } from '../fuzzy-phrases.js';
import { trimmedSlice } from '../split-spaces.js';
import type { Unit } from '../work.js';
import { splitHeadline } from './headline-split.js';
import { scanPage } from './marker-scan.js';
import { addSentenceEndsAt } from './sentence-ends.js';
import { findStamp, stampWindow } from './stamp.js';

// A page collapsed onto one line has lost its line breaks, so it is cut back into pieces where a break must have
// been: after a sentence, around a publication stamp, a link, a run of Latin words (an embedded post), a bar, and
// a chrome phrase of more than one word; and between a headline and the lead it stands glued to. The line model
// then labels the pieces as it labels lines. Every cut is found by one pass of a regular expression (linear).

/**
 * A stop, not after a one-letter abbreviation (`د.`, `أ.`) and not the `..` that joins the parts of a headline
 * (./sentence-ends.ts finds its matches without it).
 */
export const sentenceEnd = /(?<!(?:^|\s)[\u0621-\u064A]|\.)(?:\.(?!\.)|[!?؟…]+)["'”»)\]]*(?=\s)/gu;
export const links = /(?<!\S)(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gu;
export const latinRun = /(?<!\S)(?:[A-Za-z][\w'’.,@#&-]*\s+){4,}[A-Za-z][\w'’.,@#&-]*/gu;
export const bars = /\s[|•]\s/gu;
/**
 * What each expression needs the text to hold for a match (a link's opening, a Latin letter, a bar): most pages
 * hold none, and a quick search is cheaper than the expression's look-behind at every place. (cutsOf reads the
 * Latin letter and the bar from the page scan, which notes them on its way: these searches say what it notes.)
 */
export const mayHold = {
  links: (t: string): boolean => t.includes('http') || t.includes('www.') || t.includes('pic.twitter.com/'),
  latinRun: (t: string): boolean => /[A-Za-z]/u.test(t),
  bars: (t: string): boolean => t.includes('|') || t.includes('\u2022'), // • BULLET
};
/** The words that put a date inside a sentence: a preposition, `يوم`, a conjunction. */
const inSentence = fuzzyRe(/(?:^|\s)[لبوف]?(?:من|في|منذ|حتى|الى|إلى|يوم|عن|قبل|بعد|خلال|اعتبارا|ابتداء|بتاريخ|و|أو|حيث|الذي|التي)\s*$/u);

function add(cuts: Set<number>, re: RegExp, t: string, both: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    cut(cuts, m, both);
    if (m[0].length === 0) re.lastIndex++;
  }
}

function cut(cuts: Set<number>, m: RegExpExecArray, both: boolean): void {
  if (both) cuts.add(m.index);
  // a label (`المصدر:`, `تاريخ النشر:`) stays with the value after it
  if (!m[0].endsWith(':')) cuts.add(m.index + m[0].length);
}

/** Offsets where a collapsed page is cut. */
function cutsOf(t: string): Set<number> {
  const cuts = new Set<number>([0, t.length]);
  const scan = scanPage(t, stampWindow);
  // (`add(cuts, sentenceEnd, t, false)`: a match is never empty and never ends with a colon; read from the places
  // the scan wrote down, while its units are loaded)
  addSentenceEndsAt(cuts, scan.units, t.length, scan.stops, scan.stopCount);
  for (const m of scan.markers) cut(cuts, m, true);
  // (the scan has noted whether the page holds a Latin letter, mayHold.latinRun's answer, and a bar, mayHold.bars';
  // a link's opening is in Latin letters, so a page without one holds no link)
  if (scan.latin && mayHold.links(t)) add(cuts, links, t, true);
  if (scan.latin) add(cuts, latinRun, t, true);
  if (scan.bar) add(cuts, bars, t, true);
  // publication stamps near the top (and after one, the next: a page may state two), each one piece
  for (let from = 0, n = 0; n < 3 && from < Math.min(t.length, 2000); n++) {
    // (the first window's figures were noted by the scan)
    const s = findStamp(t.slice(from), from > 0 || scan.headFigure);
    if (!s) break;
    // a date a sentence speaks of (`اعتبارا من يوم الثلاثاء 26 …`) follows a preposition: no stamp
    if (inSentence.test(t.slice(Math.max(0, from + s.start - 30), from + s.start)) || /^\s*يوم\s/u.test(t.slice(from + s.start, from + s.start + 8))) {
      from += s.end;
      continue;
    }
    for (const c of cuts) if (c > from + s.start && c < from + s.end) cuts.delete(c);
    cuts.add(from + s.start);
    cuts.add(from + s.end);
    from += s.end;
  }
  return cuts;
}

/**
 * The offsets from least to greatest: `[...cuts].sort((a, b) => a - b)`. A page has a handful of cuts (six on
 * average), each put in its place in turn, without the sort's comparison calls; a long list is sorted.
 */
export function inOrder(cuts: ReadonlySet<number>): number[] {
  const out = [...cuts];
  if (out.length > 32) return out.sort((a, b) => a - b);
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    let j = i - 1;
    for (; j >= 0 && out[j]! > x; j--) out[j + 1] = out[j]!;
    out[j + 1] = x;
  }
  return out;
}

/** Cuts one collapsed line into pieces (all on the line's number), headline split from its lead. */
export function splitPieces(u: Unit): Unit[] {
  const t = u.text;
  const cuts = inOrder(cutsOf(t));
  const pieces: Unit[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const text = trimmedSlice(t, cuts[k]!, cuts[k + 1]!);
    if (text !== '') pieces.push({ line: u.line, text });
  }
  return splitHeadline(pieces);
}
