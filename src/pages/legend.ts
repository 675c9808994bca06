import { roles as segmentRoles } from '../segment/work.js';
import { html, slug, type Html } from './html.js';
import { styleOf } from './role-styles.js';
import type { ViewPiece } from './types.js';

/** What the legend counts of one rule. */
interface RuleUse {
  rule: string;
  role: string;
  count: number;
  /** The reasons given for it; a rule with one fixed reason has one. */
  reasons: Set<string>;
}

/** Every role the segmenter declares, then any other role the pieces carry (the list is open). */
export function legendRoles(pieces: Iterable<ViewPiece>, declared: readonly string[] = segmentRoles): string[] {
  const out = [...declared];
  const seen = new Set(out);
  for (const p of pieces) if (!seen.has(p.role)) (seen.add(p.role), out.push(p.role));
  return out;
}

function ruleUses(pieces: Iterable<ViewPiece>): RuleUse[] {
  const uses = new Map<string, RuleUse>();
  for (const p of pieces) {
    const key = `${p.role}\u0000${p.rule}`;
    const u = uses.get(key) ?? { rule: p.rule, role: p.role, count: 0, reasons: new Set<string>() };
    u.count++;
    if (typeof p.reason === 'string' && p.reason !== '') u.reasons.add(p.reason);
    uses.set(key, u);
  }
  return [...uses.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

function reasonHtml(u: RuleUse): Html {
  if (u.reasons.size === 0) return html`<span class="none">—</span>`;
  if (u.reasons.size === 1) return html`${[...u.reasons][0]}`;
  return html`<span class="muted">differs per line (${u.reasons.size} reasons): hover a line</span>`;
}

/**
 * The legend: each role with its colour, meaning and how many pieces got it, then each rule that fired with its role,
 * count and reason. Roles come from `roles` (src/segment/model.ts) plus any the pieces carry.
 */
export function legendHtml(pieces: readonly ViewPiece[], declared?: readonly string[]): Html {
  const counts = new Map<string, number>();
  for (const p of pieces) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  const shown = legendRoles(pieces, declared);
  const chips = shown.map(
    (role) => html`<li class="r-${slug(role)}" data-role="${role}" title="${styleOf(role).meaning}"><span class="swatch"></span><span class="role">${role}</span> <span class="count">${counts.get(role) ?? 0}</span></li>`,
  );
  const meanings = shown.map((role) => html`<dt class="r-${slug(role)}"><span class="swatch"></span><span class="role">${role}</span></dt><dd>${styleOf(role).meaning}</dd>`);
  const uses = ruleUses(pieces.filter((p) => p.rule !== '' && p.rule !== '(continued)'));
  const ruleRows = uses.map(
    (u) => html`<tr class="r-${slug(u.role)}"><td data-label="rule"><code>${u.rule}</code></td><td data-label="role"><span><span class="swatch"></span>${u.role}</span></td><td data-label="pieces" class="num">${u.count}</td><td data-label="reason">${reasonHtml(u)}</td></tr>`,
  );
  return html`<section class="legend box" aria-labelledby="legend-title">
<h2 id="legend-title">Legend <span class="count">(pieces per role)</span></h2>
<ul class="roles">${chips}</ul>
<details><summary>What each role means${uses.length === 0 ? '' : html`, and the ${uses.length} rules that fired`}</summary>
<dl class="fields meanings">${meanings}</dl>
${uses.length === 0 ? '' : html`<table class="rules cards"><thead><tr><th>rule</th><th>role</th><th>pieces</th><th>reason</th></tr></thead><tbody>${ruleRows}</tbody></table>`}
</details>
</section>`;
}
