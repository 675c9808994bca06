import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runCli } from './helpers/cli.js';
import { bash, npmEnv, packTarball, pathWith } from './helpers/packed.js';
import { folderOf, headed } from './helpers/ux-corpus.js';

// Issue 17, points 6 and 7: what `npm pack` holds, and the library as a user gets it: the PACKED tarball installed
// in a folder of its own, imported from ESM and CommonJS, and type-checked under `module: nodenext`.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown> & { dependencies: Record<string, string>; version: string };
let tgz = '';
let files: string[] = [];
const consumer = path.join(tmp, 'consumer');

beforeAll(() => {
  tgz = packTarball(tmp);
  files = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const r = bash(`npm install ${JSON.stringify(tgz)}`, consumer, { ...npmEnv, PATH: pathWith() });
  if (r.code !== 0) throw new Error(`npm install of the tarball failed: ${r.stderr}`);
}, 180_000);

describe('issue 17.7: the package', () => {
  it('holds what users need: the bin, the built code with its types, the schemas, README and LICENSE', () => {
    for (const f of ['bin/tanqih.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/batch/threads/worker.js', 'dist/io/config.schema.json', 'schema/record.schema.json', 'README.md', 'LICENSE', 'package.json']) expect(files).toContain(f);
  });

  it('and nothing else: no source maps (the sources are not shipped), no tests or test hooks, no sources', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^(src|test|fixtures|docs)\//.test(f) || /tanqih-test-bin|TANQIH_TEST/.test(f))).toEqual([]);
    const shipped = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');
    expect(shipped).not.toMatch(/TANQIH_TEST_|sourceMappingURL/);
  });

  it('has a LICENSE, repository and keywords, and no runtime dependency the product does not import', () => {
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
    expect((pkg.repository as { url: string }).url).toMatch(/^git\+https:\/\//);
    expect((pkg.keywords as string[]).length).toBeGreaterThan(3);
    expect(Object.keys(pkg.dependencies)).not.toContain('piscina');
    const dist = readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(root, 'dist', f), 'utf8')).join('\n');
    // imported (`from 'x'`), or loaded when first needed (`import('x')`, `createRequire(...)('x')`: iconv-lite, safe-regex2)
    for (const dep of Object.keys(pkg.dependencies)) expect(dist, dep).toMatch(new RegExp(`(?:from |\\()'${dep.replace(/[/.]/g, '\\$&')}(/[^']*)?'`));
  });

  it('tanqih --version names the version, Node and the platform', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`tanqih ${pkg.version} (node ${process.version}, ${process.platform}-${process.arch})\n`);
  });
});

describe('issue 17.6: the library, from the packed tarball in a folder of its own', () => {
  const archive = folderOf(tmp, { 'b.txt': headed(2), 'a.txt': headed(1), 'c.txt': headed(3) });

  it('ESM: processText, processBytes, ingest (records in order), createNormalizer, parseSwitches, the schema', () => {
    writeFileSync(path.join(consumer, 'esm.mjs'), `
import { processText, processBytes, ingest, createNormalizer, normalize, parseSwitches, SwitchError, learnTemplate } from 'tanqih';
import schema from 'tanqih/schema/record.json' with { type: 'json' };
import { Readable } from 'node:stream';
const out = {};
const r = processText('x.txt', ${JSON.stringify(headed(0))});
out.title = r.ok ? r.article.title : null;
out.bytes = processBytes('y.txt', new TextEncoder().encode(${JSON.stringify(headed(5))})).ok;
out.paths = [];
for await (const a of ingest([${JSON.stringify(archive)}], { concurrency: 2 })) out.paths.push(a.path.split('/').pop());
const n = createNormalizer({ profile: 'search' });
const chunks = [];
n.on('data', (c) => chunks.push(c));
await new Promise((resolve) => { n.on('end', resolve); Readable.from([Buffer.from('كتـــاب  '), Buffer.from('جديد\\n')]).pipe(n); });
out.normalized = Buffer.concat(chunks).toString();
out.changes = n.changes();
out.switches = normalize('كتـــاب', parseSwitches('-tatweel')).text;
try { parseSwitches('+nope'); } catch (e) { out.switchError = e instanceof SwitchError; }
out.template = learnTemplate(['a\\nb\\nc']).files;
out.schema = schema.$schema;
console.log(JSON.stringify(out));
`);
    const r = bash('node esm.mjs', consumer, { PATH: pathWith() });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ title: 'المجلس البلدي يناقش خطة الحدائق رقم 1', bytes: true, paths: ['a.txt', 'b.txt', 'c.txt'], normalized: 'كتاب جديد\n', switches: 'كتـــاب', switchError: true, template: 1, schema: 'https://json-schema.org/draft/2020-12/schema' });
    expect(out.changes).toMatchObject({ tatweel: 3 });
  });

  it('CommonJS: require("tanqih") and the schema (Node loads the ES modules)', () => {
    writeFileSync(path.join(consumer, 'cjs.cjs'), `
const { processText, toMarkdown } = require('tanqih');
const schema = require('tanqih/schema/record.json');
const r = processText('x.txt', ${JSON.stringify(headed(7))});
console.log(JSON.stringify({ title: r.ok ? r.article.title : null, md: r.ok ? toMarkdown(r.article).split('\\n')[0] : null, required: schema.required.length }));
`);
    const r = bash('node --no-warnings cjs.cjs', consumer, { PATH: pathWith() });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ title: 'المجلس البلدي يناقش خطة الحدائق رقم 8', md: '---', required: 23 });
  });

  it('types under module nodenext, from ESM and from CommonJS: the record is typed field by field', () => {
    writeFileSync(path.join(consumer, 'types.mts'), `
import { processText, ingest, type Article, type PipelineResult, type FolderTemplate } from 'tanqih';
const r: PipelineResult = processText('a.txt', 'text');
if (r.ok) {
  const a: Article = r.article;
  const title: string | null = a.title;
  const kicker: string | null = a.kicker;
  const padding: number | undefined = a.encoding.padding;
  const conversion: 'arithmetical' | undefined = a.hijriDate?.conversion;
  const notes: { rule: string; line: number | null; message: string }[] = a.notes;
  // @ts-expect-error the record has no such field
  a.headline;
  void [title, kicker, padding, conversion, notes];
}
async function all(): Promise<void> { for await (const a of ingest(['x'], { template: false })) a.blocks.map((b) => b.type); }
const t: FolderTemplate = { files: 0, head: {}, tail: {} };
void [all, t];
`);
    writeFileSync(path.join(consumer, 'types.cts'), `
import tanqih = require('tanqih');
const r = tanqih.processText('a.txt', 'text');
const title: string | null = r.ok ? r.article.title : null;
// @ts-expect-error processText takes a path and a text
tanqih.processText(1);
export = title;
`);
    writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [path.join(root, 'node_modules/@types')] }, files: ['types.mts', 'types.cts'] }));
    const r = bash(`node ${JSON.stringify(path.join(root, 'node_modules/typescript/bin/tsc'))} -p tsconfig.json`, consumer, { PATH: pathWith() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
