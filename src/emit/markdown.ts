import type { Article } from '../core/types.js';
import { yamlList, yamlScalar } from './yaml.js';

/** One line of Markdown text: line breaks inside a field become spaces so a heading stays one line. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

/** A paragraph that would read as Markdown syntax (a heading, quote, list item, rule) gets its first mark escaped. */
function escapeBlockStart(s: string): string {
  // CommonMark escapes ASCII punctuation only, so an ordered-list start escapes its dot: "2024\\. …"
  return s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^(#|>|[-+*](?=\s|$)|={3,}|`{3,}|~{3,})/, '\\$1');
}

/** An article as Markdown: YAML front matter, `# title`, paragraphs, `## heading` for subheadings. */
export function toMarkdown(article: Article): string {
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
  if (article.title !== null) body.push(`# ${oneLine(article.title)}`, '');
  for (const block of article.blocks) {
    body.push(block.type === 'heading' ? `## ${oneLine(block.text)}` : escapeBlockStart(block.text), '');
  }
  return [...front, ...body].join('\n').replace(/\n+$/, '\n');
}
