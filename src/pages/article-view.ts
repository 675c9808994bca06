import { displayPath } from '../core/display-path.js';
import type { Message } from '../core/types.js';
import { documentPage } from './document.js';
import { factsHtml } from './facts.js';
import { fieldsHtml } from './fields.js';
import { html, slug, type Html } from './html.js';
import { legendHtml } from './legend.js';
import { struckRoles } from './role-styles.js';
import { viewRows } from './rows.js';
import type { ArticleViewInput, Row } from './types.js';

/** The hover text of a row: `boilerplate · boilerplate/show-more — why`. */
function hoverText(r: Row): string {
  if (r.filler) return r.role === 'blank' ? 'blank line' : 'continues the line above';
  return `${r.role}${r.rule === '' ? '' : ` · ${r.rule}`}${r.reason ? ` — ${r.reason}` : ''}`;
}

/** One row: where (line, role, rule; left to right) and the text (in the list's direction, right to left). */
export function rowHtml(r: Row): Html {
  const cls = `row r-${slug(r.role)}${struckRoles.has(r.role) ? ' struck' : ''}${r.filler ? ' filler' : ''}${r.text === '' ? ' empty' : ''}`;
  return html`<li class="${cls}" data-role="${r.role}" data-rule="${r.rule}" title="${hoverText(r)}"><span class="where" dir="ltr"><span class="ln">${r.line}</span> <span class="role">${r.role}</span> <code class="rule">${r.rule}</code>${r.reason ? html` <span class="reason">${r.reason}</span>` : ''}</span><span class="text">${r.text}</span></li>`;
}

/** Whether the text reads as Arabic: the record says so unless it carries `segment/not-arabic`. */
export function isArabic(warnings: readonly { rule: string }[]): boolean {
  return !warnings.some((w) => w.rule === 'segment/not-arabic');
}

/** One article: its path, fields, decoding facts and every line of its normalised text by role. */
export function articleSection(a: ArticleViewInput, id: string): Html {
  const ar = isArabic(a.warnings);
  return html`<article class="view" id="${id}">
<h2 class="path"><bdi dir="ltr"><code>${displayPath(a.path)}</code></bdi></h2>
${fieldsHtml(a.fields)}
${factsHtml(a.encoding, a.normalization, a.warnings)}
<h3>Lines of the normalised text</h3>
<ol class="lines" ${ar ? html`lang="ar" dir="rtl"` : html`dir="auto"`}>${viewRows(a.text, a.pieces).map(rowHtml)}</ol>
</article>`;
}

/** The list at the top of a page of several files: each article with its title, each failed file with its error. */
function fileList(views: readonly ArticleViewInput[], failures: readonly Message[]): Html {
  const items = views.map((v, i) => {
    const title = typeof v.fields.title === 'string' ? v.fields.title : null;
    return html`<li><a href="#a-${i + 1}"><bdi dir="ltr"><code>${displayPath(v.path)}</code></bdi></a> ${title === null ? html`<span class="none">(no title)</span>` : html`<bdi lang="ar" dir="rtl">${title}</bdi>`}</li>`;
  });
  const failed = failures.map((m) => html`<li class="failed"><bdi dir="ltr"><code>${displayPath(m.path)}</code></bdi> <span class="muted">failed: ${m.message} <code>(${m.rule})</code></span></li>`);
  return html`<nav class="box" aria-label="files"><h2>Files</h2><ol>${items}${failed}</ol></nav>`;
}

export interface PageMeta {
  /** Name and version, e.g. "tanqih 0.1.0". */
  generator: string;
}

/**
 * `tanqih inspect --html`: one self-contained page for one or several files — a list (several files), the legend
 * (every role, every rule that fired), then each article. Pure: same input, same page.
 */
export function articlePage(views: readonly ArticleViewInput[], failures: readonly Message[], meta: PageMeta): string {
  const pieces = views.flatMap((v) => viewRows(v.text, v.pieces));
  const title = views.length === 1 && failures.length === 0 ? `${displayPath(views[0]!.path)} — tanqih` : `${views.length} articles — tanqih`;
  const body = html`<header><h1>Article view <span class="muted">· ${meta.generator}</span></h1>
<p class="muted">Each line of the normalised text with the role it got and the rule that decided it (hover a line for the reason). Boilerplate is struck through, not hidden.</p></header>
${views.length + failures.length > 1 ? fileList(views, failures) : ''}
${legendHtml(pieces)}
${views.map((v, i) => articleSection(v, `a-${i + 1}`))}`;
  return documentPage(title, meta.generator, body);
}
