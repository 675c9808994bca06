import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import type { DecodeOptions, Warning } from '../../core/types.js';
import { decode } from '../../decode/index.js';
import { sniffBom } from '../../decode/bom.js';
import { PlainUtf8Check } from '../../decode/plain-utf8.js';
import { NormalizeStream, normalize, resolveOps, type OpSwitches, type ProfileName } from '../../normalize/index.js';
import { ExitCode } from '../exit-codes.js';
import { failInput, reportInput } from '../input-failure.js';
import type { Io } from '../process-io.js';

export interface NormalizeCommandOptions extends DecodeOptions {
  profile: ProfileName;
  /** Per-op switches from `--normalize`. */
  normalize?: OpSwitches | undefined;
  /** Print the counts per op on stderr as JSON. */
  changes?: boolean | undefined;
}

/** How much of the start of a file the decoder's own checks (UTF-16 pattern, binary sample) look at, and a little more. */
const headBytes = (64 << 10) + 4;

/** Opens a file (relative to cwd) or stdin, refusing folders and FIFOs like `ingest` does. */
async function open(file: string, cwd: string, stdin: Readable, range?: { end: number }): Promise<Readable> {
  if (file === '-') return stdin;
  const abs = path.resolve(cwd, file);
  const info = await stat(abs);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  // `end` is inclusive in createReadStream; an empty range reads nothing
  if (range && range.end === 0) return Readable.from([]);
  return createReadStream(abs, { highWaterMark: 1 << 20, ...(range ? { end: range.end - 1 } : {}) });
}

function writeBytes(stream: Writable, data: Uint8Array): Promise<void> {
  if (data.length === 0 || stream.write(data)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error): void => {
      stream.off('drain', done);
      stream.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}

/** Bytes up to the last complete UTF-8 character (a chunk may end inside one). */
function completeChars(b: Buffer): Buffer {
  let p = b.length;
  for (let k = 1; k <= 3 && p - k >= 0; k++) {
    const c = b[p - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (need > k) p -= k;
    break;
  }
  return b.subarray(0, p);
}

/**
 * Whether the start of a file that is plain UTF-8 throughout (see PlainUtf8Check) also passes the decoder's checks as
 * it is: no BOM of another encoding, no forced encoding, not UTF-16 by its pattern, not binary.
 */
function streamable(head: Buffer, whole: boolean, options: DecodeOptions): boolean {
  const bom = sniffBom(head);
  if (bom && bom.name !== 'utf-8') return false;
  if (options.encoding && !/^utf-?8$/i.test(options.encoding)) return false;
  const d = decode(whole ? head : completeChars(head), options);
  return d.encoding.name === 'utf-8' && !d.encoding.repaired && d.warnings.length === 0;
}

async function* chunksOf(input: Readable): AsyncGenerator<Buffer> {
  for await (const c of input as AsyncIterable<Buffer | string>) yield typeof c === 'string' ? Buffer.from(c) : c;
}

/** First pass over a file, holding only its start: can it stream, and where does its end padding start? */
async function planFile(input: Readable, options: DecodeOptions): Promise<{ stream: boolean; bodyEnd: number }> {
  const check = new PlainUtf8Check();
  const head: Buffer[] = [];
  let size = 0;
  for await (const c of chunksOf(input)) {
    check.push(c);
    if (size < headBytes) {
      head.push(c);
      size += c.length;
    }
  }
  const { plain, bodyEnd } = check.result();
  if (!plain) return { stream: false, bodyEnd };
  const start = Buffer.concat(head).subarray(0, Math.min(size, bodyEnd));
  return { stream: streamable(start, start.length === bodyEnd, options), bodyEnd };
}

/** Normalises a plain UTF-8 body as bytes while it streams (memory stays flat). */
async function streamBody(input: Readable, options: NormalizeCommandOptions, io: Io, warn: (w: Warning) => void): Promise<Record<string, number>> {
  const ns = new NormalizeStream(resolveOps(options.profile, options.normalize ?? {}));
  let first = true;
  for await (let c of chunksOf(input)) {
    if (first) {
      const bom = sniffBom(c);
      if (bom) c = c.subarray(bom.length);
      first = false;
    }
    for (const piece of ns.push(c)) await writeBytes(io.stdout, piece);
  }
  for (const piece of ns.end()) await writeBytes(io.stdout, piece);
  const bad = ns.invalidSequences();
  if (bad > 0) warn({ rule: 'decode/invalid-utf8', line: null, message: `${bad} byte sequence(s) are not valid UTF-8; each became U+FFFD.` });
  return ns.changes();
}

/** Decodes the whole input as `ingest` does, then normalises the text. */
async function decodeWhole(input: Readable, options: NormalizeCommandOptions, io: Io, warn: (w: Warning) => void): Promise<Record<string, number>> {
  const all: Buffer[] = [];
  for await (const c of chunksOf(input)) all.push(c);
  const decoded = decode(Buffer.concat(all), options);
  decoded.warnings.forEach(warn);
  const r = normalize(decoded.text, { profile: options.profile, ...options.normalize });
  await writeBytes(io.stdout, Buffer.from(r.text, 'utf8'));
  return r.changes;
}

/**
 * `tanqih normalize [FILE|-]`: decode, normalise, write the text to stdout. The input is decoded exactly as `ingest`
 * decodes a file, on the whole of it: a file is read twice when it is plain UTF-8 throughout (a first pass checks
 * it, the second normalises it as it streams); anything else, and stdin (which cannot be read twice), is decoded whole.
 */
export async function runNormalize(file: string, options: NormalizeCommandOptions, io: Io): Promise<number> {
  const warn = (w: Warning): void => reportInput(io, file, 'warning', w.rule, w.message, w.line);
  let input: Readable | null = null;
  try {
    input = await open(file, io.cwd(), io.stdin);
    let changes: Record<string, number>;
    if (file === '-') changes = await decodeWhole(input, options, io, warn);
    else {
      const plan = await planFile(input, options);
      input.destroy();
      input = await open(file, io.cwd(), io.stdin, plan.stream ? { end: plan.bodyEnd } : undefined);
      changes = plan.stream ? await streamBody(input, options, io, warn) : await decodeWhole(input, options, io, warn);
    }
    if (options.changes) io.stderr.write(`${JSON.stringify(changes)}\n`);
    return ExitCode.ok;
  } catch (err) {
    return failInput(err, file, io);
  } finally {
    if (file !== '-') input?.destroy();
  }
}
