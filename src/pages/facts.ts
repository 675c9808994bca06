import type { EncodingReport, Warning } from '../core/types.js';
import { html, type Html } from './html.js';

/** `utf-8 · confidence 1 · no BOM · newline lf · repaired: —`. */
export function encodingHtml(e: EncodingReport | null): Html {
  if (e === null) return html`<span class="none">—</span>`;
  return html`<code>${e.name}</code> · confidence ${e.confidence} · ${e.bom ? 'BOM' : 'no BOM'} · newline ${e.newline}${e.repaired ? html` · repaired: ${e.repaired}` : ''}`;
}

/** `display · tatweel 3 · spaces 1` (ops that changed nothing are not listed). */
export function normalizationHtml(n: { profile: string; changes: Readonly<Record<string, number>> } | null): Html {
  if (n === null) return html`<span class="none">—</span>`;
  const changes = Object.entries(n.changes).filter(([, count]) => count > 0);
  return html`<code>${n.profile}</code> · ${changes.length === 0 ? 'no changes' : changes.map(([op, count], i) => html`${i > 0 ? ', ' : ''}<code>${op}</code> ${count}`)}`;
}

/** The warnings the record carries, as `line N: message (rule)`. */
export function warningsHtml(warnings: readonly Warning[]): Html {
  if (warnings.length === 0) return html`<span class="none">none</span>`;
  return html`<ul class="warnings">${warnings.map(
    (w) => html`<li>${w.line === null ? '' : html`line ${w.line}: `}${w.message} <code>(${w.rule})</code></li>`,
  )}</ul>`;
}

/** The box under the fields: decoding, normalisation and warnings. */
export function factsHtml(e: EncodingReport | null, n: { profile: string; changes: Readonly<Record<string, number>> } | null, w: readonly Warning[]): Html {
  return html`<dl class="fields facts box"><dt>encoding</dt><dd>${encodingHtml(e)}</dd><dt>normalisation</dt><dd>${normalizationHtml(n)}</dd><dt>warnings</dt><dd>${warningsHtml(w)}</dd></dl>`;
}
