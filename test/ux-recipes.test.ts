import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';
import { bash, npmEnv, packTarball, pathWith, recipe } from './helpers/packed.js';
import { folderOf, headed } from './helpers/ux-corpus.js';

// Issue 17, point 3: every recipe of the README runs as written, with a tanqih installed from the packed tarball.
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-recipes-'));
const prefix = path.join(tmp, 'global');
const PATH = pathWith(path.join(prefix, 'bin'));
const have = (tool: string): boolean => spawnSync(tool, ['--version']).status === 0;
const haveParallel = have('parallel');
const haveJq = have('jq');
const havePython = spawnSync('python3', ['-c', 'import shlex, subprocess']).status === 0;
let tgz = '';
let installed: ReturnType<typeof bash> | null = null;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The install recipe's command lines (comments dropped). */
const installLines = recipe(readme, 'install-tarball').split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));

// The install recipe, as written, into a prefix of our own: every recipe below runs the tanqih it installs.
beforeAll(() => {
  tgz = packTarball(tmp); // the recipe's first line (npm ci && npm pack), without touching this clone's node_modules
  installed = bash(installLines.slice(1).join('\n'), tmp, { ...npmEnv, npm_config_prefix: prefix, PATH });
}, 180_000);

/** A workspace with `archive/` of n articles (and one empty file: it fails, with exit 1). */
function workspace(n: number): string {
  const ws = mkdtempSync(path.join(tmp, 'ws-'));
  folderOf(tmp, Object.fromEntries(Array.from({ length: n }, (_, i) => [`sub-${i % 3}/a${String(i).padStart(2, '0')}.txt`, headed(i)])), path.join(ws, 'archive'));
  return ws;
}
/** tanqih as installed, run directly. */
const tanqih = (args: string, cwd: string, input?: string): ReturnType<typeof bash> => bash(`tanqih ${args}${input ? ` < ${input}` : ''}`, cwd, { PATH });

describe('issue 17.3: Install', () => {
  it('npm install -g of the packed tarball puts a working tanqih on PATH', () => {
    expect(installLines[0]).toMatch(/^npm ci && npm pack /);
    expect(path.basename(tgz)).toBe(`tanqih-${version}.tgz`);
    expect(installLines[1]).toContain(`npm install -g ./tanqih-${version}.tgz`);
    const r = installed!;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^tanqih ${version.replace(/\./g, '\\.')} \\(node ${process.version.replace(/\./g, '\\.')}, ${process.platform}-${process.arch}\\)$`, 'm'));
  }, 180_000);

  it('npx tanqih runs in a clone', () => {
    const r = bash('npx tanqih --version', root, { ...npmEnv });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tanqih \d/);
  });

  it('the CI workflow: the archive repository lists the tarball as a dependency; npm ci, then the check', () => {
    const proj = workspace(5);
    mkdirSync(path.join(proj, 'vendor'));
    copyFileSync(tgz, path.join(proj, 'vendor', path.basename(tgz)));
    writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: 'archive', private: true }));
    expect(bash(`npm install --save-dev ./vendor/${path.basename(tgz)}`, proj, { ...npmEnv, PATH: pathWith() }).code).toBe(0);
    const runs = [...recipe(readme, 'ci-workflow').matchAll(/^\s+- run: (.+)$/gm)].map((m) => m[1]!);
    expect(runs).toEqual(['npm ci', 'npx tanqih ingest archive --out records --check --prune']);
    const env = { ...npmEnv, PATH: pathWith() };
    expect(bash(runs[0]!, proj, env).code).toBe(0);
    expect(bash(runs[1]!, proj, env).code).toBe(1); // no records yet: everything is stale
    expect(bash('npx tanqih ingest archive --out records --prune -q', proj, env).code).toBe(0);
    const check = bash(runs[1]!, proj, env);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/5 files checked: 5 up to date/);
  }, 180_000);
});

describe('issue 17.3: recipes', () => {
  it.skipIf(!haveParallel)(`GNU parallel, local shards merged: the bytes of one run (${haveParallel ? 'parallel' : 'SKIPPED: no GNU parallel (apt-get install parallel)'})`, () => {
    const ws = workspace(40);
    const r = bash(recipe(readme, 'parallel-local'), ws, { PATH });
    expect(r.code, r.stderr).toBe(0);
    const single = tanqih('ingest archive -q', ws);
    expect(readFileSync(path.join(ws, 'all.jsonl'), 'utf8')).toBe(single.stdout);
    expect(single.stdout.split('\n').filter(Boolean)).toHaveLength(40);
  });

  it.skipIf(!haveParallel)(`GNU parallel over ssh with a shared file system (the hosts replaced by this machine, ":") (${haveParallel ? 'parallel' : 'SKIPPED: no GNU parallel'})`, () => {
    const ws = workspace(40);
    const script = recipe(readme, 'parallel-ssh-shared')
      .replace(/--sshlogin \S+/, '--sshlogin 8/:')
      .replace(/\/data/g, ws);
    expect(script).not.toContain('host1');
    const r = bash(script, ws, { PATH });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(ws, 'all.jsonl'), 'utf8')).toBe(tanqih('ingest archive -q', ws).stdout);
  });

  it.skipIf(!haveJq)(`the JSON Lines pack (jq) keeps every file's bytes (${haveJq ? 'jq' : 'SKIPPED: no jq'})`, () => {
    const ws = workspace(12);
    writeFileSync(path.join(ws, 'archive', 'sub-0', 'legacy "quoted".txt'), Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x0a])); // windows-1256
    const r = bash(recipe(readme, 'pack-jsonl'), ws, { PATH });
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(path.join(ws, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { path: string; bytes_b64: string });
    expect(lines).toHaveLength(13);
    for (const l of lines) expect(Buffer.from(l.bytes_b64, 'base64').equals(readFileSync(path.join(ws, l.path)))).toBe(true);
    // and tanqih reads the pack as it reads the files
    const fromPack = tanqih('ingest --stdin-format jsonl -q', ws, 'articles.jsonl');
    expect(fromPack.stdout.split('\n').filter(Boolean)).toHaveLength(13);
  });

  it.skipIf(!haveParallel || !haveJq)(`GNU parallel over ssh without a shared file system: JSON Lines through --pipe (the hosts replaced by ":") (${haveParallel && haveJq ? 'parallel, jq' : 'SKIPPED: no GNU parallel or jq'})`, () => {
    const ws = workspace(30);
    expect(bash(recipe(readme, 'pack-jsonl'), ws, { PATH }).code).toBe(0);
    const script = recipe(readme, 'parallel-ssh-pipe').replace(/--sshlogin \S+/, '--sshlogin 2/:').replace('-N 5000', '-N 7');
    const r = bash(script, ws, { PATH });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(ws, 'all.jsonl'), 'utf8')).toBe(tanqih('ingest --stdin-format jsonl -q', ws, 'articles.jsonl').stdout);
  });

  it('Hadoop Streaming: the mapper, in the environment -cmdenv gives it, turns JSON Lines into records; a bad record does not fail the task', () => {
    const block = recipe(readme, 'hadoop');
    const mapper = /-mapper ("[^"]*(?:\\"[^"]*)*")/.exec(block)![1]!;
    const cmdenvPath = /-cmdenv PATH=(\S+)/.exec(block)![1]!;
    expect(cmdenvPath).toBe('/usr/local/bin:/usr/bin:/bin');
    const ws = mkdtempSync(path.join(tmp, 'hadoop-'));
    const records = [headed(1), headed(2)].map((text, i) => JSON.stringify({ path: `a${i}.txt`, text }));
    writeFileSync(path.join(ws, 'split.jsonl'), [...records, 'not json', JSON.stringify({ path: 'b.txt', bytes_b64: Buffer.from(headed(3)).toString('base64') })].join('\n') + '\n');
    // as the task runs it: only the -cmdenv environment (here naming where this test installed Node and tanqih)
    // what Hadoop gets (the shell's word), split into arguments as Hadoop does (quotes kept together), run with only
    // the -cmdenv environment (here naming where this test installed Node and tanqih)
    const task = (arg: string): ReturnType<typeof bash> => bash(`S=$(printf '%s' ${arg}); eval "set -- $S"; exec env -i PATH="$P" "$@" < split.jsonl`, ws, { P: PATH });
    const r = task(mapper);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['a0.txt', 'a1.txt', 'b.txt']);
    expect(r.stderr).toMatch(/-:3: error .*\(io\/bad-record\)/);
    // anything worse than a bad record still fails the task
    const worse = task(mapper.replace('-j 1', '-j 0'));
    expect(worse.code).not.toBe(0);
  });

  it.skipIf(!havePython)(`PySpark pipe: with env PATH and checkCode=True the records come back, and a missing tanqih fails the task instead of an empty result (${havePython ? "python3, as pyspark's RDD.pipe runs it" : 'SKIPPED: no python3'})`, () => {
    const block = recipe(readme, 'pyspark');
    const m = /lines\.pipe\("(.+?)",\s*env=\{"PATH": "(.+?)"\}, checkCode=True\)/.exec(block);
    expect(m).not.toBeNull();
    const [, command, envPath] = m!;
    expect(envPath).toBe('/usr/local/bin:/usr/bin:/bin');
    // pyspark/rdd.py RDD.pipe: Popen(shlex.split(command), env=env), one element per line in, each line out,
    // and with checkCode a non-zero exit raises
    const pipe = `
import json, shlex, subprocess, sys
def pipe(elements, command, env, checkCode):
    p = subprocess.Popen(shlex.split(command), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out, _ = p.communicate("".join(str(e).rstrip("\\n") + "\\n" for e in elements).encode("utf-8"))
    if checkCode and p.returncode:
        raise RuntimeError("Pipe function '%s' exited with error code %d" % (command, p.returncode))
    return [l.decode("utf-8") for l in out.splitlines()]
elements = [json.dumps({"path": "a%d.txt" % i, "text": t}) for i, t in enumerate(json.load(sys.stdin))]
try:
    print(json.dumps(pipe(elements, sys.argv[1], {"PATH": sys.argv[2]}, sys.argv[3] == "check")))
except RuntimeError as e:
    print(json.dumps({"raised": str(e)}))
`;
    const texts = JSON.stringify([headed(4), headed(5), headed(6)]);
    const run = (p: string, check = 'check'): unknown => JSON.parse(spawnSync('python3', ['-c', pipe, command!, p, check], { input: texts, encoding: 'utf8' }).stdout);
    const got = run(PATH) as string[];
    expect(got.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);
    // no tanqih on that PATH: the wrapper's test sees 127 and exits 1, and checkCode fails the task ...
    expect(run('/usr/bin:/bin')).toEqual({ raised: expect.stringMatching(/exited with error code 1$/) });
    // ... where without checkCode (PySpark's default) the result is silently empty
    expect(run('/usr/bin:/bin', 'no-check')).toEqual([]);
  });
});
