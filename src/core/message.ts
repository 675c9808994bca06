import { displayPath } from './display-path.js';
import type { Message } from './types.js';

/** How a message's severity and rule id are styled (the CLI passes colours; the default is plain text). */
export interface MessageStyle {
  error: (s: string) => string;
  warning: (s: string) => string;
  dim: (s: string) => string;
}

const plain: MessageStyle = { error: (s) => s, warning: (s) => s, dim: (s) => s };

/** `path:line: severity message (rule)` — the line is left out when the message is about the whole file. */
export function formatMessage(m: Message, style: MessageStyle = plain): string {
  const where = m.line === null ? displayPath(m.path) : `${displayPath(m.path)}:${m.line}`;
  const severity = m.severity === 'error' ? style.error('error') : m.severity === 'warning' ? style.warning('warning') : style.dim('note');
  return `${where}: ${severity} ${m.message} ${style.dim(`(${m.rule})`)}`;
}
