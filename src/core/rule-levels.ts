import type { Message } from '../core/types.js';
import { closest } from './suggest.js';

/** How a rule's messages are shown: not at all, counted as notes, printed as warnings, or printed as errors (exit 1). */
export type Level = 'off' | 'note' | 'warning' | 'error';

export const levels: readonly Level[] = ['off', 'note', 'warning', 'error'];

/** Per-rule levels, from the config's `"rules"` and `--rule RULE=LEVEL` (later wins). */
export type RuleLevels = Readonly<Record<string, Level>>;

/**
 * The rules whose messages a record carries (its `warnings` and `notes`), with their default level. Files that fail
 * (decode/binary, segment/empty, io/…) have no record: those errors cannot be set.
 */
export const recordRules: Readonly<Record<string, Level>> = {
  'decode/invalid-bytes': 'warning',
  'decode/mixed-encoding': 'warning',
  'decode/mojibake': 'warning',
  'io/lone-surrogate': 'warning',
  'segment/not-arabic': 'warning',
  'segment/empty-body': 'warning',
  'segment/many-docs': 'warning',
  'segment/no-title': 'note',
  'segment/one-line': 'note',
};

/** Rules that fail a file (it gets no record): their level is fixed. */
const fileErrors = /^(?:io\/|internal\/|decode\/binary$|segment\/empty$|manifest\/)/;

/** Why a rule/level pair cannot be set, or null. Unknown but well-formed ids are allowed (a rule added later). */
export function ruleLevelProblem(rule: string, level: unknown): string | null {
  if (!levels.includes(level as Level)) return `The level of "${rule}" must be one of ${levels.map((l) => `"${l}"`).join(', ')}, not ${JSON.stringify(level)}.`;
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(rule)) return `"${rule}" is not a rule id (they look like "segment/no-title").`;
  if (fileErrors.test(rule) && !(rule in recordRules)) return `"${rule}" fails a file (it gets no record), so its level cannot be set.`;
  if (!(rule in recordRules)) {
    const near = closest(rule, Object.keys(recordRules));
    if (near !== null) return `Unknown rule "${rule}" (did you mean "${near}"?).`;
  }
  return null;
}

/** `--rule segment/one-line=off` → [rule, level]; throws a sentence when it is not valid. */
export function parseRuleLevel(spec: string): [string, Level] {
  const m = /^\s*([^=\s]+)\s*[=:]\s*(\S+)\s*$/.exec(spec);
  if (m === null) throw new Error(`--rule takes RULE=LEVEL (e.g. segment/one-line=off), not "${spec}"${/\.json$/.test(spec) ? '; a file of site rules is given with --rules FILE' : ''}.`);
  const problem = ruleLevelProblem(m[1]!, m[2]);
  if (problem !== null) throw new Error(problem);
  return [m[1]!, m[2] as Level];
}

/** The level a message is shown at: an error stays an error (its file failed); else the rule's setting, else its own. */
export function levelOf(m: Message, set: RuleLevels): Level {
  if (m.severity === 'error') return 'error';
  return set[m.rule] ?? (m.severity === 'note' ? 'note' : 'warning');
}
