import type { Shard } from '../../io/shard.js';
import { describeChanges } from './changes.js';
import { manifestFiles, manifestPath, readManifestFile, type ManifestEntry } from './file.js';

/** Every manifest of an --out folder, merged: what this run can trust, and what it answers for. */
export interface Loaded {
  /** This run's own file (`.tanqih-manifest.json`, or `-i-of-n` for a shard). */
  file: string;
  /** Entries made with this run's version and options, newest manifest first to win. */
  previous: Map<string, ManifestEntry>;
  /** The entries of this run's own file made with its options (what a run that stops early keeps). */
  own: Map<string, ManifestEntry>;
  /** Outputs made under other options (another --format, another version), by key. */
  former: Map<string, string>;
  /** Keys whose outputs this run answers for (--prune): every key without --shard; its own file's keys with it. */
  scope: Set<string>;
  /** Outputs of earlier options that no entry names any more (--prune removes them). */
  others: Set<string>;
  /** What changed since the newest manifest was made (`--format: md → json`), or null when nothing did. */
  changed: string[] | null;
  /** Manifests that could not be used, and why (each is reported; nothing is pruned). */
  problems: { file: string; problem: string }[];
  /** Manifest files of shard runs, which an unsharded run that completes folds into its own. */
  shardFiles: string[];
}

/**
 * Reads every manifest in --out, oldest first: the run's own file and those of shard runs, so a folder holding the
 * outputs of several shard jobs (merged CI artifacts) is checked and re-run as one. A key's newest entry wins.
 */
export async function loadManifests(outDir: string, shard: Shard | undefined, tool: string, options: Record<string, unknown>): Promise<Loaded> {
  const file = manifestPath(outDir, shard);
  const sharded = shard !== undefined && shard.count > 1;
  const now = { tool, options };
  const loaded: Loaded = { file, previous: new Map(), own: new Map(), former: new Map(), scope: new Set(), others: new Set(), changed: null, problems: [], shardFiles: [] };
  for (const f of await manifestFiles(outDir)) {
    if (f !== file && f !== manifestPath(outDir, undefined)) loaded.shardFiles.push(f);
    const read = await readManifestFile(f);
    if (read.data === null) {
      if (read.problem !== null) loaded.problems.push({ file: f, problem: read.problem });
      continue;
    }
    const d = read.data;
    const same = d.tool === tool && JSON.stringify(d.options) === JSON.stringify(options);
    const mine = f === file;
    const changes = same ? [] : describeChanges(d, now);
    loaded.changed = changes.length > 0 ? changes : null;
    // a shard job answers for its own file's outputs only; a run without --shard for all of them
    const answers = !sharded || mine;
    if (answers) for (const o of d.others) loaded.others.add(o);
    for (const [k, e] of d.files) {
      if (answers) loaded.scope.add(k);
      if (same) {
        loaded.previous.set(k, e);
        if (answers) loaded.own.set(k, e);
      } else {
        loaded.previous.delete(k);
        loaded.own.delete(k);
        if (answers && e.output !== undefined) loaded.former.set(k, e.output);
      }
    }
  }
  return loaded;
}
