import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { RunError } from '../core/errors.js';
import type { FolderTemplate } from '../segment/index.js';

const EX_CONFIG = 78;

/** A template as stable JSON: keys sorted, so the same template is the same bytes (and the same hash). */
export function templateJson(t: FolderTemplate): string {
  const sorted = (o: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ tanqihTemplate: 1, files: t.files, head: sorted(t.head), tail: sorted(t.tail) }, null, 1)}\n`;
}

/** What a run records of its template in the manifest's options: a short hash (a changed template redoes every output). */
export function templateId(t: FolderTemplate): string {
  return createHash('sha1').update(templateJson(t)).digest('hex');
}

const isCountMap = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => Number.isSafeInteger(n) && (n as number) > 0);

/** Checks parsed JSON as a template; the sentence says what is wrong, or null. */
export function templateProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it is not a JSON object';
  const t = raw as Record<string, unknown>;
  if (!Number.isSafeInteger(t.files) || (t.files as number) < 0) return '"files" must be a whole number';
  if (!isCountMap(t.head) || !isCountMap(t.tail)) return '"head" and "tail" must map lines to counts';
  return null;
}

/** Reads a template file (`tanqih learn -o FILE`); a bad one is a run error with exit 78 naming the file. */
export async function readTemplateFile(file: string): Promise<FolderTemplate> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? 'it is not valid JSON' : `it cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    throw new RunError(`Bad template file ${file}: ${why}.`, EX_CONFIG);
  }
  const problem = templateProblem(raw);
  if (problem !== null) throw new RunError(`Bad template file ${file}: ${problem}.`, EX_CONFIG);
  const t = raw as FolderTemplate;
  return { files: t.files, head: t.head, tail: t.tail };
}
