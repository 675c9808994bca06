export { toJsonLine } from './jsonl.js';
export { toJson, jsonArray } from './json.js';
export { toMarkdown, toMarkdownIndex, type IndexEntry, type MarkdownOptions } from './markdown.js';
