import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { toFsPath } from './raw-path.js';

/** The `path` of one record line (tanqih writes it as the second key, but any place is read). */
function pathOf(line: string, file: string, lineNo: number): string {
  try {
    const p = (JSON.parse(line) as { path?: unknown }).path;
    if (typeof p === 'string') return p;
  } catch {
    // reported below
  }
  throw Object.assign(new Error(`${file}:${lineNo}: not a tanqih record (no "path")`), { code: 'EBADRECORD' });
}

interface Head {
  line: string;
  key: string;
  lineNo: number;
  next: AsyncIterator<string>;
  file: string;
}

/**
 * Merges JSON Lines files that are each sorted by their records' `path` (shard outputs) into one stream sorted the
 * way tanqih sorts (by UTF-16 code units, as JavaScript compares strings): unlike `sort -m` on the raw lines, a path
 * holding `"`, `\` or a tab, escaped in the JSON, still lands in its place. Holds one line per file.
 */
export async function* mergeJsonl(files: readonly string[]): AsyncGenerator<string> {
  const heads: Head[] = [];
  const advance = async (h: Omit<Head, 'line' | 'key'> & Partial<Head>): Promise<void> => {
    for (let r = await h.next.next(); !r.done; r = await h.next.next()) {
      h.lineNo++;
      if (r.value.trim() === '') continue;
      heads.push({ ...h, line: r.value, key: pathOf(r.value, h.file, h.lineNo) } as Head);
      return;
    }
  };
  for (const file of files) {
    const next = createInterface({ input: createReadStream(toFsPath(file)), crlfDelay: Infinity })[Symbol.asyncIterator]();
    await advance({ next, file, lineNo: 0 });
  }
  while (heads.length > 0) {
    // the smallest key; of equal keys the earlier file's line first
    let best = 0;
    for (let i = 1; i < heads.length; i++) if (heads[i]!.key < heads[best]!.key) best = i;
    const [h] = heads.splice(best, 1);
    yield h!.line;
    await advance(h!);
  }
}
