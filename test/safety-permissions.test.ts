import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from './helpers/cli.js';
import { goodArticle } from './helpers/safety-corpus.js';

// Root reads and writes everything, so as root the CLI runs as `nobody` through setpriv(1).
const isRoot = process.getuid?.() === 0;
const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
// (the probe runs the real bin: the checkout itself must be readable by nobody, e.g. not under a 0700 /root)
const canDrop = isRoot && spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, bin, '--version']).status === 0;
const skip = isRoot && !canDrop;
const how = !isRoot ? 'as this non-root user' : canDrop ? 'as nobody via setpriv' : 'SKIPPED: running as root and cannot run the CLI as nobody (setpriv missing, or the checkout is not readable by nobody)';

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const argv = [process.execPath, bin, ...args, '--quiet']; // --quiet: no summary line
  const [cmd, ...rest] = isRoot ? [...asNobody, ...argv] : argv;
  const r = spawnSync(cmd!, rest, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-perm-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(skip)(`permissions (${how})`, () => {
  it('a file without read permission: one io/permission error, the others processed, exit 1', () => {
    const dir = path.join(tmp, 'in');
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(path.join(dir, 'a.txt'), goodArticle(1), { mode: 0o644 });
    writeFileSync(path.join(dir, 'secret.txt'), goodArticle(2), { mode: 0o000 });
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const r = run(['ingest', '.'], dir);
    expect(r.stderr).toBe('secret.txt: error Permission denied: the file cannot be read. (io/permission)\n');
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['a.txt']);
    expect(r.code).toBe(1);
  });

  it('an --out folder that cannot be written: exit 73 with a clear message, before any work', () => {
    const dir = path.join(tmp, 'in2');
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(path.join(dir, 'a.txt'), goodArticle(3), { mode: 0o644 });
    const out = path.join(tmp, 'locked');
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const r = run(['ingest', '.', '--out', out], dir);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^tanqih: Cannot write .*locked: permission denied \(EACCES\)/);
  });
});

describe.skipIf(skip)(`unreadable folders (${how})`, () => {
  it('a folder that cannot be listed: one io/unreadable-folder error naming it, the others processed, exit 1', () => {
    const dir = path.join(tmp, 'in3');
    mkdirSync(path.join(dir, 'open'), { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'open', 'a.txt'), goodArticle(4), { mode: 0o644 });
    mkdirSync(path.join(dir, 'shut'), { mode: 0o755 });
    writeFileSync(path.join(dir, 'shut', 'b.txt'), goodArticle(5), { mode: 0o644 });
    chmodSync(path.join(dir, 'shut'), 0o000);
    mkdirSync(path.join(tmp, 'out3'));
    chmodSync(path.join(tmp, 'out3'), 0o777);
    for (const out of [[], ['--out', path.join(tmp, 'out3')]]) {
      const r = run(['ingest', '.', ...out], dir);
      expect(r.stderr).toBe('shut: error The folder cannot be read (permission denied); the files in it are not in this run. (io/unreadable-folder)\n');
      if (out.length === 0) expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['open/a.txt']);
      expect(r.code).toBe(1);
    }
  });
});
