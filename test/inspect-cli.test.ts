import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

// `tanqih inspect` must show the text `tanqih ingest` segments: same decoding, profile, --normalize switches and
// config file. An article with tatweel in its headline and body, digits, a quoted phrase and a credit.
const TATWEEL = '\u0640';
const article = [
  `افتتاح معرض الكتـ${TATWEEL.repeat(3)}ـاب في المدينة القديمة`,
  '',
  'صدى الواحة',
  '',
  `افتتح وزير الثقافة يوم الأحد ١٢ مايو ٢٠٢٤ معرض الكتاب السنوي بمشاركة ٣٠٠ دار نشر من عشرين بلداً، وقال إن المعرض «نافذة على العالم» وإن الإقبال فاق التوقعات في يومه الأول كثيـ${TATWEEL.repeat(4)}ـراً.`,
  '',
  'وتستمر فعاليات المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية وورش للأطفال في القاعات المجاورة للسوق.',
  '',
  '(وكالات)',
  '',
].join('\n');

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-inspect-'));
const file = path.join(tmp, 'a.txt');
writeFileSync(file, article);

interface Fields {
  title: string | null;
  sitename: string | null;
  author: string | null;
  date: string | null;
  dateline: unknown;
  agencies: string[];
  normalization: { profile: string; changes: Record<string, number> };
  warnings: { rule: string }[];
}

/** The record `ingest` writes and the fields `inspect --json` shows, with the same flags, from `cwd`. */
async function both(args: string[], cwd = tmp): Promise<{ record: Fields & { text: string }; inspected: Fields }> {
  const [ingest, json] = await Promise.all([runCli(['ingest', file, ...args], { cwd }), runCli(['inspect', '--json', file, ...args], { cwd })]);
  for (const r of [ingest, json]) expect(r.code, r.stderr).toBe(0);
  return { record: JSON.parse(ingest.stdout) as Fields & { text: string }, inspected: (JSON.parse(json.stdout) as { fields: Fields }).fields };
}

/** The rows `inspect` prints. */
async function rows(args: string[]): Promise<string> {
  const r = await runCli(['inspect', file, ...args], { cwd: tmp });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const pick = (f: Fields): Partial<Fields> => ({
  title: f.title,
  sitename: f.sitename,
  author: f.author,
  date: f.date,
  dateline: f.dateline,
  agencies: f.agencies,
  normalization: f.normalization,
  warnings: f.warnings,
});

describe('tanqih inspect sees the text ingest sees', () => {
  it('with --normalize switches: the kept tatweel shows in both', async () => {
    const { record, inspected } = await both(['--normalize', '-tatweel']);
    expect(record.title).toContain(TATWEEL);
    expect(record.text).toContain(`كثيـ${TATWEEL.repeat(4)}ـراً`);
    expect(inspected.title).toBe(record.title);
    expect(pick(inspected)).toEqual(pick(record));
    const shown = await rows(['--normalize', '-tatweel']);
    expect(shown).toContain(`كثيـ${TATWEEL.repeat(4)}ـراً`);
    expect(shown).toContain('normalize display -tatweel');
    // and without the switch both drop it
    const plain = await both([]);
    expect(plain.record.title).not.toContain(TATWEEL);
    expect(await rows([])).not.toContain(TATWEEL);
    expect(plain.record.normalization.changes.tatweel).toBeGreaterThan(0);
    expect(pick(plain.inspected)).toEqual(pick(plain.record));
  });

  it.each([
    [['--profile', 'search', '--normalize', '-digits,-quotes']],
    [['--profile', 'none', '--normalize', '+digits-ascii,+tatweel']],
  ])('with %j', async (args) => {
    const { record, inspected } = await both(args);
    expect(pick(inspected)).toEqual(pick(record));
  });

  it('takes the profile from the config file, as ingest does (and --no-config ignores it)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanqih-inspect-config-'));
    writeFileSync(path.join(dir, 'tanqih.config.json'), JSON.stringify({ profile: 'search', quiet: true }));
    const configured = await both([], dir);
    expect(configured.record.normalization.profile).toBe('search');
    expect(pick(configured.inspected)).toEqual(pick(configured.record));
    const ignored = await both(['--no-config'], dir);
    expect(ignored.inspected.normalization.profile).toBe('display');
    expect(pick(ignored.inspected)).toEqual(pick(ignored.record));
  });

  it('refuses an empty file like ingest: exit 1, segment/empty', async () => {
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = await runCli(['inspect', empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${empty}: error`);
    expect(r.stderr).toContain('(segment/empty)');
  });
});
