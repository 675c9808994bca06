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

/** An article as Markdown: YAML front matter, `# title`, paragraphs, `## heading` for subheadings. */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const raw = options.raw === true;
  const inline = (s: string): string => (raw ? s : escapeInline(s));
  const front = [
    '---',
    `title: ${yamlScalar(article.title)}`,
    `sitename: ${yamlScalar(article.sitename)}`,
    `author: ${yamlScalar(article.author)}`,
    `date: ${yamlScalar(article.date)}`,
    `agencies: ${yamlList(article.agencies)}`,
    `path: ${yamlScalar(article.path)}`,
    '---',
    '',
  ];
  const body: string[] = [];
  if (article.title !== null) body.push(`# ${inline(oneLine(article.title))}`, '');
  for (const block of article.blocks) {
    body.push(block.type === 'heading' ? `## ${inline(oneLine(block.text))}` : blockText(block.text, raw), '');
  }
  return [...front, ...body].join('\n').replace(/\n+$/, '\n');
}
