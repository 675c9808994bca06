import type { Message } from '../core/types.js';
import { levelOf, type Level, type RuleLevels } from '../core/rule-levels.js';

/** What a run's messages came to, after the rule levels: counts by level and by rule, for the summary and the exit code. */
export class Tally {
  readonly byLevel: Record<Level, Map<string, number>> = { off: new Map(), note: new Map(), warning: new Map(), error: new Map() };
  /** Warnings raised to errors by a rule level (their files still have records). */
  raised = 0;

  constructor(private readonly set: RuleLevels) {}

  /** Counts one message; returns the level it is shown at. */
  add(m: Message): Level {
    const level = levelOf(m, this.set);
    const counts = this.byLevel[level];
    counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
    if (level === 'error' && m.severity !== 'error') this.raised++;
    return level;
  }

  count(level: Level): number {
    let n = 0;
    for (const v of this.byLevel[level].values()) n += v;
    return n;
  }

  /** The rules of one level, most frequent first (ties by name). */
  top(level: Level): [string, number][] {
    return [...this.byLevel[level]].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
}
