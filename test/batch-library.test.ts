import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/index.js';
import { ingest } from '../src/batch/records.js';
import { makeCorpus } from './helpers/batch-corpus.js';
import { runCli } from './helpers/cli.js';

// The batch engine is a library: the CLI is one caller, an async iterable of records is another (a thin wrapper).
const dir = makeCorpus(70, 'tanqih-lib-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the batch engine as a library', () => {
  it('ingest(paths) yields the same records, in the same order, as the CLI writes', async () => {
    const cli = (await runCli(['ingest', dir, '-j', '2'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    const records: unknown[] = [];
    // the built engine, so its worker threads run (npm test builds first)
    const { ingest: built } = (await import('../dist/batch/records.js')) as { ingest: typeof ingest };
    for await (const r of built([dir], { concurrency: 2 })) records.push(r);
    expect(records).toEqual(cli);
  });

  it('stopping the iteration early stops the run', async () => {
    const it = ingest([dir], { concurrency: 1 });
    const first = await it.next();
    expect(first.done).toBe(false);
    await it.return(null);
  });

  it('runBatch returns what the run counted', async () => {
    const { Writable } = await import('node:stream');
    const { Readable } = await import('node:stream');
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const s = await runBatch([dir], { format: 'jsonl', concurrency: 1 }, { cwd: '/', stdin: Readable.from([]), stdout: sink });
    expect(s.totals).toMatchObject({ files: 70, ok: 70, failed: 0 });
    expect(s.stopped).toBeNull();
  });
});
