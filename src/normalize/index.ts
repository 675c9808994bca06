import type { NormalizeResult } from '../core/types.js';

export const profileNames = ['display', 'search', 'none'] as const;
export type ProfileName = (typeof profileNames)[number];

export interface NormalizeOptions {
  /** Named list of ops; default 'display'. */
  profile?: ProfileName | undefined;
}

/** Invisible marks: ZWSP, LRM, RLM, ALM, bidi embeddings/overrides, word joiner, isolates, BOM, soft hyphen. */
const invisible = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;
/** U+0640 ARABIC TATWEEL, attached to a letter on at least one side. */
const tatweelInWord = /(?<=\S)\u0640+|\u0640+(?=\S)/g;
const oddSpaces = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

function count(changes: Record<string, number>, op: string, n: number): void {
  if (n > 0) changes[op] = (changes[op] ?? 0) + n;
}

function replaceCounting(text: string, re: RegExp, by: string, changes: Record<string, number>, op: string): string {
  let n = 0;
  const out = text.replace(re, () => {
    n++;
    return by;
  });
  count(changes, op, n);
  return out;
}

/** text -> text under a named profile, with counts of what each op changed. */
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  const profile = options.profile ?? 'display';
  const changes: Record<string, number> = {};
  let t = replaceCounting(text, /\r\n?|[\u2028\u2029\u0085]/g, '\n', changes, 'newlines');
  if (profile === 'none') return { text: t, changes };
  const nfc = t.normalize('NFC');
  if (nfc !== t) count(changes, 'nfc', 1);
  t = replaceCounting(nfc, invisible, '', changes, 'invisible');
  t = replaceCounting(t, tatweelInWord, '', changes, 'tatweel');
  t = replaceCounting(t, oddSpaces, ' ', changes, 'spaces');
  t = t
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
  t = replaceCounting(t, /\n{3,}/g, '\n\n', changes, 'newlines');
  return { text: t, changes };
}
