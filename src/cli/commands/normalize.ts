import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { DecodeOptions, Warning } from '../../core/types.js';
import { decode } from '../../decode/index.js';
import { sniffBom } from '../../decode/bom.js';
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

/** How much of the input is looked at before deciding how to decode it. */
const headBytes = 64 << 10;

/** Opens a file (relative to cwd) or stdin, refusing folders and FIFOs like `ingest` does. */
async function open(file: string, cwd: string, stdin: Readable): Promise<Readable> {
  if (file === '-') return stdin;
  const abs = path.resolve(cwd, file);
  const info = await stat(abs);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  return createReadStream(abs, { highWaterMark: 1 << 20 });
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
 * UTF-8 input the decode stage accepts as it is (no BOM of another encoding, no forced encoding, nothing to repair)
 * is normalised as bytes while it streams; anything else is decoded whole first.
 */
function streamable(head: Buffer, eof: boolean, options: DecodeOptions): { ok: boolean; warnings: Warning[] } {
  const bom = sniffBom(head);
  if (bom && bom.name !== 'utf-8') return { ok: false, warnings: [] };
  if (options.encoding && !/^utf-?8$/i.test(options.encoding)) return { ok: false, warnings: [] };
  const d = decode(eof ? head : completeChars(head), options);
  return { ok: d.encoding.name === 'utf-8' && !d.encoding.repaired, warnings: d.warnings };
}

/** `tanqih normalize [FILE|-]`: decode, normalise, write the text to stdout, streaming. */
export async function runNormalize(file: string, options: NormalizeCommandOptions, io: Io): Promise<number> {
  const warn = (w: Warning): void => reportInput(io, file, 'warning', w.rule, w.message, w.line);
  let input: Readable;
  try {
    input = await open(file, io.cwd(), io.stdin);
  } catch (err) {
    return failInput(err, file, io);
  }
  const switches = options.normalize ?? {};
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const next = async (): Promise<Buffer | null> => {
    const r = await it.next();
    return r.done ? null : typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  };
  try {
    const headChunks: Buffer[] = [];
    let size = 0;
    let eof = false;
    while (size < headBytes) {
      const c = await next();
      if (c === null) {
        eof = true;
        break;
      }
      headChunks.push(c);
      size += c.length;
    }
    const head = Buffer.concat(headChunks);
    const s = streamable(head, eof, options);
    let changes: Record<string, number>;
    if (s.ok) {
      s.warnings.forEach(warn);
      const ns = new NormalizeStream(resolveOps(options.profile, switches));
      const bom = sniffBom(head);
      for (const piece of ns.push(bom ? head.subarray(bom.length) : head)) await writeBytes(io.stdout, piece);
      for (let c = await next(); c !== null; c = await next()) for (const piece of ns.push(c)) await writeBytes(io.stdout, piece);
      for (const piece of ns.end()) await writeBytes(io.stdout, piece);
      const bad = ns.invalidSequences();
      if (bad > 0) warn({ rule: 'decode/invalid-utf8', line: null, message: `${bad} byte sequence(s) past the start are not valid UTF-8; each became U+FFFD.` });
      changes = ns.changes();
    } else {
      const rest: Buffer[] = [head];
      for (let c = await next(); c !== null; c = await next()) rest.push(c);
      const decoded = decode(Buffer.concat(rest), options);
      decoded.warnings.forEach(warn);
      const r = normalize(decoded.text, { profile: options.profile, ...switches });
      await writeBytes(io.stdout, Buffer.from(r.text, 'utf8'));
      changes = r.changes;
    }
    if (options.changes) io.stderr.write(`${JSON.stringify(changes)}\n`);
    return ExitCode.ok;
  } catch (err) {
    return failInput(err, file, io);
  } finally {
    if (file !== '-') input.destroy();
  }
}
