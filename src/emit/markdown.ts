import type { Article } from '../core/types.js';
import { yamlList, yamlScalar } from './yaml.js';

/** One line of Markdown text: line breaks inside a field become spaces so a heading stays one line. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
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
    body.push(block.type === 'heading' ? `## ${oneLine(block.text)}` : block.text, '');
  }
  return [...front, ...body].join('\n').replace(/\n+$/, '\n');
}
