import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../src/core/errors.js';
import { binaryReason, binarySampleBytes } from '../src/decode/binary.js';
import { decode } from '../src/decode/index.js';
import { trailingPadding } from '../src/decode/padding.js';
import { signatures } from '../src/decode/signatures.js';
import { runCli, root } from './helpers/cli.js';

/**
 * Trailing NUL / ^Z padding (DOS and Windows exports) is cut and reported, never a reason to refuse a file; a file
 * is binary only on evidence (a signature, a share of NUL and control bytes in its body). The padded files are built
 * here; the reference decoding of windows-1256 is the system's `iconv -f CP1256` (glibc), an implementation
 * independent of iconv-lite, which tanqih uses. Where the iconv program is missing, iconv-lite stands in, and the
 * test names say so.
 */

const hasIconv = ((): boolean => {
  try {
    execFileSync('iconv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const reference = hasIconv ? 'iconv -f CP1256' : 'iconv-lite (the iconv program is missing)';

/** windows-1256 bytes -> UTF-8 text by the reference decoder. */
function cp1256(bytes: Buffer): string {
  if (!hasIconv) return iconv.decode(bytes, 'windows-1256');
  return execFileSync('iconv', ['-f', 'CP1256', '-t', 'UTF-8'], { input: bytes }).toString('utf8');
}

/** Articles written for this test, in the layout of a 1990s newspaper export (headline, date line, paragraphs). */
const heads = ['افتتاح معرض الكتاب في الرياض', 'أمطار غزيرة على مكة المكرمة', 'الفريق الأخضر يفوز بالكأس', 'ارتفاع أسعار القمح في الأسواق', 'تخريج دفعة جديدة من المعلمين', 'مجلس الشورى يناقش نظام المرور'];
const bodies = [
  'قال مدير المعرض إن عدد دور النشر المشاركة هذا العام تجاوز ثلاثمائة دار من عشرين دولة.',
  'وأوضح المتحدث أن الفرق الميدانية باشرت أعمالها منذ الصباح الباكر، وأن الحركة عادت إلى طبيعتها.',
  'وشهدت المباراة حضوراً جماهيرياً كبيراً، وسجل المهاجم هدف الفوز في الدقيقة الأخيرة.',
  'وعزا التجار الارتفاع إلى تأخر وصول الشحنات، متوقعين أن تستقر الأسعار خلال أسابيع.',
];

function article(k: number): string {
  const lines = [heads[k % heads.length]!, `جدة - ${1 + (k % 28)} رمضان 1412هـ`, '', bodies[k % bodies.length]!, '', bodies[(k + 1) % bodies.length]!, ''];
  return lines.join('\r\n');
}

/** The padding a file of case `k` ends with: NULs, ^Z, ^Z then NULs, or NULs up to a 512-byte block. */
function paddingFor(k: number, length: number): Buffer {
  switch (k % 4) {
    case 0:
      return Buffer.alloc(1 + (k % 3));
    case 1:
      return Buffer.from([0x1a]);
    case 2:
      return Buffer.concat([Buffer.from([0x1a]), Buffer.alloc(5)]);
    default:
      return Buffer.alloc(512 - (length % 512) || 512);
  }
}

describe('trailing padding is cut and reported', () => {
  it('windows-1256 + CRLF + one trailing NUL: windows-1256, CRLF, padding 1, text as the reference reads the unpadded bytes', () => {
    const body = iconv.encode(article(0), 'windows-1256');
    const r = decode(Buffer.concat([body, Buffer.from([0])]));
    expect(r.encoding).toMatchObject({ name: 'windows-1256', newline: 'crlf', padding: 1 });
    expect(r.text).toBe(cp1256(body));
    expect(r.warnings).toEqual([]);
  });

  it('UTF-8 + ^Z: utf-8, padding 1, the text without the ^Z', () => {
    const text = article(1);
    const r = decode(Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0x1a])]));
    expect(r).toEqual({ text, encoding: { name: 'utf-8', confidence: 1, bom: false, newline: 'crlf', repaired: null, padding: 1 }, warnings: [] });
  });

  for (const [name, bom] of [
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ] as const) {
    for (const [label, pad, n] of [
      ['NUL units', name === 'utf-16le' ? [0, 0, 0, 0] : [0, 0, 0, 0], 4],
      ['an odd number of NULs', [0, 0, 0], 3],
      ['^Z', name === 'utf-16le' ? [0x1a, 0] : [0, 0x1a], 2],
    ] as const) {
      it(`${name}${bom ? ' with BOM' : ''} padded with ${label}: read as ${name}, padding ${n}, no U+FFFD`, () => {
        const text = article(2);
        const bytes = Buffer.concat([bom ? Buffer.from(name === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), iconv.encode(text, name), Buffer.from(pad)]);
        const r = decode(bytes);
        expect(r.text).toBe(text);
        expect(r.encoding).toMatchObject({ name, bom, padding: n });
        expect(r.warnings).toEqual([]);
      });
    }
  }

  it('UTF-32 with BOM and NUL padding', () => {
    const text = article(3);
    const r = decode(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf-32le'), Buffer.alloc(8)]));
    expect(r.text).toBe(text);
    expect(r.encoding.padding).toBe(8);
  });

  it('--encoding windows-1256 also cuts the padding', () => {
    const body = iconv.encode(article(4), 'windows-1256');
    const r = decode(Buffer.concat([body, Buffer.alloc(7)]), { encoding: 'cp1256' });
    expect(r.text).toBe(cp1256(body));
    expect(r.encoding.padding).toBe(7);
  });

  it('no padding, no field: the record of an unpadded file is unchanged', () => {
    expect(decode(Buffer.from('نص', 'utf8')).encoding).not.toHaveProperty('padding');
  });

  it('padding is only at the end: a NUL or ^Z inside the text stays in the text (the controls op removes it)', () => {
    const r = decode(Buffer.concat([Buffer.from('سطر أول\n', 'utf8'), Buffer.from([0, 0x1a]), Buffer.from('\nسطر ثان\n', 'utf8')]));
    expect(r.text).toBe('سطر أول\n\u0000\u001a\nسطر ثان\n');
    expect(r.encoding).not.toHaveProperty('padding');
  });

  it('trailingPadding counts whole units, and a cut unit only when it is all NUL', () => {
    expect(trailingPadding(Buffer.from([0x41, 0, 0x1a, 0]), 0, 1)).toBe(3);
    expect(trailingPadding(Buffer.from([0x41, 0x00, 0x1a, 0x00, 0x00]), 0, 2)).toBe(3);
    expect(trailingPadding(Buffer.from([0x41, 0x00, 0x42]), 0, 2)).toBe(0);
    expect(trailingPadding(Buffer.from([0x00, 0x41, 0x00, 0x1a]), 0, 2)).toBe(2); // big-endian ^Z
    expect(trailingPadding(Buffer.from([0x1a, 0x1a]), 0, 2)).toBe(0); // U+1A1A is a character
    expect(trailingPadding(Buffer.from([0xff, 0xfe, 0, 0]), 2, 2)).toBe(2);
  });
});

describe('a folder of padded windows-1256 files', () => {
  let dir: string;
  const files: Array<{ name: string; body: Buffer }> = [];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tanqih-padded-'));
    mkdirSync(path.join(dir, 'in'));
    for (let k = 0; k < 24; k++) {
      const body = iconv.encode(article(k), 'windows-1256');
      const name = `issue-${String(k).padStart(2, '0')}.txt`;
      writeFileSync(path.join(dir, 'in', name), Buffer.concat([body, paddingFor(k, body.length)]));
      files.push({ name, body });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`decodes every file as windows-1256, and the text equals ${reference} of the unpadded bytes`, () => {
    for (const f of files) {
      const r = decode(readFileSync(path.join(dir, 'in', f.name)));
      expect(r.encoding.name, f.name).toBe('windows-1256');
      expect(r.text, f.name).toBe(cp1256(f.body));
    }
  });

  it('ingest gives a record for 100% of the files (exit 0), each naming windows-1256 and its padding', async () => {
    const r = await runCli(['ingest', path.join(dir, 'in')], { cwd: root });
    expect(r.stderr).not.toMatch(/decode\/binary/);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; encoding: { name: string; padding?: number } });
    expect(records).toHaveLength(files.length);
    for (const rec of records) {
      const f = files.find((x) => rec.path.endsWith(x.name))!;
      expect(rec.encoding.name, rec.path).toBe('windows-1256');
      expect(rec.encoding.padding, rec.path).toBe(readFileSync(path.join(dir, 'in', f.name)).length - f.body.length);
    }
  });

  it(`normalize --profile none prints ${reference} of the unpadded bytes (newlines as LF)`, async () => {
    for (const f of files.slice(0, 4)) {
      const r = await runCli(['normalize', '--profile', 'none', path.join(dir, 'in', f.name)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(cp1256(f.body).replace(/\r\n/g, '\n'));
    }
  });
});

function refused(bytes: Uint8Array): string {
  try {
    decode(bytes);
  } catch (err) {
    if (err instanceof FileError) return err.rule;
    throw err;
  }
  return 'accepted';
}

describe('binaries are still refused', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const decoding = readme.slice(readme.indexOf('## Decoding'), readme.indexOf('## Normalisation'));

  it('the README names every signature tanqih knows', () => {
    for (const sig of signatures) expect(decoding, sig.name).toContain(sig.name.split(' ')[0]!);
  });

  for (const sig of signatures) {
    it(`${sig.name}: decode/binary, also with trailing NUL padding`, () => {
      const tail = Buffer.from(' plain text after the magic number, as some formats have\n');
      expect(refused(Buffer.concat([Buffer.from(sig.bytes), tail]))).toBe('decode/binary');
      expect(refused(Buffer.concat([Buffer.from(sig.bytes), tail, Buffer.alloc(64)]))).toBe('decode/binary');
    });
  }

  it('a PDF (text objects and a binary stream) is refused', () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n', 'latin1'),
      Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256)),
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    ]);
    expect(refused(pdf)).toBe('decode/binary');
  });

  it('random bytes are refused at any size from 64 bytes to 256 KB', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 256 << 10, size: 'max' }), (bytes) => {
        // an arbitrary array could start with a BOM or pass for UTF-16 Arabic; random bytes essentially never do
        fc.pre(!(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff) && !(bytes[0] === 0xef && bytes[1] === 0xbb));
        expect(refused(bytes)).toBe('decode/binary');
      }),
      { numRuns: 40 },
    );
  });

  it('the threshold: a share of NUL and control bytes over 1% of the body (at least 4) is binary; fewer is text', () => {
    const text = Buffer.from('ا'.repeat(500), 'utf8'); // 1000 bytes
    const withNuls = (n: number): Buffer => Buffer.concat([text.subarray(0, 500), Buffer.alloc(n), text.subarray(500)]);
    expect(binaryReason(withNuls(3))).toBeNull(); // three NULs: damage, not a binary
    expect(binaryReason(withNuls(10))).toBeNull(); // 10 of 1010 bytes: under 1%
    expect(binaryReason(withNuls(11))).toMatch(/1\.1% of its first 1011 bytes/);
    // the sample is the start of the body: padding after it does not count
    const padded = Buffer.concat([withNuls(3), Buffer.alloc(4000)]);
    expect(binaryReason(padded, padded.length - 4000)).toBeNull();
    expect(binarySampleBytes).toBe(65536);
  });
});
