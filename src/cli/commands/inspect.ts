import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { prepareText, type PipelineOptions, type PreparedText } from '../../core/pipeline.js';
import { readInput } from '../../io/read.js';
import { segmentTrace, type Piece, type Role } from '../../segment/index.js';
import { ExitCode } from '../exit-codes.js';
import { failInput } from '../input-failure.js';
import { write } from '../../io/streams.js';
import type { Io } from '../process-io.js';
import { readTemplateFile } from '../../io/template-file.js';

export interface InspectOptions extends Omit<PipelineOptions, 'template'> {
  json?: boolean | undefined;
  full?: boolean | undefined;
  /** false: no colour (`--no-color`). */
  color?: boolean | undefined;
  /** A folder template file (`--template FILE`, from `tanqih learn`): the file is segmented as ingest does it in that folder. */
  template?: string | false | undefined;
}

const colourOf: Record<Role, (c: ChalkInstance) => ChalkInstance> = {
  kicker: (c) => c.cyan,
  title: (c) => c.bold.cyan,
  subtitle: (c) => c.cyan,
  site: (c) => c.magenta,
  byline: (c) => c.magenta,
  date: (c) => c.yellow,
  dateline: (c) => c.yellow,
  heading: (c) => c.bold.green,
  paragraph: (c) => c.reset,
  credit: (c) => c.blue,
  boilerplate: (c) => c.dim.red,
  meta: (c) => c.dim,
  blank: (c) => c.dim,
};

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb; FORCE_COLOR forces it. */
function useColour(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}

/** `display -tatweel  (spaces 3, nfc 1)`: the settings and what they changed. */
function describeNormalization(n: PreparedText['normalization']): string {
  const changes = Object.entries(n.changes).map(([op, count]) => `${op} ${count}`);
  return changes.length > 0 ? `${n.profile}  (${changes.join(', ')})` : `${n.profile}  (no changes)`;
}

function clip(s: string, full: boolean): string {
  return full || s.length <= 150 ? s : `${s.slice(0, 100)} … ${s.slice(-40)}`;
}

/** One row per piece of each line: line number, role, rule, text. Lines without a piece continue the one above. */
function renderRows(lines: readonly string[], pieces: readonly Piece[], c: ChalkInstance, full: boolean): string {
  const byLine = new Map<number, Piece[]>();
  for (const p of pieces) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const out: string[] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    const found = byLine.get(n);
    const rows: Piece[] = found ?? [{ line: n, text: text.trim(), role: text.trim() === '' ? 'blank' : 'paragraph', rule: text.trim() === '' ? '' : '(continued)' }];
    // pieces of one line (a collapsed page) in the order they stand in it
    if (rows.length > 1) {
      const at = (p: Piece): number => {
        const i = text.indexOf(p.text.slice(0, 40));
        return i < 0 ? text.length : i;
      };
      rows.sort((a, b) => at(a) - at(b));
    }
    for (const p of rows) {
      const paint = colourOf[p.role](c);
      // where the line model decided, its strongest features say why
      const why = p.reason ? `  ${c.dim(`[${p.reason}]`)}` : '';
      out.push(`${c.dim(String(n).padStart(5))}  ${paint(p.role.padEnd(11))} ${c.dim(p.rule.padEnd(30))} ${paint(clip(p.text, full))}${why}`.trimEnd());
    }
  });
  return out.join('\n') + '\n';
}

/**
 * `tanqih inspect FILE…`: every line of the normalised text with the role it got and the rule that decided it. The text
 * is prepared exactly as `ingest` prepares it (same decoding, profile, `--normalize` switches and config file).
 */
export async function runInspect(file: string, options: InspectOptions, io: Io, several = false): Promise<number> {
  // (`several`: one of several files — a rule before its rows, and with --json one compact object per line)
  let prepared: PreparedText;
  try {
    prepared = prepareText(await readInput(file, io.cwd(), io.stdin), { ...options, template: undefined });
  } catch (err) {
    return failInput(err, file, io);
  }
  const text = prepared.normalized.text;
  const template = typeof options.template === 'string' ? await readTemplateFile(path.resolve(io.cwd(), options.template)) : undefined;
  const { segmented: s, pieces } = segmentTrace(text, { rules: options.rules, template });
  // the warnings the record would carry
  const warnings = prepared.notArabic ? prepared.warnings : [...prepared.warnings, ...s.warnings];
  if (options.json) {
    const { blocks: _blocks, boilerplate: _boilerplate, ...fields } = s;
    const record = { ...fields, encoding: prepared.decoded.encoding, normalization: prepared.normalization, warnings };
    const view = { path: file, fields: record, pieces };
    await write(io.stdout, (several ? JSON.stringify(view) : JSON.stringify(view, null, 2)) + '\n');
    return ExitCode.ok;
  }
  const c = new Chalk({ level: useColour(io, options.color) ? 1 : 0 });
  const field = (name: string, value: unknown): string => `${c.dim(name.padEnd(9))} ${value === null || value === undefined ? c.dim('—') : typeof value === 'string' ? value : JSON.stringify(value)}`;
  const head = [
    ...(s.kicker === null ? [] : [field('kicker', s.kicker)]),
    field('title', s.title),
    ...(s.subtitle === null ? [] : [field('subtitle', s.subtitle)]),
    ...(s.section === null ? [] : [field('section', s.section)]),
    field('site', s.sitename),
    field('author', s.author),
    field('date', s.date === null ? null : `${s.date}  (${s.dateRaw ?? ''})`),
    field('hijri', s.hijriDate),
    field('dateline', s.dateline),
    field('agencies', s.agencies.length > 0 ? s.agencies.join(', ') : null),
    field('url', s.url),
    field('normalize', describeNormalization(prepared.normalization)),
  ];
  for (const w of warnings) head.push(`${c.yellow('warning')}   ${w.message} (${w.rule})`);
  for (const w of s.notes) head.push(`${c.dim('note')}      ${w.message} (${w.rule})`);
  // (several files: a blank line and a rule part one file's rows from the next file's name)
  const rule = several ? `${c.dim('─'.repeat(40))}\n` : '';
  await write(io.stdout, `${rule}${c.bold(file)}\n${head.join('\n')}\n\n${renderRows(text.split('\n'), pieces, c, options.full === true)}${several ? '\n' : ''}`);
  return ExitCode.ok;
}
