// The roles a line of a plain text can take, and the order an article puts them in: a head (chrome, kicker,
// title, subtitle, site, date and byline lines), a body (paragraphs, subheadings, chrome inside it) and a tail
// (credits, trailers, chrome, a sign-off). The decoder (decode.ts) only considers sequences this grammar allows.

export const labels = [
  'h-chrome', 'kicker', 'title', 'subtitle', 'site', 'date', 'h-byline',
  'paragraph', 'heading', 'b-chrome',
  'trailer', 't-chrome', 'signoff',
] as const;

export type Label = (typeof labels)[number];
export const labelId = (l: Label): number => labels.indexOf(l);

/**
 * Decoder states: a label plus where it stands. Head lines before the title and after it are different states
 * (a kicker only right above the title, a subtitle only below it; one title at most).
 */
export const states: readonly { label: Label; phase: 'pre' | 'title' | 'post' | 'body' | 'tail' }[] = [
  { label: 'h-chrome', phase: 'pre' }, { label: 'site', phase: 'pre' }, { label: 'date', phase: 'pre' },
  { label: 'h-byline', phase: 'pre' }, { label: 'kicker', phase: 'pre' },
  { label: 'title', phase: 'title' },
  { label: 'h-chrome', phase: 'post' }, { label: 'site', phase: 'post' }, { label: 'date', phase: 'post' },
  { label: 'h-byline', phase: 'post' }, { label: 'subtitle', phase: 'post' },
  { label: 'paragraph', phase: 'body' }, { label: 'heading', phase: 'body' }, { label: 'b-chrome', phase: 'body' },
  { label: 'trailer', phase: 'tail' }, { label: 't-chrome', phase: 'tail' }, { label: 'signoff', phase: 'tail' },
];

/** Each state's label number, as a typed array (the decoder's inner loop reads it). */
export const stateLabels = Int32Array.from(states, (s) => labelId(s.label));
export const labelOfState = (s: number): number => stateLabels[s]!;

function allowed(from: (typeof states)[number] | null, to: (typeof states)[number]): boolean {
  const preOrTitle = to.phase === 'pre' || to.label === 'title';
  if (from === null) return preOrTitle || to.label === 'paragraph';
  if (from.label === 'kicker') return to.label === 'title';
  switch (from.phase) {
    case 'pre':
      return preOrTitle || to.label === 'paragraph';
    case 'title':
    case 'post':
      return to.phase === 'post' || to.label === 'paragraph';
    case 'body':
      if (from.label === 'heading') return to.label === 'paragraph' || to.label === 'b-chrome';
      return to.phase === 'body' || to.phase === 'tail';
    default:
      return to.phase === 'tail';
  }
}

/** allowedNext[from][to]: the grammar as a table (row `states.length` is the start). */
export const allowedNext: readonly (readonly boolean[])[] = [...states.map((f) => states.map((t) => allowed(f, t))), states.map((t) => allowed(null, t))];

/** States an article may end in: its body or its tail (a text is never all head). */
export const canEnd: readonly boolean[] = states.map((s) => s.label === 'paragraph' || s.phase === 'tail');
