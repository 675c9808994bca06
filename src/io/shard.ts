import { UsageError } from '../core/errors.js';

/** `--shard i/n`: 1-based index and count. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (1 <= i <= n), as vitest and Playwright spell it. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects i/n with 1 <= i <= n (e.g. 2/4), not "${value}".`);
  }
  return { index, count };
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s`: small, fast and the same on every machine and Node version. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** MurmurHash3's finaliser: FNV-1a's low bits are uneven (paths differing in one digit land together mod 4). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 1-based shard a file belongs to: hash(relative path) mod n, so adding files never moves the others. */
export function shardOf(rel: string, count: number): number {
  return (mix(fnv1a(rel)) % count) + 1;
}

/** True when a file with this relative path belongs to `shard` (always, without one). */
export function inShard(rel: string, shard: Shard | undefined): boolean {
  return shard === undefined || shard.count === 1 || shardOf(rel, shard.count) === shard.index;
}

/** The items of one shard, in their original order. */
export function selectShard<T extends { rel: string }>(items: readonly T[], shard: Shard | undefined): T[] {
  return items.filter((f) => inShard(f.rel, shard));
}
