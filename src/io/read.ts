import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** All bytes of a readable stream. */
export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The bytes of one input: a file path relative to cwd, or '-' for stdin. */
export async function readInput(p: string, cwd: string, stdin: Readable): Promise<Buffer> {
  if (p === '-') return readStream(stdin);
  const abs = path.resolve(cwd, p);
  // stat first: reading a FIFO would block, and a directory gives a confusing error
  const info = await stat(abs);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  return readFile(abs);
}

/** A plain sentence for a failed read, without Node's "ENOENT: …, open 'x'" noise. */
export function describeIoError(err: unknown): { rule: string; message: string } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { rule: 'io/not-found', message: 'The file does not exist (it may have been removed after it was found).' };
    case 'EACCES':
    case 'EPERM':
      return { rule: 'io/permission', message: 'Permission denied: the file cannot be read.' };
    case 'EISDIR':
      return { rule: 'io/is-directory', message: 'This is a directory, not a file.' };
    case 'ENOTREG':
      return { rule: 'io/not-a-file', message: 'This is not a regular file (a FIFO, socket or device); skipped.' };
    case 'ELOOP':
      return { rule: 'io/symlink-loop', message: 'Too many levels of symbolic links.' };
    default:
      return { rule: 'io/read-error', message: `The file cannot be read (${code ?? (err instanceof Error ? err.message : String(err))}).` };
  }
}
