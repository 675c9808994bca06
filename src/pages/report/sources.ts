import { emptyTally, mergeTally, type Tally } from './tally.js';

/** A record's folder: the path up to its last `/` ('.' for a bare name, stdin's '-' or '-:LINE'). */
export function folderOf(p: string): string {
  const at = p.lastIndexOf('/');
  if (at < 0) return '.';
  return at === 0 ? '/' : p.slice(0, at);
}

const segments = (folder: string): string[] => (folder === '.' ? [] : folder.split('/'));

/** The folders every one of `folders` lies in (as segments). */
function commonSegments(folders: readonly string[]): string[] {
  let common: string[] | null = null;
  for (const f of folders) {
    const s = segments(f);
    if (common === null) common = s;
    else {
      let n = 0;
      while (n < common.length && n < s.length && common[n] === s[n]) n++;
      common = common.slice(0, n);
    }
  }
  return common ?? [];
}

/**
 * Groups folders into sources: below the folders all records share, the next `depth` folders name a source
 * (`archive/site-a/2024/03` -> `archive/site-a` for records under `archive/`). Records of one folder are one source.
 */
export function groupSources(folders: ReadonlyMap<string, Tally>, depth = 1): Map<string, Tally> {
  const common = commonSegments([...folders.keys()]);
  const out = new Map<string, Tally>();
  for (const [folder, tally] of folders) {
    const s = segments(folder);
    const keep = s.slice(0, Math.min(s.length, common.length + Math.max(1, depth)));
    const name = keep.length === 0 ? (folder === '.' ? '.' : folder) : keep.join('/') || '/';
    const into = out.get(name) ?? emptyTally();
    mergeTally(into, tally);
    out.set(name, into);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
