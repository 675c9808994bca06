import { linePatterns } from './boilerplate/patterns.js';
import { foldKey } from './fold.js';
import { hasWords, type CompiledRules, type Role } from './work.js';

export interface LineVerdict {
  role: Extract<Role, 'boilerplate' | 'credit'>;
  rule: string;
}

/** Lines longer than this are prose, never chrome: rules only look at short lines (keeps the work linear). */
export const maxChromeLength = 200;

/** Whether a whole line is chrome or a credit by the rule lists, and which rule says so. */
export function classifyLine(text: string, rules: CompiledRules, folded?: string): LineVerdict | null {
  if (text.length > maxChromeLength) return null;
  const key = folded ?? foldKey(text);
  if (key === '') return null;
  const rule = rules.lines.get(key);
  if (rule) return { role: 'boilerplate', rule };
  // patterns describe labels and contact lines; a line of many words is a sentence, whatever it starts with
  if (!hasWords(key, 16)) for (const [re, id, role, need] of linePatterns) if ((need === undefined || need(key)) && re.test(key)) return { role, rule: id };
  for (const re of rules.patterns) if (re.test(text) || re.test(key)) return { role: 'boilerplate', rule: 'user/pattern' };
  return null;
}

/** Whether a line is a cut-off heading (related links, comments): it and what follows leave the body. */
export function isCutoff(text: string, rules: CompiledRules, folded?: string): boolean {
  if (text.length > 60) return false;
  const key = (folded ?? foldKey(text)).replace(/[:：.…]+$/u, '').trim();
  return rules.cutoffs.has(key);
}
