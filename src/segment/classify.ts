import { linePatterns } from './boilerplate/patterns.js';
import { foldKey } from './fold.js';
import { hasWords, type CompiledRules, type Role } from './work.js';

export interface LineVerdict {
  role: Extract<Role, 'boilerplate' | 'credit'>;
  rule: string;
}

/** Lines longer than this are prose, never chrome: rules only look at short lines (keeps the work linear). */
export const maxChromeLength = 200;

/**
 * Whether a line pattern is asked through `joinedPatterns`: one without a `need` (those are screened by it), under
 * the flags every pattern has (`u`), without group numbers or names that joining would change.
 */
const joinable = ([re, , , need]: (typeof linePatterns)[number]): boolean => need === undefined && re.flags === 'u' && !/\\[1-9k]|\(\?<[^=!]/u.test(re.source);
/**
 * The joinable patterns as one alternation: it matches a key exactly when one of them does. Most short lines match
 * none, and one call answers that for all of them instead of a call each (most fail on their first unit, but each
 * call costs about as much as the work it does).
 */
const joinedPatterns = new RegExp(linePatterns.filter(joinable).map(([re]) => `(?:${re.source})`).join('|'), 'u');
/** The patterns `joinedPatterns` does not answer for (each screened by its `need`), in their order. */
const screened = linePatterns.filter((p) => !joinable(p));

/** Whether a whole line is chrome or a credit by the rule lists, and which rule says so. */
export function classifyLine(text: string, rules: CompiledRules, folded?: string): LineVerdict | null {
  if (text.length > maxChromeLength) return null;
  const key = folded ?? foldKey(text);
  if (key === '') return null;
  const rule = key.length <= rules.longestLine ? rules.lines.get(key) : undefined;
  if (rule) return { role: 'boilerplate', rule };
  // patterns describe labels and contact lines; a line of many words is a sentence, whatever it starts with
  if (!hasWords(key, 16)) {
    // the first pattern in order that matches; when no joined one can, only the others are asked (most lines)
    const list = joinedPatterns.test(key) ? linePatterns : screened;
    for (let k = 0; k < list.length; k++) {
      const [re, id, role, need] = list[k]!;
      if ((need === undefined || need(key)) && re.test(key)) return { role, rule: id };
    }
  }
  for (const re of rules.patterns) if (re.test(text) || re.test(key)) return { role: 'boilerplate', rule: 'user/pattern' };
  return null;
}

/** Whether a line is a cut-off heading (related links, comments): it and what follows leave the body. */
export function isCutoff(text: string, rules: CompiledRules, folded?: string): boolean {
  if (text.length > 60) return false;
  const whole = folded ?? foldKey(text);
  // (the trailing marks are replaced only when the key ends with one: the expression cannot match otherwise)
  const key = (headingEnd(whole.charCodeAt(whole.length - 1)) ? whole.replace(/[:：.…]+$/u, '') : whole).trim();
  return key.length <= rules.longestCutoff && rules.cutoffs.has(key);
}

/** COLON, FULLWIDTH COLON, FULL STOP, HORIZONTAL ELLIPSIS: what a heading may end with. */
const headingEnd = (c: number): boolean => c === 0x3a || c === 0xff1a || c === 0x2e || c === 0x2026;
