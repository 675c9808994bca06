import { displayPath } from './display-path.js';
import type { Message } from './types.js';

/** `path:line: severity message (rule)` — the line is left out when the message is about the whole file. */
export function formatMessage(m: Message): string {
  const where = m.line === null ? displayPath(m.path) : `${displayPath(m.path)}:${m.line}`;
  return `${where}: ${m.severity} ${m.message} (${m.rule})`;
}
