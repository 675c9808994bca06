import { foldKey } from '../fold.js';
import type { TemplateHints } from '../work.js';

// What the files of one folder repeat: a site's name over every headline, its share bar, its trailer. A line that
// stands in many files of a folder is the site's template, not any one article's text (trafilatura's cache of
// seen segments, for a folder). Learned from a sample of the folder's texts; pure, so the same sample gives the
// same template, whatever the order, the shard or the number of threads.

/** A learned template: how many sampled files hold each short line, at the head or the tail of the text. */
export interface FolderTemplate {
  /** Files sampled. */
  files: number;
  /** foldKey of a short head line -> files holding it in their first lines. */
  head: Record<string, number>;
  /** foldKey of a short tail line -> files holding it in their last lines. */
  tail: Record<string, number>;
}

/** Lines looked at, at each end of a text, and the longest line that may be template. */
const EDGE = 8;
const MAX_WORDS = 12;

function edgeKeys(text: string): { head: Set<string>; tail: Set<string> } {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (t !== '') lines.push(t);
  }
  const keysOf = (part: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const l of part) if (l.length <= 120 && l.split(/\s+/u).length <= MAX_WORDS) out.add(foldKey(l));
    return out;
  };
  // a text on one line has no template lines to offer
  if (lines.length < 3) return { head: new Set(), tail: new Set() };
  return { head: keysOf(lines.slice(0, EDGE)), tail: keysOf(lines.slice(-EDGE)) };
}

/** Learns a template from a sample of a folder's normalised texts (each counted once per file). */
export function learnTemplate(texts: Iterable<string>): FolderTemplate {
  const t: FolderTemplate = { files: 0, head: {}, tail: {} };
  for (const text of texts) {
    t.files++;
    const { head, tail } = edgeKeys(text);
    for (const k of head) t.head[k] = (t.head[k] ?? 0) + 1;
    for (const k of tail) t.tail[k] = (t.tail[k] ?? 0) + 1;
  }
  // keep only what repeats: a template file stays small
  for (const side of [t.head, t.tail]) for (const k of Object.keys(side)) if (side[k]! < 2) delete side[k];
  return t;
}

/** A line repeats when at least 3 files, and 2% of the sample, hold it. */
function threshold(t: FolderTemplate): number {
  return Math.max(3, Math.ceil(t.files * 0.02));
}

/** The hints the segmenter reads from a template. */
export function templateHints(t: FolderTemplate): TemplateHints {
  const min = threshold(t);
  const inHead = (k: string): boolean => (t.head[k] ?? 0) >= min;
  const inTail = (k: string): boolean => (t.tail[k] ?? 0) >= min;
  return {
    repeats: (key) => inHead(key) || inTail(key),
    // a name of one to four words over the heads of a third of the folder is the site's line (a section name
    // recurs too, but over fewer files)
    isSite: (key) => (t.head[key] ?? 0) >= Math.max(min, t.files / 3) && key.split(' ').length <= 4 && !/[0-9:]/u.test(key),
  };
}
