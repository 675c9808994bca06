import { foldKey } from '../fold.js';
import type { CompiledRules, SegmentRules } from '../work.js';
import { siteNames } from '../data/sites.js';
import { chromeLines, cutoffLines } from './phrases.js';

const builtinSites = siteNames.map(foldKey);
const builtinLines = chromeLines.map(([phrase, rule]) => [foldKey(phrase), rule] as const);
const builtinCutoffs = cutoffLines.map(foldKey);
let defaults: CompiledRules | null = null;
const byObject = new WeakMap<SegmentRules, CompiledRules>();
let lastKey = '';
let lastCompiled: CompiledRules | null = null;

/**
 * Built-in rule lists merged with a user's `--rules`, compiled once per rules object (and, for copies that
 * worker threads receive, once per distinct content).
 */
export function compileRules(user?: SegmentRules): CompiledRules {
  if (!user) return compileDefaults();
  const cached = byObject.get(user);
  if (cached) return cached;
  const key = JSON.stringify(user);
  if (key !== lastKey || !lastCompiled) {
    lastKey = key;
    lastCompiled = compileUser(user);
  }
  byObject.set(user, lastCompiled);
  return lastCompiled;
}

function compileDefaults(): CompiledRules {
  defaults ??= withLengths({
    sites: new Set(builtinSites),
    lines: new Map(builtinLines),
    patterns: [],
    cutoffs: new Set(builtinCutoffs),
  });
  return defaults;
}

function compileUser(user: SegmentRules): CompiledRules {
  return withLengths({
    sites: new Set([...builtinSites, ...(user.sites ?? []).map(foldKey)]),
    lines: new Map([...builtinLines, ...(user.boilerplateLines ?? []).map((l) => [foldKey(l), 'user/boilerplate-line'] as const)]),
    patterns: (user.patterns ?? []).map((p) => new RegExp(p, 'u')),
    cutoffs: new Set([...builtinCutoffs, ...(user.cutoffLines ?? []).map(foldKey)]),
  });
}

/** The rules with the length of their longest line and cut-off key: a longer key is in neither list, and is not looked up. */
function withLengths(rules: Omit<CompiledRules, 'longestLine' | 'longestCutoff'>): CompiledRules {
  const longest = (keys: Iterable<string>): number => Math.max(0, ...[...keys].map((k) => k.length));
  return { ...rules, longestLine: longest(rules.lines.keys()), longestCutoff: longest(rules.cutoffs) };
}
