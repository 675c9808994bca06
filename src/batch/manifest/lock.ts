import { rmSync } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { RunError } from '../../core/errors.js';
import { describeWriteError } from '../../io/output-plan.js';
import { readRegularFileAt } from '../../io/read.js';
import { pidAlive } from '../../io/temp-files.js';
import { tempFlags } from '../../io/write-atomic.js';

/** sysexits EX_TEMPFAIL: another run holds the --out folder; try again when it is done. */
const locked = 75;

/** Locks held by this process, released on any exit (a second Ctrl-C included). */
const held = new Set<string>();

/** Removes every lock this process holds. Synchronous, for exit and signal handlers. */
export function releaseLocksSync(): void {
  for (const file of held) rmSync(file, { force: true });
  held.clear();
}

interface Owner {
  pid: number;
  host: string;
  started: string;
}

/** Who holds a lock (read like an input: never blocks on a FIFO planted there). */
async function owner(file: string): Promise<Owner | null> {
  try {
    const o = JSON.parse((await readRegularFileAt(file, 4096)).toString('utf8')) as Partial<Owner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host, started: String(o.started) } : null;
  } catch {
    return null;
  }
}

/** A lock with no owner in it (a run killed between making it and writing it) that is older than a run takes to write one. */
async function ownerless(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > 10_000;
}

/**
 * Takes `file` (created exclusively, holding this run's pid and host) for the run, so a second run on the same --out
 * (and shard) fails fast instead of mixing its outputs into this one's manifest. A lock left by a run that died on
 * this machine (its pid is gone) is taken over. Returns the release.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(file, tempFlags, 0o644);
      held.add(file);
      try {
        await fh.writeFile(`${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`);
      } finally {
        await fh.close();
      }
      return async () => {
        held.delete(file);
        await rm(file, { force: true });
      };
    } catch (err) {
      if (held.delete(file)) {
        // the lock was made but could not be written (a full disk): a lock without an owner would block every later run
        await rm(file, { force: true });
        throw describeWriteError(err, file);
      }
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new RunError(`Cannot lock ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`, 73);
      const o = await owner(file);
      const dead = o !== null ? o.host === hostname() && o.pid !== process.pid && !pidAlive(o.pid) : await ownerless(file);
      if (attempt === 0 && dead) {
        await rm(file, { force: true }); // its run is gone
        continue;
      }
      const who = o === null ? 'another run' : `another tanqih run (pid ${o.pid} on ${o.host}, started ${o.started})`;
      throw new RunError(`The --out folder is in use by ${who}: ${file} is its lock. Wait for it to finish, or remove the lock if no run is active.`, locked);
    }
  }
}
