import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { RunError, UsageError } from '../core/errors.js';
import { defaultGlob } from '../io/default-glob.js';
import type { runInspect } from './commands/inspect.js';
import type { runNormalize } from './commands/normalize.js';
import { reportOptions } from './commands/report-options.js';
import { configOptions, mergeConfig } from './config-merge.js';
import { ExitCode, exitCodeHelp, exitCodesLine } from './exit-codes.js';
import { write } from '../io/streams.js';
import { batchOptions, ingestAction } from './ingest-options.js';
import { isEpipe } from '../io/streams.js';
import { watchStreams, type Io } from './process-io.js';
import { rulesOption, textOptions } from './options.js';
import { safetyOptions } from './safety-options.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const ingestExamples = `
Examples:
  $ tanqih ingest ./articles                       JSON Lines on stdout, one record per file
  $ tanqih ingest ./articles | jq -r .title        pipe the records into jq
  $ tanqih ingest 'news/**/*.txt' --profile search fold the text for indexing
  $ tanqih ingest ./articles --format md --out site/content
  $ cat a.txt | tanqih ingest -                    read one article from stdin
  $ tanqih ingest ./articles --out records --prune  re-runs redo only changed files
  $ tanqih ingest ./articles --out records --check  CI: exit 1 listing stale records
  $ tanqih ingest ./articles --shard 2/4            one of four jobs (CI matrix, machines)
  $ find . -name '*.txt' -print0 | tanqih ingest --files-from - -0
  $ tanqih ingest --stdin-format jsonl < articles.jsonl   {"path","text"} lines in

Folders are searched for files matching --glob (default "${defaultGlob}"), minus .tanqihignore; files named
on the command line are always read. Messages go to stderr as "path:line: severity message (rule-id)", then
a summary with warnings and notes counted by rule (unless --quiet); notes are printed with --verbose, and
"rules": {"RULE": "off"} in the config (or --rule RULE=off) silences a rule. A folder of 20+ files is read with a
template learned from a sample of it (--no-template: none). Defaults may come from tanqih.config.json.

${exitCodesLine('0 ok, 1 a file failed or too many warnings, 64 usage, 66 no input, 73/74 output or I/O, 75 --out locked')}`;

const normalizeExamples = `
Examples:
  $ tanqih normalize article.txt                   display profile, to stdout
  $ cat article.txt | tanqih normalize --profile search > folded.txt
  $ tanqih normalize a.txt --normalize +digits-ascii,-tatweel   display, plus ASCII digits, keeping tatweel
  $ tanqih normalize a.txt --profile search --normalize -elongation --changes   counts per op on stderr

Profiles: display (clean, spelling kept), search (fold for indexing/NLP), none (line breaks only).
--normalize takes op names, + to switch on, - to switch off: newlines, nfc, presentation-forms, ligatures,
tatweel, invisible, controls, spaces, farsi-letters, diacritics, alef, alef-maksura, teh-marbuta, hamza,
digits-ascii, digits-arabic (-digits keeps digits), punctuation, quotes, elongation, latin-case.
The input's encoding is detected the same way as for ingest; UTF-8 input is streamed.

${exitCodesLine('0 ok, 1 the input cannot be read or is refused, 64 usage, 66 no such file, 74 I/O')}`;

const inspectExamples = `
Examples:
  $ tanqih inspect article.txt                     roles and rules, coloured on a terminal
  $ tanqih inspect page.txt --full | less -R       long lines in full
  $ tanqih inspect article.txt --rules my-sites.json
  $ tanqih inspect article.txt --json | jq '.pieces[] | select(.role == "boilerplate")'
  $ tanqih inspect article.txt --profile search --normalize -tatweel   the text ingest would see with these
  $ tanqih inspect a.txt b.txt c.txt               several files, one after the other
  $ tanqih inspect --html view.html a.txt b.txt    one page to open in a browser: roles in colour, a legend

The text is decoded and normalised as ingest does it: the same --profile, --normalize, --encoding and config file
(tanqih.config.json / .tanqihrc.json). Colour is off when stdout is not a terminal or NO_COLOR is set.

${exitCodesLine('0 ok, 1 a file failed, 64 usage, 66 no such file')}`;

const reportExamples = `
Examples:
  $ tanqih ingest ./articles > records.jsonl; tanqih report records.jsonl > report.html
  $ cat part-*.jsonl | tanqih report > report.html      merged shards, from stdin
  $ tanqih ingest ./articles --report run.json > records.jsonl
  $ tanqih report records.jsonl --run-report run.json -o report.html   failed files counted too

Failed files have no record: give the run's JSON report (ingest --report) to count and list them.
The page is self-contained (no script, no network); examples link to article views inside it.

${exitCodesLine('0 ok, 1 a line or report could not be read, 66 no such file, 73 cannot write the page')}`;

const learnExamples = `
Examples:
  $ tanqih learn archive/site-a -o site-a.template.json
  $ tanqih ingest --files-from new.txt --template site-a.template.json

The template is what ingest learns on its own from a folder of 20 files or more: the short lines that many files
repeat at their head and tail (a site's name, its share bar, its trailer), from a sample of at most 500 files.
Give it with --template to a run that cannot learn it (a list of files, stdin, a single file).

${exitCodesLine('0 ok, 64 usage, 66 no file found, 73/74 cannot write FILE')}`;

/**
 * A command that would read stdin when stdin is a terminal and no input was named: the person gets the command's
 * usage and exit 64 instead of a silent wait for typed text (`-` reads the terminal on purpose). 0 otherwise.
 */
async function usageOnTerminal(cmd: Command, io: Io, sentence: string): Promise<number> {
  if ((io.stdin as { isTTY?: boolean }).isTTY !== true) return 0;
  await write(io.stderr, `${cmd.helpInformation()}\ntanqih: ${sentence}.\n`);
  return ExitCode.usage;
}

/** Builds the commander program; each action stores its exit code in `result`. */
function buildProgram(io: Io, result: { code: number }): Command {
  const program = new Command('tanqih')
    .description('Turn raw Arabic article files into clean, structured data (JSON Lines, JSON, Markdown).')
    .version(`tanqih ${pkg.version} (node ${process.version}, ${process.platform}-${process.arch})`, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .addHelpText('after', `\nRun "tanqih <command> --help" for a command's options and examples.\n\n${exitCodeHelp}`);

  const ingest = program
    .command('ingest')
    .description('Decode, normalise and segment article files into records.')
    .argument('[paths...]', 'files, folders, quoted globs, or - for stdin', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'md']))
    .option('-o, --out <dir>', 'write one file per article under DIR, mirroring the input tree')
    .option('--glob <pattern>', 'which files to take from folders', defaultGlob)
    .option('--md-raw', 'with --format md: keep HTML and Markdown characters of the text raw (default: escaped, shown as text)');
  for (const o of [...textOptions(), ...batchOptions()]) ingest.addOption(o);
  ingest.addOption(rulesOption());
  for (const o of safetyOptions()) ingest.addOption(o); // safety: --max-bytes, --follow-symlinks, --max-warnings
  ingest.addHelpText('after', ingestExamples).action(async (paths: string[], _opts: unknown, cmd: Command) => {
    result.code = await ingestAction(paths, cmd, io, `tanqih ${pkg.version}`);
  });

  const normalize = program
    .command('normalize')
    .description('Decode and normalise one text (a file or stdin) and write it to stdout.')
    .argument('[file]', 'a file, or - for stdin (the default when stdin is not a terminal)');
  for (const o of [...textOptions(), ...configOptions()]) normalize.addOption(o);
  normalize.option('--changes', 'print the number of changes per op on stderr, as JSON');
  normalize.addHelpText('after', normalizeExamples).action(async (file: string | undefined, opts: Record<string, unknown>, cmd: Command) => {
    if (file === undefined && (result.code = await usageOnTerminal(cmd, io, 'normalize needs a file, or - to read the terminal')) !== 0) return;
    const { runNormalize } = await import('./commands/normalize.js');
    await mergeConfig(cmd, io.cwd()); // the same profile and switches as ingest
    result.code = await runNormalize(file ?? '-', cmd.opts() as unknown as Parameters<typeof runNormalize>[1], io);
  });

  const inspect = program
    .command('inspect')
    .description('Show how files are segmented: each line with its role (title, site, byline, date, heading, paragraph, credit, boilerplate) and the rule that decided it.')
    .argument('[files...]', 'files, or - for stdin (several are shown one after the other, or on one page with --html)')
    .option('--json', 'print the fields and every piece as JSON (one object per line for several files)')
    .option('--full', 'do not shorten long lines')
    .addOption(new Option('--html <file>', 'write a self-contained HTML page of the files instead (- for stdout)').conflicts(['json']))
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--template <file>', 'segment with this folder template (tanqih learn), as ingest does in that folder');
  for (const o of [...textOptions(), rulesOption(), ...configOptions()]) inspect.addOption(o);
  inspect.addHelpText('after', inspectExamples).action(async (files: string[], _opts: unknown, cmd: Command) => {
    const { runInspect } = await import('./commands/inspect.js');
    await mergeConfig(cmd, io.cwd()); // the same defaults as ingest, so both see the same text
    const opts = cmd.opts() as Parameters<typeof runInspect>[1] & { html?: string };
    if (opts.html !== undefined) {
      const { runInspectHtml } = await import('./commands/inspect-html.js');
      result.code = await runInspectHtml(files, opts.html, opts, io, `tanqih ${pkg.version}`);
      return;
    }
    if (files.length === 0 && (result.code = await usageOnTerminal(cmd, io, 'inspect needs a file, or - to read the terminal')) !== 0) return;
    if (files.filter((f) => f === '-').length > 1) throw new UsageError('inspect reads stdin (-) once.');
    // several files: one after the other (with --json, one object per line); the exit code is the worst of them
    let code = 0;
    for (const f of files.length === 0 ? ['-'] : files) code = Math.max(code, await runInspect(f, opts, io, files.length > 1));
    result.code = code;
  });
  const report = program
    .command('report')
    .description('Write an HTML page about records of tanqih ingest (JSON Lines): totals, sources, sizes, dates, worst examples.')
    .argument('[records...]', 'JSON Lines files of records, or - for stdin (the default)');
  for (const o of reportOptions()) report.addOption(o);
  report.addHelpText('after', reportExamples).action(async (inputs: string[], opts: Record<string, unknown>, cmd: Command) => {
    if (inputs.length === 0 && (result.code = await usageOnTerminal(cmd, io, 'report needs JSON Lines files of records, or - to read the terminal')) !== 0) return;
    const { runReport } = await import('./commands/report.js');
    result.code = await runReport(inputs, opts, io, `tanqih ${pkg.version}`);
  });
  const learn = program
    .command('learn')
    .description('Learn the template of folders of articles (the lines their files repeat) as JSON, for ingest --template.')
    .argument('<folders...>', 'folders of articles (searched with --glob)')
    .option('-o, --output <file>', 'write the template to FILE instead of stdout')
    .option('--glob <pattern>', 'which files to take from folders', defaultGlob)
    .option('--ignore-path <file>', 'gitignore-syntax file of paths to skip (default: .tanqihignore if present)')
    .option('-q, --quiet', 'no summary line');
  for (const o of [...textOptions(), ...configOptions()]) learn.addOption(o);
  learn.addHelpText('after', learnExamples).action(async (folders: string[], _opts: unknown, cmd: Command) => {
    const { runLearn } = await import('./commands/learn.js');
    await mergeConfig(cmd, io.cwd());
    result.code = await runLearn(folders, cmd.opts(), io);
  });
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of a record, as shipped in tanqih/schema/record.json.')
    .action(async () => {
      await write(io.stdout, readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8'));
    });
  program
    .command('merge')
    .description('Merge JSON Lines outputs that are each sorted by path (the parts of a sharded run) into one sorted stream on stdout.')
    .argument('<files...>', 'JSON Lines files written by tanqih ingest')
    .action(async (files: string[]) => {
      const { runMerge } = await import('./commands/merge.js');
      result.code = await runMerge(files, io);
    });
  return program;
}

/** The whole CLI: parses argv, runs one command, returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const failures = watchStreams(io);
  const code = await run(argv, io);
  // stdout or stderr could not be written (a full disk): the output or the diagnostics are incomplete
  if (code === ExitCode.sigint || code === ExitCode.sigterm || (failures.stdout === null && failures.stderr === null)) return code;
  const which = failures.stdout !== null ? 'stdout' : 'stderr';
  const err = failures.stdout ?? failures.stderr!;
  if (which === 'stdout') io.stderr.write(`tanqih: Cannot write to stdout (${err.code ?? err.message}); the output is incomplete.\n`);
  return ExitCode.ioError;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const result = { code: ExitCode.ok as number };
  try {
    await buildProgram(io, result).parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (isEpipe(err)) return ExitCode.ok;
    // stdout could not be written (a full disk): `main` says so once
    if ((err as NodeJS.ErrnoException).syscall === 'write') return ExitCode.ioError;
    if (err instanceof RunError) {
      io.stderr.write(`tanqih: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`tanqih: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return ExitCode.internal;
  }
}
