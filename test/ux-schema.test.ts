import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { processBytes, processText } from '../src/index.js';
import { root, runCli } from './helpers/cli.js';
import { headed } from './helpers/ux-corpus.js';

// Issue 17: the JSON Schema of the record (draft 2020-12), printed by `tanqih schema`, and every record validates.
const schemaFile = path.join(root, 'schema/record.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { $schema: string; required: string[]; properties: Record<string, { description?: string }> };
const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(schema);
const shared = path.join(root, '../shared/corpus');
const haveShared = existsSync(path.join(shared, 'dev')) && existsSync(path.join(shared, 'train'));
if (!haveShared) console.log('ux-schema: the dev/train records are not checked — ../shared/corpus is not beside this clone.');

/** Every record of a JSON Lines text that does not validate, with ajv's errors. */
function invalid(jsonl: string): { path: string; errors: unknown }[] {
  const bad: { path: string; errors: unknown }[] = [];
  for (const line of jsonl.split('\n')) {
    if (line === '') continue;
    const record: unknown = JSON.parse(line);
    if (!validate(record)) bad.push({ path: (record as { path: string }).path, errors: validate.errors });
  }
  return bad;
}

describe('issue 17: the record schema', () => {
  it('is draft 2020-12, compiles strictly, describes every field, and tanqih schema prints it', async () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const [key, p] of Object.entries(schema.properties)) expect(p.description, key).toBeTruthy();
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(schemaFile, 'utf8'));
  });

  it('requires exactly the fields a record has, in their order', () => {
    const r = processText('a.txt', headed(1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.article)).toEqual(schema.required);
    expect(validate(r.article)).toBe(true);
    // and refuses a record that breaks it
    expect(validate({ ...r.article, date: '3 March 2024' })).toBe(false);
    expect(validate({ ...r.article, extra: 1 })).toBe(false);
  });

  it('every record of every fixture validates (kicker, subtitle, section, meta, notes and Hijri dates included)', async () => {
    const r = await runCli(['ingest', 'fixtures', '--glob', '**/*.txt', '--no-template', '-q'], { timeoutMs: 120_000 });
    const records = r.stdout.split('\n').filter(Boolean);
    expect(records.length).toBeGreaterThan(100);
    expect(invalid(r.stdout)).toEqual([]);
    const all = records.map((l) => JSON.parse(l) as Record<string, unknown>);
    // the optional and newer fields are really exercised, not only allowed
    expect(all.some((a) => a.kicker !== null || a.subtitle !== null || a.section !== null)).toBe(true);
    expect(all.some((a) => Object.keys(a.meta as object).length > 0)).toBe(true);
    expect(all.some((a) => (a.notes as unknown[]).length > 0)).toBe(true);
    expect(all.some((a) => a.hijriDate !== null)).toBe(true);
  });

  it('a file with NUL / ^Z end padding carries encoding.padding, and validates', () => {
    const bytes = Buffer.concat([Buffer.from(headed(2), 'utf8'), Buffer.from([0x1a, 0, 0, 0])]);
    const r = processBytes('p.txt', bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.encoding.padding).toBe(4);
    expect(validate(r.article)).toBe(true);
  });

  it('a Hijri date outside the Umm al-Qura table carries hijriDate.conversion, and validates', () => {
    const r = processText('h.txt', 'افتتاح مسجد جديد في البلدة القديمة\n\nالرياض، 10 رمضان 1320 هـ\n\nافتتح أهالي البلدة مسجدا جديدا بعد أعوام من البناء، وحضر الافتتاح جمع من الأهالي.\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.hijriDate).toMatchObject({ year: 1320, conversion: 'arithmetical' });
    expect(validate(r.article)).toBe(true);
  });

  it.skipIf(!haveShared)(`every record of the dev and train corpora validates (${haveShared ? '../shared/corpus' : 'SKIPPED: ../shared absent'})`, async () => {
    const r = await runCli(['ingest', path.join(shared, 'dev'), path.join(shared, 'train'), '--no-template', '-q'], { timeoutMs: 120_000 });
    const n = r.stdout.split('\n').filter(Boolean).length;
    expect(n).toBeGreaterThan(150);
    expect(invalid(r.stdout)).toEqual([]);
  });
});
