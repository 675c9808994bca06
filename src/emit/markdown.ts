import type { Article } from '../core/types.js';
import { yamlList, yamlScalar } from './yaml.js';

/** How Markdown is written: `raw` keeps the text as it is (HTML and Markdown characters in it take effect). */
export interface MarkdownOptions {
  raw?: boolean | undefined;
}

/** One line of Markdown text: line breaks inside a field become spaces so a heading stays one line. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

/**
 * Text as Markdown that shows exactly that text: `<`, `>` and `&` as entities (a scraped `<img onerror=…>` stays
 * text on the page a static site makes of it), and the characters of Markdown's inline syntax backslash-escaped
 * (CommonMark escapes any ASCII punctuation this way): emphasis, code, links and images, tables, strikethrough.
 */
function escapeInline(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** A line that would read as Markdown syntax (a heading, quote, list item, rule, fence) gets its first mark escaped. */
function escapeLineStart(s: string): string {
  // CommonMark escapes ASCII punctuation only, so an ordered-list start escapes its dot: "2024\\. …"
  return s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^(#|>|[-+*](?=\s|$)|={3,}|`{3,}|~{3,})/, '\\$1');
}

/** A block's text: every line's start escaped, and (unless raw) every character that Markdown or HTML would read. */
function blockText(s: string, raw: boolean): string {
  return s
    .split('\n')
    .map((line) => (raw ? escapeLineStart(line) : escapeLineStart(escapeInline(line))))
    .join('\n');
}

/** A YAML flow mapping of a record's small object (`{place: بيروت, agency: null, raw: "…"}`), or null. */
function yamlMap(o: object | null): string {
  if (o === null) return 'null';
  const parts = Object.entries(o).map(([k, v]) => `${yamlScalar(k)}: ${typeof v === 'number' ? String(v) : yamlScalar(v as string | null)}`);
  return `{${parts.join(', ')}}`;
}

/**
 * The front matter: every field of the record a static site may show (headline, kicker, deck, section, site, author,
 * dates, dateline, agencies, url, metadata, source path), and the language and direction of the text (`lang: ar`,
 * `dir: rtl`; a text with no Arabic letter gets `lang: und`, `dir: auto`).
 */
function frontMatter(a: Article): string[] {
  const arabic = !a.warnings.some((w) => w.rule === 'segment/not-arabic');
  return [
    '---',
    `title: ${yamlScalar(a.title)}`,
    `kicker: ${yamlScalar(a.kicker)}`,
    `subtitle: ${yamlScalar(a.subtitle)}`,
    `section: ${yamlScalar(a.section)}`,
    `sitename: ${yamlScalar(a.sitename)}`,
    `author: ${yamlScalar(a.author)}`,
    `date: ${yamlScalar(a.date)}`,
    `dateRaw: ${yamlScalar(a.dateRaw)}`,
    `hijriDate: ${yamlMap(a.hijriDate)}`,
    `dateline: ${yamlMap(a.dateline)}`,
    `agencies: ${yamlList(a.agencies)}`,
    `url: ${yamlScalar(a.url)}`,
    `meta: ${yamlMap(a.meta)}`,
    `path: ${yamlScalar(a.path)}`,
    `lang: ${arabic ? 'ar' : 'und'}`,
    `dir: ${arabic ? 'rtl' : 'auto'}`,
    '---',
    '',
  ];
}

/** An article as Markdown: YAML front matter, `# title`, paragraphs, `## heading` for subheadings. */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const raw = options.raw === true;
  const inline = (s: string): string => (raw ? s : escapeInline(s));
  const body: string[] = [];
  if (article.title !== null) body.push(`# ${inline(oneLine(article.title))}`, '');
  for (const block of article.blocks) {
    body.push(block.type === 'heading' ? `## ${inline(oneLine(block.text))}` : blockText(block.text, raw), '');
  }
  return [...frontMatter(article), ...body].join('\n').replace(/\n+$/, '\n');
}

/** One article of an --out folder, as the folder's index lists it. */
export interface IndexEntry {
  /** The article's file, relative to the index (POSIX). */
  output: string;
  title: string | null;
  date: string | null;
}

/** A link target that any Markdown reader follows: each path segment percent-encoded (spaces, brackets, Arabic). */
function linkTarget(output: string): string {
  return output.split('/').map(encodeURIComponent).join('/');
}

/** `index.md` of a Markdown --out folder: front matter, then one line per article (title, linked, and date), in path order. */
export function toMarkdownIndex(entries: readonly IndexEntry[], tool: string): string {
  const lines = ['---', 'title: Articles', 'lang: ar', 'dir: rtl', `generator: ${yamlScalar(tool)}`, '---', '', '# Articles', ''];
  for (const e of [...entries].sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0))) {
    const name = e.title !== null ? oneLine(e.title) : e.output.replace(/\.md$/, '');
    lines.push(`- [${escapeInline(name)}](${linkTarget(e.output)})${e.date !== null ? ` — ${e.date}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
