import { Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { parseSize } from '../core/size.js';

export { parseSize };

function parseCount(s: string): number {
  if (!/^\d+$/.test(s.trim())) throw new UsageError(`Invalid count "${s}": use a whole number (e.g. 0).`);
  return Number(s);
}

/** Options of `ingest` that guard against bad input and runaway runs (see README "Errors and exit codes"). */
export function safetyOptions(): Option[] {
  return [
    new Option('--max-bytes <size>', 'refuse files larger than this, unread (io/too-large); k, M, G units').argParser(parseSize).default(64 * 1024 * 1024, '64M'),
    new Option('--follow-symlinks', 'read symlinks found in folders even when they point outside the folder'),
    new Option('--max-warnings <n>', 'exit 1 when more than N warnings were printed').argParser(parseCount),
  ];
}
