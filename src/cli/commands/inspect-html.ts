import path from 'node:path';
import { FileError, RunError } from '../../core/errors.js';
import { prepareText } from '../../core/pipeline.js';
import type { Message } from '../../core/types.js';
import { describeIoError, readInput } from '../../io/read.js';
import { describeWriteError } from '../../io/output-plan.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { articlePage } from '../../pages/article-view.js';
import type { ArticleViewInput } from '../../pages/types.js';
import { segmentTrace } from '../../segment/index.js';
import { ExitCode, exitCodeFor } from '../exit-codes.js';
import { reportInput } from '../input-failure.js';
import type { Io } from '../process-io.js';
import { isEpipe, write } from '../../io/streams.js';
import type { InspectOptions } from './inspect.js';

/** One file as `inspect` sees it: the view's input, or the error message that stopped it. */
async function viewOf(file: string, options: InspectOptions, io: Io): Promise<ArticleViewInput | Message> {
  const fail = (rule: string, message: string, line: number | null = null): Message => ({ path: file, line, severity: 'error', rule, message });
  let prepared;
  try {
    prepared = prepareText(await readInput(file, io.cwd(), io.stdin), { ...options, template: undefined });
  } catch (err) {
    if (err instanceof FileError) return fail(err.rule, err.message, err.line);
    if ((err as NodeJS.ErrnoException | undefined)?.code === undefined || isEpipe(err)) throw err;
    const { rule, message } = describeIoError(err);
    return rule === 'io/not-found' ? fail(rule, 'No such file or directory') : fail(rule, message);
  }
  const text = prepared.normalized.text;
  const { segmented, pieces } = segmentTrace(text, { rules: options.rules });
  const warnings = prepared.notArabic ? prepared.warnings : [...prepared.warnings, ...segmented.warnings];
  return { path: file, fields: segmented, text, pieces, encoding: prepared.decoded.encoding, normalization: prepared.normalization, warnings };
}

/**
 * `tanqih inspect --html OUT FILE…`: one page with every file's article view (`-` as OUT writes it to stdout). A file
 * that fails gets its message on stderr and a line in the page's list; the others go on. The exit code is ingest's:
 * 66 when a named file does not exist, else 1 when one failed. No page is written when no file gave an article.
 */
export async function runInspectHtml(files: readonly string[], out: string, options: InspectOptions, io: Io, generator: string): Promise<number> {
  const target = out === '-' ? null : path.resolve(io.cwd(), out);
  if (target !== null && files.some((f) => f !== '-' && path.resolve(io.cwd(), f) === target)) {
    throw new RunError(`Refusing to write ${out}: it is one of the inputs (io/output-is-input).`, ExitCode.cantCreate);
  }
  const views: ArticleViewInput[] = [];
  const failures: Message[] = [];
  for (const file of files.length > 0 ? files : ['-']) {
    const v = await viewOf(file, options, io);
    if ('severity' in v) {
      reportInput(io, v.path, v.severity, v.rule, v.message, v.line);
      failures.push(v);
    } else views.push(v);
  }
  if (views.length > 0) {
    const page = articlePage(views, failures, { generator });
    if (out === '-') await write(io.stdout, page);
    else await writeAtomic(target!, page).catch((err: unknown) => Promise.reject(describeWriteError(err, out)));
  }
  const missing = failures.filter((m) => m.rule === 'io/not-found').length;
  return exitCodeFor({ failed: failures.length - missing, missing, warnings: 0 });
}
