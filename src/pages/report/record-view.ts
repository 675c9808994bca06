import { displayPath } from '../../core/display-path.js';
import { isArabic, rowHtml } from '../article-view.js';
import { factsHtml } from '../facts.js';
import { fieldsHtml } from '../fields.js';
import { html, type Html } from '../html.js';
import { plural } from './format.js';
import type { ReportRecord } from './record.js';

/**
 * The article view of a record, for the report: the record holds the body's blocks and the dropped lines with their
 * rule ids, not the raw text, so it shows the body (each block by its type) and then the dropped lines, struck
 * through, with their line numbers. `tanqih inspect --html` on the file shows every line in place.
 */
export function recordSection(r: ReportRecord, id: string): Html {
  const ar = isArabic(r.warnings);
  const dir = ar ? html`lang="ar" dir="rtl"` : html`dir="auto"`;
  const body = r.blocks.map((b, i) => rowHtml({ line: i + 1, text: b.text, role: b.type, rule: '', filler: false }));
  const dropped = r.boilerplate.map((b) => rowHtml({ line: b.line ?? 0, text: b.text, role: 'boilerplate', rule: b.rule, filler: false }));
  return html`<article class="view record" id="${id}">
<h3 class="path"><bdi dir="ltr"><code>${displayPath(r.path)}</code></bdi> <a class="back" href="#examples">back to the lists</a></h3>
${fieldsHtml(r.fields)}
${factsHtml(r.encoding, r.normalization, r.warnings)}
<h4>Body <span class="muted">(${plural(r.blocks.length, 'block')}, ${plural(r.words, 'word')}; numbered by block: the record keeps no line numbers for them)</span></h4>
${r.blocks.length === 0 ? html`<p class="none">No body text.</p>` : html`<ol class="lines" ${dir}>${body}</ol>`}
<h4>Dropped <span class="muted">(${plural(r.boilerplate.length, 'line')}; numbered by line of the normalised text)</span></h4>
${r.boilerplate.length === 0 ? html`<p class="none">Nothing was dropped.</p>` : html`<ol class="lines" ${dir}>${dropped}</ol>`}
</article>`;
}
