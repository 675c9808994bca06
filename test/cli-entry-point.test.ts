import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The shipped bin hands main()'s answer to exitWith (src/cli/entry-point.ts). A process whose event loop empties
// before main() answers (a promise nothing settles: a worker thread or a write lost) must not exit 0 the way node
// does by default: it exits 70 and says so. Checked in child processes, with answers that come, and one that never does.

const entry = pathToFileURL(path.resolve('dist/cli/entry-point.js')).href;
const dir = mkdtempSync(path.join(tmpdir(), 'tanqih-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWith(answer: string): { status: number | null; stderr: string } {
  const script = path.join(dir, `s${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(script, `import { exitWith } from ${JSON.stringify(entry)};\nexitWith(${answer}, process);\n`);
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stderr: r.stderr };
}

describe('exitWith', () => {
  it('exits 70 with a message when the answer never comes and nothing keeps the process alive', () => {
    // (a pending promise with no timer or handle behind it: node would exit 0 here)
    const r = runWith('new Promise(() => {})');
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/internal error: the run stopped before it finished/u);
  });

  it('exits with the answer, and says nothing more, when it comes', () => {
    expect(runWith('Promise.resolve(0)')).toEqual({ status: 0, stderr: '' });
    expect(runWith('Promise.resolve(74)')).toEqual({ status: 74, stderr: '' });
    // an answer that comes after the loop went quiet for a while (a timer keeps it alive)
    expect(runWith('new Promise((r) => setTimeout(() => r(3), 50))')).toEqual({ status: 3, stderr: '' });
  });

  it('is what node does without it: exit 0 on a pending answer (the case it guards)', () => {
    const script = path.join(dir, 'bare.mjs');
    writeFileSync(script, 'new Promise(() => {}).then((code) => { process.exitCode = code; });\n');
    expect(spawnSync(process.execPath, [script], { encoding: 'utf8' }).status).toBe(0);
  });
});
