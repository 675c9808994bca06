import { Option } from 'commander';
import { UsageError } from '../../core/errors.js';

/** What `tanqih report` is given (commander's parsed options). */
export interface ReportOptions {
  out?: string | undefined;
  runReport?: string[] | undefined;
  depth?: number | undefined;
  examples?: number | undefined;
}

function wholeNumber(flag: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} expects a whole number >= ${min}, not "${value}".`);
    return n;
  };
}

/** The options of `tanqih report`. */
export function reportOptions(): Option[] {
  return [
    new Option('-o, --out <file>', 'write the page to FILE (default: stdout)'),
    new Option('--run-report <file>', 'the JSON report of the run (ingest --report FILE), to count and list failed files; repeatable').argParser((v: string, prev: string[] = []) => [...prev, v]),
    new Option('--depth <n>', 'folder levels below the folder all records share that name a source').argParser(wholeNumber('--depth', 1)).default(1),
    new Option('--examples <n>', 'records shown per list of examples').argParser(wholeNumber('--examples', 0)).default(5),
  ];
}
