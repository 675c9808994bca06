import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { toFsPath } from './raw-path.js';

/** Every temp file tanqih makes starts with this: `.tanqih-tmp-PID-RANDOM` (an output's) or `NAME.tanqih-tmp-…`. */
export const tempPrefix = '.tanqih-tmp-';
/** The temp files of outputs and manifests, old (`PID-COUNTER`) and new (`PID-RANDOM HEX`) names. */
const tempName = /^\.tanqih-tmp-(\d+)-[0-9a-f]{1,16}$/;
/** A writer finishes a temp file in milliseconds: one this old was left by a run that was killed. */
const abandonedAfterMs = 15 * 60 * 1000;

/** True when a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files a killed run (`kill -9`, a power cut) left in `dir`: only names of tanqih's pattern, only
 * when the process that made one is gone (or it is this process's pid, reused, and not one of `ours`), or it is older
 * than a write could take. Called for folders inside --out only.
 */
export async function sweepTempFiles(dir: string, ours: ReadonlySet<string>): Promise<number> {
  const names = await readdir(toFsPath(dir)).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const m = tempName.exec(name);
    if (m === null) continue;
    const file = path.join(dir, name);
    const pid = Number(m[1]);
    const info = await stat(toFsPath(file)).catch(() => null);
    if (info === null || !info.isFile()) continue;
    const mine = pid === process.pid && !ours.has(file);
    if (mine || !pidAlive(pid) || Date.now() - info.mtimeMs > abandonedAfterMs) {
      await rm(toFsPath(file), { force: true });
      removed++;
    }
  }
  return removed;
}
