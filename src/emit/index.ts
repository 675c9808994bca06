export { toJsonLine } from './jsonl.js';
export { toJson, jsonArray } from './json.js';
export { toMarkdown } from './markdown.js';
