import type { Block, BoilerplateLine, Segmented, Warning } from '../core/types.js';
import { trailerLines } from './boilerplate/phrases.js';
import { agencyNames } from './credits.js';
import { findDate } from './dates/index.js';
import { foldKey } from './fold.js';

interface Line {
  /** 1-based line number in the text. */
  n: number;
  text: string;
}

const trailerByKey = new Map(trailerLines.map(([phrase, rule]) => [foldKey(phrase), rule]));
const agencyByKey = new Map(agencyNames.map((name) => [foldKey(name), name]));
const sentenceEnd = /[.!?؟…:؛]["'”»)]*$/u;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A short line with no sentence punctuation at its end: a headline, site name or subheading. */
function isShortLine(s: string, maxWords: number): boolean {
  return wordCount(s) <= maxWords && !sentenceEnd.test(s);
}

/** `(وكالات)` alone on a line: the agency's name, else null. */
function creditOf(s: string): string | null {
  const m = /^[(（]\s*([^()]{1,40})\s*[)）]$/u.exec(s.trim());
  if (!m?.[1]) return null;
  return agencyByKey.get(foldKey(m[1])) ?? null;
}

/** Splits non-empty lines off the end while they are web chrome or credits. */
function takeTrailer(lines: Line[], boilerplate: BoilerplateLine[], agencies: string[]): Line[] {
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1]!;
    const rule = trailerByKey.get(foldKey(line.text));
    const credit = rule ? null : creditOf(line.text);
    if (!rule && !credit) break;
    if (credit) agencies.unshift(credit);
    boilerplate.unshift({ line: line.n, text: line.text, rule: rule ?? 'credit/agency' });
    end--;
  }
  return lines.slice(0, end);
}

/** text -> Article fields: headline, site line, body blocks, credits and trailer chrome. */
export function segment(text: string): Segmented {
  const warnings: Warning[] = [];
  const boilerplate: BoilerplateLine[] = [];
  const agencies: string[] = [];
  const all: Line[] = text.split('\n').map((t, i) => ({ n: i + 1, text: t.trim() }));
  let lines = takeTrailer(
    all.filter((l) => l.text !== ''),
    boilerplate,
    agencies,
  );

  let title: string | null = null;
  let sitename: string | null = null;
  // A headline stands alone above the body: short, no closing full stop, and more lines follow it.
  if (lines.length >= 2 && isShortLine(lines[0]!.text, 25)) {
    title = lines[0]!.text;
    lines = lines.slice(1);
    if (lines.length >= 2 && isShortLine(lines[0]!.text, 4)) {
      sitename = lines[0]!.text;
      lines = lines.slice(1);
    }
  }
  if (title === null) {
    warnings.push({ rule: 'segment/no-title', line: null, message: 'Found no headline above the body.' });
  }

  const blocks: Block[] = lines.map((l, i) => ({
    type: i > 0 && i < lines.length - 1 && isShortLine(l.text, 8) ? 'heading' : 'paragraph',
    text: l.text,
  }));
  const firstParagraph = blocks.find((b) => b.type === 'paragraph');
  const found = firstParagraph ? findDate(firstParagraph.text) : null;

  return {
    title,
    sitename,
    author: null,
    date: found?.iso ?? null,
    dateRaw: found?.raw ?? null,
    hijriDate: null,
    dateline: null,
    agencies,
    url: null,
    blocks,
    boilerplate,
    warnings,
  };
}
