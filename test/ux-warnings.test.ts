import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { badByte, bodyOnly, folderOf, headed, latin, onePage, summaryOf } from './helpers/ux-corpus.js';

// Issue 17, point 1: warnings under control. The folder holds 2 warnings (decode/invalid-bytes, segment/not-arabic)
// and 5 notes (segment/no-title x3: body, page, latin; segment/one-line x2: page, latin), counted by hand.
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-warn-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dir = folderOf(tmp, { 'a.txt': headed(1), 'bad.txt': badByte, 'body.txt': bodyOnly, 'latin.txt': latin, 'page.txt': onePage });
const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('issue 17.1: notes are counted, not printed; rules have levels', () => {
  it('by default: warnings printed, notes counted in the summary by rule, with how to see them and how to silence a rule', async () => {
    const r = await runCli(['ingest', dir, '--no-template']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(5); // every file has its record
    expect(r.stderr).not.toMatch(/: note /);
    expect(lines(r.stderr).filter((l) => / warning /.test(l))).toEqual([
      `${dir}/bad.txt:3: warning 1 invalid UTF-8 byte sequence replaced with U+FFFD. (decode/invalid-bytes)`,
      `${dir}/latin.txt: warning The text holds no Arabic letter; is this the right file or encoding? (segment/not-arabic)`,
    ]);
    expect(summaryOf(r.stderr)).toMatch(/^tanqih: 5 files: 5 ok, 0 unchanged, 0 failed, 2 warnings, 5 notes in /);
    expect(r.stderr).toMatch(/^ {2}warnings: decode\/invalid-bytes 1, segment\/not-arabic 1$/m);
    expect(r.stderr).toMatch(/to silence one: "rules": \{"decode\/invalid-bytes": "off"\} in tanqih\.config\.json, or --rule decode\/invalid-bytes=off/);
    expect(r.stderr).toMatch(/^ {2}notes: {4}segment\/no-title 3, segment\/one-line 2 \(in each record's notes; --verbose prints them\)$/m);
    // the notes are kept in the records
    const notes = lines(r.stdout).map((l) => (JSON.parse(l) as { notes: { rule: string }[] }).notes.map((n) => n.rule));
    expect(notes.flat().sort()).toEqual(['segment/no-title', 'segment/no-title', 'segment/no-title', 'segment/one-line', 'segment/one-line']);
  });

  it('--verbose prints every note as `path:line: note …`', async () => {
    const r = await runCli(['ingest', dir, '--no-template', '--verbose']);
    expect(lines(r.stderr).filter((l) => / note /.test(l))).toHaveLength(5);
    expect(r.stderr).toMatch(new RegExp(`^${dir}/body\\.txt: note Found no headline above the body\\. \\(segment/no-title\\)$`, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^${dir}/page\\.txt:1: note .*\\(segment/one-line\\)$`, 'm'));
  });

  it('"rules" in the config: off silences a rule (not printed, not counted), note counts it, error fails the run (the record is still written)', async () => {
    const project = mkdtempSync(path.join(tmp, 'project-'));
    writeFileSync(path.join(project, 'tanqih.config.json'), JSON.stringify({ rules: { 'segment/not-arabic': 'off', 'decode/invalid-bytes': 'note', 'segment/one-line': 'off' }, template: false }));
    const r = await runCli(['ingest', dir], { cwd: project });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/ warning /);
    expect(summaryOf(r.stderr)).toMatch(/ 0 warnings, 4 notes in /); // 3 no-title + the invalid byte; one-line off
    const raised = await runCli(['ingest', dir, '--rule', 'segment/not-arabic=error'], { cwd: project });
    expect(raised.code).toBe(1);
    expect(raised.stderr).toMatch(new RegExp(`^${dir}/latin\\.txt: error The text holds no Arabic letter.*\\(segment/not-arabic\\)$`, 'm'));
    expect(summaryOf(raised.stderr)).toMatch(/5 ok, 0 unchanged, 1 failed/);
    expect(lines(raised.stdout)).toHaveLength(5);
  });

  it('--rule on the command line wins over the config for its rule only', async () => {
    const project = mkdtempSync(path.join(tmp, 'project-'));
    writeFileSync(path.join(project, 'tanqih.config.json'), JSON.stringify({ rules: { 'segment/not-arabic': 'off', 'decode/invalid-bytes': 'off' } }));
    const r = await runCli(['ingest', dir, '--no-template', '--rule', 'decode/invalid-bytes=warning'], { cwd: project });
    expect(lines(r.stderr).filter((l) => / warning /.test(l))).toEqual([expect.stringMatching(/bad\.txt:3: warning .*\(decode\/invalid-bytes\)$/)]);
  });

  it('--errors-only prints no warning but counts them, and says so', async () => {
    const r = await runCli(['ingest', dir, '--no-template', '--errors-only']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/: warning /);
    expect(summaryOf(r.stderr)).toMatch(/ 2 warnings, 5 notes /);
    expect(r.stderr).toMatch(/warnings: decode\/invalid-bytes 1, segment\/not-arabic 1 \(not printed: --errors-only\)/);
  });

  it('--max-warnings says what it counted; notes and silenced rules do not count', async () => {
    const over = await runCli(['ingest', dir, '--no-template', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^tanqih: 2 warnings, more than --max-warnings 1 allows \(counted: warnings at the "warning" level, printed or not; notes and rules set to "off" or "note" are not counted\)\.$/m);
    const silenced = await runCli(['ingest', dir, '--no-template', '--max-warnings', '1', '--rule', 'segment/not-arabic=off']);
    expect(silenced.code).toBe(0);
    expect(silenced.stderr).not.toMatch(/more than --max-warnings/);
  });

  it('a bad level or rule is a usage error (64) with a suggestion; in the config it is exit 78', async () => {
    const level = await runCli(['ingest', dir, '--rule', 'segment/one-line=of']);
    expect(level.code).toBe(64);
    expect(level.stderr).toMatch(/The level of "segment\/one-line" must be one of "off", "note", "warning", "error", not "of"/);
    const rule = await runCli(['ingest', dir, '--rule', 'segment/one-lin=off']);
    expect(rule.code).toBe(64);
    expect(rule.stderr).toMatch(/Unknown rule "segment\/one-lin" \(did you mean "segment\/one-line"\?\)/);
    const fileError = await runCli(['ingest', dir, '--rule', 'segment/empty=off']);
    expect(fileError.code).toBe(64);
    expect(fileError.stderr).toMatch(/"segment\/empty" fails a file \(it gets no record\), so its level cannot be set/);
    const project = mkdtempSync(path.join(tmp, 'project-'));
    writeFileSync(path.join(project, 'tanqih.config.json'), JSON.stringify({ rules: { 'decode/mojibak': 'off' }, outt: 'x' }));
    const config = await runCli(['ingest', dir], { cwd: project });
    expect(config.code).toBe(78);
    expect(config.stderr).toMatch(/Unknown rule "decode\/mojibak" \(did you mean "decode\/mojibake"\?\)/);
    expect(config.stderr).toMatch(/Unknown option "outt" \(did you mean "out"\?\)/);
  });

  it('a mistyped value gets a "did you mean" too: --profile, a --normalize op, --encoding (usage error, 64)', async () => {
    const cases: [string[], RegExp][] = [
      [['--profile', 'serach'], /Unknown profile "serach" \(did you mean "search"\?\)/],
      [['--normalize', '+tatwel'], /Unknown normalisation op "tatwel" \(did you mean "tatweel"\?\)/],
      [['--encoding', 'cp1265'], /Unknown encoding "cp1265" \(did you mean "cp1256"\?\)/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['ingest', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(64);
      expect(r.stderr).toMatch(message);
    }
    // nothing close: no guess
    expect((await runCli(['ingest', dir, '--profile', 'zzzzzz'])).stderr).not.toMatch(/did you mean/);
  });
});
