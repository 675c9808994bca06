import type { InputFile } from '../../io/find-files.js';
import type { JsonlInput } from '../../io/jsonl-input.js';
import { inShard, type Shard } from '../../io/shard.js';
import type { RunContext } from '../context.js';

/** The items of each run that belong to the shard (runs left empty are dropped). */
async function* sharded<T>(runs: AsyncIterable<T[]>, shard: Shard, key: (item: T) => string): AsyncGenerator<T[]> {
  for await (const run of runs) {
    const mine = run.filter((item) => inShard(key(item), shard));
    if (mine.length > 0) yield mine;
  }
}

/**
 * Select shard (`--shard i/n`): keeps the files whose path below their folder argument (records: whose
 * `path`) hashes to shard i, so n jobs split one archive with no coordination.
 */
export async function selectShard(ctx: RunContext): Promise<void> {
  const shard = ctx.settings.options.shard;
  if (shard === undefined) return;
  const records = ctx.records;
  if (records !== null) ctx.records = sharded<JsonlInput>(records, shard, (r) => r.path);
  const source = ctx.source;
  if (source !== null) ctx.source = (unreadable) => sharded<InputFile>(source(unreadable), shard, (f) => f.rel);
}
