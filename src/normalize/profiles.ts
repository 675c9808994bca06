import { opNames, type DigitsMode, type OpName } from './ops.js';

export const profileNames = ['display', 'search', 'none'] as const;
export type ProfileName = (typeof profileNames)[number];

export interface Profile {
  readonly ops: readonly OpName[];
  readonly digits: DigitsMode;
}

/**
 * Profiles are named lists of ops. `display` cleans without changing how a word is spelled; `search` folds
 * spelling variants for indexing and NLP; `none` only unifies line breaks.
 */
export const profiles: Readonly<Record<ProfileName, Profile>> = {
  display: {
    ops: ['newlines', 'nfc', 'presentation-forms', 'tatweel', 'invisible', 'controls', 'spaces', 'farsi-letters'],
    digits: 'keep',
  },
  search: {
    // every op but `hamza`, which no profile runs (`--normalize +hamza` adds it)
    ops: opNames.filter((n) => n !== 'hamza'),
    digits: 'ascii',
  },
  none: { ops: ['newlines'], digits: 'keep' },
};

/** True for a known profile name. */
export function isProfileName(name: string): name is ProfileName {
  return (profileNames as readonly string[]).includes(name);
}
