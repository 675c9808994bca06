import { describe, expect, it } from 'vitest';
import { articlePage } from '../src/pages/article-view.js';
import { fieldsHtml } from '../src/pages/fields.js';
import { Html, html } from '../src/pages/html.js';
import { legendHtml, legendRoles } from '../src/pages/legend.js';
import { viewRows } from '../src/pages/rows.js';
import type { ArticleViewInput } from '../src/pages/types.js';
import { roles, type Role } from '../src/segment/work.js';

// The legend is driven by `roles`: a role added to the `Role` union but not to the list fails the type check here.
type Unlisted = Exclude<Role, (typeof roles)[number]>;
const everyRoleListed: [Unlisted] extends [never] ? true : false = true;

describe('the html tag', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `<script>alert("x")</script> & 'q'`;
    expect(html`<p title="${evil}">${evil}</p>`.toString()).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>',
    );
  });

  it('keeps nested markup as it is, escapes the strings inside it once, and flattens lists', () => {
    const items = ['a<b', 'c&d'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.toString()).toBe('0');
    expect(Html.join(['<x>', html`<y>`], html`, `).toString()).toBe('&lt;x&gt;, <y>');
  });

  it('refuses a plain array posing as a template (only literal parts are trusted)', () => {
    const forged = ['<script>'] as unknown as TemplateStringsArray;
    expect(() => html(forged)).toThrow(TypeError);
  });
});

describe('rows of the line view', () => {
  it('orders the pieces of a one-line page by where they stand, and fills lines without a piece', () => {
    const text = 'aaa bbb ccc\n\ncontinued';
    const rows = viewRows(text, [
      { line: 1, text: 'ccc', role: 'boilerplate', rule: 'r/c' },
      { line: 1, text: 'aaa', role: 'title', rule: 'r/a' },
      { line: 1, text: 'bbb', role: 'paragraph', rule: 'r/b' },
    ]);
    expect(rows.map((r) => [r.line, r.text, r.role])).toEqual([
      [1, 'aaa', 'title'],
      [1, 'bbb', 'paragraph'],
      [1, 'ccc', 'boilerplate'],
      [2, '', 'blank'],
      [3, 'continued', 'paragraph'],
    ]);
    expect(rows[4]!.filler).toBe(true);
  });

  it('uses a piece offset when the segmenter gives one', () => {
    const rows = viewRows('x x', [
      { line: 1, text: 'x', role: 'b', rule: 'r', start: 2 },
      { line: 1, text: 'x', role: 'a', rule: 'r', start: 0 },
    ]);
    expect(rows.map((r) => r.role)).toEqual(['a', 'b']);
  });
});

describe('the legend', () => {
  it('lists every declared role, then unknown roles the pieces carry, each once', () => {
    const unknown = 'pull-quote' as Role;
    const got = legendRoles([{ line: 1, text: 't', role: unknown, rule: 'k' }, { line: 2, text: 't', role: 'title', rule: 't' }, { line: 3, text: 't', role: unknown, rule: 'k' }]);
    expect(got).toEqual([...roles, 'pull-quote']);
  });

  it('shows an unknown role with the neutral style, and the reason of a rule', () => {
    const out = legendHtml([{ line: 1, text: 't', role: 'pull-quote', rule: 'quote/pull', reason: 'short line in quotes between paragraphs' }], ['title']).toString();
    expect(out).toContain('data-role="title"');
    expect(out).toContain('data-role="pull-quote"');
    expect(out).toContain('a role this page does not describe yet');
    expect(out).toContain('short line in quotes between paragraphs');
  });
});

describe('fields', () => {
  it('shows kicker, subtitle, section and meta when the record has them, and leaves them out when not', () => {
    const rich = fieldsHtml({ kicker: 'عاجل', title: 'عنوان', subtitle: 'عنوان فرعي', section: 'اقتصاد', meta: { tags: ['أ', 'ب'] } }).toString();
    for (const f of ['kicker', 'subtitle', 'section', 'meta']) expect(rich).toContain(`data-field="${f}"`);
    expect(rich).toContain('اقتصاد');
    expect(rich).toContain('tags:');
    const bare = fieldsHtml({ title: null }).toString();
    for (const f of ['kicker', 'subtitle', 'section', 'meta']) expect(bare).not.toContain(`data-field="${f}"`);
    // absent title, site, author, date are shown as absent
    for (const f of ['title', 'site', 'author', 'date']) expect(bare).toContain(`data-field="${f}"`);
  });

  it('shows the url as text, never as a link', () => {
    const out = fieldsHtml({ url: 'javascript:alert(1)' }).toString();
    expect(out).not.toContain('href');
    expect(out).toContain('javascript:alert(1)');
  });
});

describe('the article page', () => {
  const view: ArticleViewInput = {
    path: 'a/<b>.txt',
    fields: { title: '<script>alert(1)</script>' },
    text: 'عنوان <img src=x onerror=alert(1)>\n\nنص',
    pieces: [{ line: 1, text: 'عنوان <img src=x onerror=alert(1)>', role: 'title', rule: 'title/first-line', reason: 'first "line" <b>' }],
    encoding: { name: 'utf-8', confidence: 1, bom: false, newline: 'lf', repaired: null },
    normalization: { profile: 'display', changes: { tatweel: 2, spaces: 0 } },
    warnings: [{ rule: 'segment/x', line: 3, message: 'a <warning>' }],
  };
  const page = articlePage([view], [], { generator: 'tanqih test' });

  it('has no markup from the article: every < of its text is escaped', () => {
    expect(page).not.toMatch(/<(script|img|b>)/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('title · title/first-line — first &quot;line&quot; &lt;b&gt;');
  });

  it('is one self-contained document: no script, nothing fetched, a policy that forbids both', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<(script|link|img|iframe|object|embed)\b|url\(|@import/i);
    expect(page).not.toMatch(/<[^>]*\s(src|href)=/i); // no attribute that could fetch: the only links are #anchors
    expect(page).toContain('default-src &#39;none&#39;'); // an attribute: the browser reads 'none'
  });

  it('marks the Arabic text right to left, and shows the counts that changed', () => {
    expect(page).toMatch(/<ol class="lines" lang="ar" dir="rtl">/);
    expect(page).toContain('<code>tatweel</code> 2');
    expect(page).not.toContain('<code>spaces</code>');
  });

  it('is pure: the same input gives the same page', () => {
    expect(articlePage([view], [], { generator: 'tanqih test' })).toBe(page);
  });
});

it('the roles list holds every role of the Role type (checked by the compiler above)', () => {
  expect(everyRoleListed).toBe(true);
  expect(new Set(roles).size).toBe(roles.length);
});
