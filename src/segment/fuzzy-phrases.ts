import { ALEF, ALEF_MAKSURA, FARSI_YEH, HEH, TEH_MARBUTA, YEH, alefForms } from '../text/arabic-folds.js';

/**
 * Phrases as fold-tolerant regular expressions over the ORIGINAL text, so a rule written once matches the text
 * under every profile (display, search, none) and still yields offsets into the original.
 * Each letter becomes a small class (alef forms, teh marbuta / heh, yeh / alef maksura), optional marks may
 * follow any letter, and a space matches any run of spaces. Classes are disjoint, so matching is linear.
 */
const cls = (codes: readonly number[]): string => `[${codes.map((c) => String.fromCharCode(c)).join('')}]`;
/** The letters the shared spelling folds (src/text) make one: each matches every spelling of its group. */
const alefClass = cls([ALEF, ...alefForms]);
const yehClass = cls([ALEF_MAKSURA, YEH, FARSI_YEH]);
const hehClass = cls([TEH_MARBUTA, HEH]);
const letterClass: Readonly<Record<string, string>> = Object.fromEntries([
  ...[ALEF, ...alefForms].map((c) => [String.fromCharCode(c), alefClass]),
  ...[ALEF_MAKSURA, YEH, FARSI_YEH].map((c) => [String.fromCharCode(c), yehClass]),
  ...[TEH_MARBUTA, HEH].map((c) => [String.fromCharCode(c), hehClass]),
]);
/** For phrases: the letter classes, and Arabic and ASCII punctuation that stand for each other. */
const classes: Readonly<Record<string, string>> = {
  ...letterClass,
  '\u060C': '[\u060C,]', // ARABIC COMMA or comma
  ',': '[\u060C,]',
  '\u061F': '[\u061F?]', // ARABIC QUESTION MARK or question mark
  '?': '[\u061F?]',
  ':': '\\s*:',
  '-': '[-\u2013\u2014\u0640]',
};
/** Marks that may sit on a letter: harakat, superscript alef, tatweel, invisible format characters. */
const optionalMarks = '[\\u064B-\\u065F\\u0670\\u0640\\u200B-\\u200F]*';

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * The regex source matching `phrase` tolerant of spelling folds and (unless `marks` is false) of harakat between
 * letters. Page chrome never carries harakat, so its patterns skip them and run faster.
 */
export function phraseSource(phrase: string, marks = true): string {
  return phraseAtoms(phrase, marks).join('');
}

const spaceRun = '[\\s\\u00A0]+';

/** `phraseSource` one letter (or run of spaces) at a time: the expression of each. */
function phraseAtoms(phrase: string, marks: boolean): string[] {
  const out: string[] = [];
  for (const c of phrase.normalize('NFC')) {
    if (/\s/.test(c)) {
      if (out[out.length - 1] !== spaceRun) out.push(spaceRun);
    } else if (/[\u0600-\u06FF]/.test(c)) {
      out.push((classes[c] ?? c) + (marks ? optionalMarks : ''));
    } else {
      out.push(classes[c] ?? escape(c));
    }
  }
  return out;
}

/** An alternation of phrases, longest first, compiled once. */
export function phrasesSource(phrases: readonly string[], marks = true): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseSource(p, marks))
    .join('|');
}

interface PhraseTree {
  end: boolean;
  next: Map<string, PhraseTree>;
}

/**
 * `phrasesSource` written as a tree: phrases that open alike share the expression of their opening (`الأحد|الأربعاء`
 * → `ال(?:أحد|أربعاء)`), so the expression is not tried once per phrase at each letter of a text. It matches the
 * same texts (x(A|B) is xA|xB); which phrase a match spans may differ, so it is for `test`, not for `exec`.
 */
export function phraseTreeSource(phrases: readonly string[], marks = true): string {
  const root: PhraseTree = { end: false, next: new Map() };
  for (const p of new Set(phrases)) {
    let node = root;
    for (const atom of phraseAtoms(p, marks)) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return treeSource(root, true);
}

function treeSource(node: PhraseTree, top: boolean): string {
  const branches = [...node.next].map(([atom, child]) => atom + treeSource(child, false));
  // (the empty phrase matches anywhere: an empty branch)
  if (top) return node.end ? [...branches, ''].join('|') : branches.join('|');
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `${alternation}?` : alternation;
}

/**
 * A regex whose Arabic letters (outside character classes) also match their folded spellings, so a pattern
 * written in display spelling still matches text under the `search` profile.
 */
export function fuzzyRe(source: RegExp): RegExp {
  let out = '';
  let inClass = false;
  const src = source.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += letterClass[c] ?? c;
  }
  return new RegExp(out, source.flags);
}
