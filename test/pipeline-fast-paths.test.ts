import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { processBytes } from '../src/core/pipeline.js';
import { decode, decodeWithBytes } from '../src/decode/index.js';
import { readInput, readInputSync, type ReadOptions } from '../src/io/read.js';
import { normalize, normalizeUtf8, parseSwitches, profileNames, switchNames, type NormalizeOptions } from '../src/normalize/index.js';

// Text the fast paths must treat exactly as the slow ones: Arabic, marks, presentation forms, every kind of space
// (JavaScript's \s and the ones it leaves out), invisible marks, CR/LF, mojibake-looking Latin, emoji.
const pieces = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآ',
  '\u0640', // TATWEEL
  ...'\u064B\u064E\u0651\u0670\uFE8D\uFEDF\uFEF7\uFDF2\u0660\u06F5\u060C\u061F',
  ...' \t\n\r\v\f\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u0085\u180E\u200B',
  ...'\u200C\u200D\u200F\u202B',
  ...'ØÙ§„ط§ظ„',
  '😀',
  ...'aZé.:-',
];
const text = fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }), { maxLength: 80 }).map((a) => a.join(''));
const switchSpec = fc.subarray(switchNames.filter((n) => n !== 'digits').flatMap((n) => [`+${n}`, `-${n}`]), { maxLength: 3 });
const options: fc.Arbitrary<NormalizeOptions> = fc.record({ profile: fc.constantFrom(...profileNames), switches: switchSpec }).map(({ profile, switches }) => ({ profile, ...parseSwitches(switches.join(',')) }));

describe('normalizeUtf8 (bytes in) gives what normalize (text in) gives', () => {
  it('for any well-formed text and settings, with and without the decoded text', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const expected = normalize(t, o);
        expect(normalizeUtf8(Buffer.from(t, 'utf8'), o)).toEqual(expected);
        expect(normalizeUtf8(Buffer.from(t, 'utf8'), o, t)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeWithBytes', () => {
  it('is decode plus the UTF-8 bytes of the text, when the text is exactly a slice of the input', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, bom) => {
        const body = Buffer.from(t, 'utf8');
        const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
        const r = decodeWithBytes(bytes);
        const { utf8, ...rest } = r;
        expect(rest).toEqual(decode(bytes));
        if (utf8) expect(Buffer.from(r.text, 'utf8').equals(Buffer.from(utf8))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the bytes for plain UTF-8, and none for a legacy page or repaired mojibake', () => {
    const plain = Buffer.from('خبر عاجل\nنص الخبر هنا.\n', 'utf8');
    expect(decodeWithBytes(plain).utf8).toBe(plain);
    expect(decodeWithBytes(iconv.encode('خبر عاجل في المدينة اليوم\nنص الخبر هنا.\n', 'windows-1256')).utf8).toBeUndefined();
    const moji = Buffer.from(iconv.decode(Buffer.from('العربية لغة جميلة جدا', 'utf8'), 'windows-1252'), 'utf8');
    const r = decodeWithBytes(moji);
    expect(r.encoding.repaired).not.toBeNull();
    expect(r.utf8).toBeUndefined();
  });
});

describe('processBytes stats.words', () => {
  it('counts what /\\S+/g matches in the record text', () => {
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const r = processBytes('x.txt', Buffer.from(`خبر عاجل من المدينة\n\n${lines.join('\n\n')}\n`, 'utf8'));
        if (!r.ok) return;
        expect(r.article.stats.words).toBe(r.article.text.match(/\S+/g)?.length ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readInputSync reads and refuses exactly as readInput does', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-readsync-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const root = path.join(tmp, 'root');
  mkdirSync(path.join(root, 'dir'), { recursive: true });
  writeFileSync(path.join(root, 'a.txt'), 'نص قصير\n');
  writeFileSync(path.join(root, 'empty.txt'), '');
  writeFileSync(path.join(root, 'big.txt'), 'x'.repeat(100));
  writeFileSync(path.join(tmp, 'outside.txt'), 'خارج\n');
  symlinkSync('a.txt', path.join(root, 'in-link.txt'));
  symlinkSync(path.join(tmp, 'outside.txt'), path.join(root, 'out-link.txt'));
  symlinkSync('loop-b', path.join(root, 'loop-a'));
  symlinkSync('loop-a', path.join(root, 'loop-b'));
  execFileSync('mkfifo', [path.join(root, 'fifo')]);

  const outcome = async <T>(f: () => T | Promise<T>): Promise<{ bytes?: string; code?: string; size?: number; target?: string }> => {
    try {
      return { bytes: Buffer.from((await f()) as Buffer).toString('hex') };
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { size?: number; target?: string };
      return { code: e.code, size: e.size, target: e.target };
    }
  };
  const cases: [string, ReadOptions][] = [
    ['a.txt', { root: '.' }],
    ['empty.txt', { root: '.' }],
    ['big.txt', { root: '.', maxBytes: 99 }],
    ['big.txt', { root: '.', maxBytes: 100 }],
    ['dir', { root: '.' }],
    ['fifo', { root: '.' }],
    ['missing.txt', { root: '.' }],
    ['in-link.txt', { root: '.' }],
    ['out-link.txt', { root: '.' }],
    ['out-link.txt', { root: '.', followSymlinks: true }],
    ['out-link.txt', {}],
    ['loop-a', { root: '.' }],
  ];
  it.each(cases)('%s %o', async (p, o) => {
    const sync = await outcome(() => readInputSync(p, root, o));
    const async = await outcome(() => readInput(p, root, Readable.from([]), o));
    expect(sync).toEqual(async);
  });
});
