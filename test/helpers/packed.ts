import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './cli.js';

/** npm as a child process, quiet and offline first (the packages are in npm's cache after `npm ci`). */
export const npmEnv = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

/** Packs the built package (dist/ must be built: `npm test` builds first) into `dest`; returns the tarball's path. */
export function packTarball(dest: string): string {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: root, encoding: 'utf8', env: { ...process.env, ...npmEnv } });
  const [info] = JSON.parse(out) as { filename: string }[];
  return path.join(dest, info!.filename);
}

/** A PATH with `node` and the usual system folders, and `extra` first. */
export function pathWith(...extra: string[]): string {
  return [...extra, path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
}

/** Runs a bash script; returns its exit code and output. */
export function bash(script: string, cwd: string, env: NodeJS.ProcessEnv = {}, timeout = 120_000): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fenced block that follows `<!-- recipe: NAME -->` in the README. */
export function recipe(readme: string, name: string): string {
  const m = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (m === null) throw new Error(`README has no recipe ${name}`);
  return m[1]!;
}
