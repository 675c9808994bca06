import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileError } from '../src/core/errors.js';
import { decode } from '../src/decode/index.js';
import { fixtureTexts, mojibake } from './helpers/encode.mjs';

const texts = fixtureTexts();
const news = texts.get('news.txt')!;
const culture = texts.get('culture.txt')!;
const sport = texts.get('sport.txt')!;
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

function refused(bytes: Uint8Array): FileError {
  try {
    decode(bytes);
  } catch (err) {
    if (err instanceof FileError) return err;
    throw err;
  }
  throw new Error('decode accepted the bytes');
}

describe('newlines', () => {
  const crlf = news.replace(/\n/g, '\r\n');
  const cr = news.replace(/\n/g, '\r');
  const lines = news.split('\n');
  const mixed = `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r${lines.slice(3).join('\n')}`;
  for (const [label, text, newline] of [
    ['CRLF', crlf, 'crlf'],
    ['CR', cr, 'cr'],
    ['mixed', mixed, 'mixed'],
    ['none', lines[0]!, 'none'],
  ] as const) {
    for (const encoding of ['utf-8', 'windows-1256', 'utf-16le', 'iso-8859-6']) {
      it(`${label} newlines survive ${encoding} exactly and are reported`, () => {
        const r = decode(iconv.encode(text, encoding));
        expect(r.text).toBe(text);
        expect(r.encoding).toMatchObject({ name: encoding, newline });
      });
    }
  }
});

describe('damaged UTF-8', () => {
  it('a file cut in the middle of a character keeps everything before it and says where', () => {
    // the last line is '(وكالات)': drop ')' and the second byte of 'ت'
    const whole = utf8(news.trimEnd());
    const mid = whole.subarray(0, whole.length - 2);
    // cutting between characters (before ')\n') loses nothing
    const cut = utf8(news).subarray(0, utf8(news).length - 2);
    const r = decode(mid);
    expect(r.encoding.name).toBe('utf-8');
    expect(r.text).toBe(news.trimEnd().slice(0, -2) + '\uFFFD');
    expect(r.warnings).toEqual([{ rule: 'decode/invalid-bytes', line: 6, message: '1 invalid UTF-8 byte sequence replaced with U+FFFD.' }]);
    expect(r.encoding.confidence).toBeLessThan(1);
    expect(decode(cut)).toMatchObject({ text: news.slice(0, -2), warnings: [] });
  });

  it('stray bytes become U+FFFD, one warning per line, and the rest is intact', () => {
    const lines = sport.split('\n');
    const bytes = Buffer.concat([utf8(lines.slice(0, 2).join('\n') + '\n'), Buffer.from([0xff]), utf8(lines[2]! + '\n'), Buffer.from([0xc0, 0x80]), utf8(lines.slice(3).join('\n'))]);
    const r = decode(bytes);
    expect(r.encoding.name).toBe('utf-8');
    expect(r.text).toBe([lines[0], lines[1], `\uFFFD${lines[2]}`, `\uFFFD\uFFFD${lines[3]}`, ...lines.slice(4)].join('\n'));
    expect(r.warnings.map((w) => [w.rule, w.line])).toEqual([
      ['decode/invalid-bytes', 3],
      ['decode/invalid-bytes', 4],
    ]);
  });

  it('a UTF-8 file with a windows-1256 block: both parts read right, the block reported by line', () => {
    const block = culture.split('\n').slice(1, 3).join('\n');
    const bytes = Buffer.concat([utf8(news), iconv.encode(block + '\n', 'windows-1256'), utf8(sport)]);
    const r = decode(bytes);
    expect(r.text).toBe(news + block + '\n' + sport);
    expect(r.encoding.name).toBe('utf-8');
    expect(r.warnings).toEqual([{ rule: 'decode/mixed-encoding', line: 7, message: 'Lines 7–8 are not UTF-8 like the rest of the file; read as windows-1256.' }]);
    expect(r.encoding.confidence).toBeLessThan(1);
  });

  it('a windows-1256 file with a UTF-8 line: both read right, the UTF-8 line reported', () => {
    const line = 'سطر أضيف لاحقا بترميز مختلف في نهاية الملف\n';
    const bytes = Buffer.concat([iconv.encode(news + economyHead(), 'windows-1256'), utf8(line)]);
    const r = decode(bytes);
    expect(r.text).toBe(news + economyHead() + line);
    expect(r.encoding.name).toBe('windows-1256');
    expect(r.warnings.map((w) => [w.rule, w.line])).toEqual([['decode/mixed-encoding', 9]]);
  });
});

function economyHead(): string {
  return texts.get('economy.txt')!.split('\n').slice(0, 2).join('\n') + '\n';
}

describe('UTF-16 and UTF-32 edge cases', () => {
  it('an odd byte at the end of UTF-16 is reported', () => {
    const bytes = Buffer.concat([iconv.encode(news, 'utf-16le'), Buffer.from([0x06])]);
    const r = decode(bytes);
    expect(r.encoding.name).toBe('utf-16le');
    expect(r.text).toBe(news + '\uFFFD');
    expect(r.warnings.map((w) => w.rule)).toEqual(['decode/invalid-bytes']);
  });

  it('an unpaired surrogate is replaced and reported with its line', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('سطر أول\nسطر', 'utf-16le'), Buffer.from([0x00, 0xd8]), iconv.encode(' ثان', 'utf-16le')]);
    const r = decode(bytes);
    expect(r.text).toBe('سطر أول\nسطر\uFFFD ثان');
    expect(r.warnings).toEqual([{ rule: 'decode/invalid-bytes', line: 2, message: '1 unpaired UTF-16 surrogate replaced with U+FFFD.' }]);
  });

  it('UTF-16 of plain ASCII without a BOM is still UTF-16, not binary', () => {
    expect(decode(iconv.encode('Hello, world.\n', 'utf-16be')).encoding.name).toBe('utf-16be');
  });
});

describe('mojibake', () => {
  it('leaves a UTF-8 Arabic text with Danish names (Ø, Å) alone', () => {
    const text = 'حضر الكاتب Søren Østergaard وزميلته Åse Ørsted ندوة في مدينة Ålborg عن الترجمة.\n';
    const r = decode(utf8(text));
    expect(r.text).toBe(text);
    expect(r.encoding.repaired).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('leaves genuine Arabic with commas after ط and ظ alone', () => {
    const text = 'خطة الضغط، والحظ، والخط؛ كلها كلمات تنتهي بالطاء أو الظاء قبل فاصلة.\n';
    expect(decode(utf8(text))).toMatchObject({ text, encoding: { repaired: null }, warnings: [] });
  });

  it('undoes text read wrongly twice (windows-1256, then windows-1252)', () => {
    const once = new TextDecoder('windows-1256').decode(utf8(news));
    const r = decode(mojibake(once, 'windows-1252'));
    expect(r.text).toBe(news);
    expect(r.encoding.repaired).toBe('utf-8 read as windows-1256, then as windows-1252');
  });

  it('repairs a misread paragraph next to a good one, and keeps the good one', () => {
    const bad = mojibake(sport, 'windows-1252').toString('utf8');
    const r = decode(utf8(news + bad));
    expect(r.text).toBe(news + sport);
    expect(r.encoding.repaired).toBe('utf-8 read as windows-1252');
  });

  it('with repair off, leaves the text and says what it looks like', () => {
    const bytes = mojibake(news, 'windows-1256');
    const r = decode(bytes, { repair: false });
    expect(r.text).toBe(bytes.toString('utf8'));
    expect(r.encoding.repaired).toBeNull();
    expect(r.warnings).toEqual([
      { rule: 'decode/mojibake', line: null, message: 'The text looks like utf-8 read as windows-1256 (mojibake); left as it is because repair is off.' },
    ]);
  });

  it('does not guess characters a lossy tool dropped, and says so', () => {
    // iconv-lite's windows-1252 turns the undefined byte 0x81 (second byte of ف) into U+FFFD: ف is lost
    const lossy = Buffer.from(iconv.decode(utf8('في الصيف'), 'windows-1252'), 'utf8');
    const r = decode(lossy);
    expect(r.text).not.toContain('ف');
    expect(r.warnings.map((w) => w.rule)).toContain('decode/mojibake');
  });
});

describe('binary files are refused', () => {
  const cases: Array<[string, Buffer]> = [
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x08, 0x9a, 0x3c, 0x11, 0x65, 0x02, 0x03, 0x61, 0x2e, 0x74, 0x78, 0x74])],
    ['PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n')],
    ['ELF', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(40, 0)])],
    ['NULs all through a text (a record dump)', Buffer.concat(Array.from({ length: 40 }, () => Buffer.concat([utf8('سجل رقم'), Buffer.alloc(3)])))],
    ['control bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 31 || 1))],
  ];
  for (const [label, bytes] of cases) {
    it(`${label}: decode/binary, and --text decodes it anyway`, () => {
      const err = refused(bytes);
      expect(err.rule).toBe('decode/binary');
      expect(err.message).toMatch(/binary/);
      expect(() => decode(bytes, { text: true })).not.toThrow();
    });
  }
});

describe('options', () => {
  it('--encoding forces a page for files without a BOM, under its usual name', () => {
    const bytes = iconv.encode(news, 'windows-1256');
    expect(decode(bytes, { encoding: 'CP1256' }).encoding).toMatchObject({ name: 'windows-1256', confidence: 1 });
    expect(decode(bytes, { encoding: 'cp1256' }).text).toBe(news);
  });

  it('forced UTF-16 and UTF-32 without a byte order read little-endian', () => {
    expect(decode(iconv.encode(news, 'utf-16le'), { encoding: 'UTF16' })).toMatchObject({ text: news, encoding: { name: 'utf-16le' } });
    expect(decode(iconv.encode(news, 'utf-32le'), { encoding: 'utf32' })).toMatchObject({ text: news, encoding: { name: 'utf-32le' } });
  });

  it('a BOM wins over --encoding', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(news)]);
    expect(decode(bytes, { encoding: 'windows-1256' })).toMatchObject({ text: news, encoding: { name: 'utf-8', bom: true } });
  });

  it('forcing UTF-8 on a windows-1256 file reports the bytes it could not read', () => {
    const r = decode(iconv.encode('سطر أول\nسطر ثان\n', 'windows-1256'), { encoding: 'utf-8' });
    expect(r.encoding.name).toBe('utf-8');
    expect(r.warnings.map((w) => [w.rule, w.line])).toEqual([
      ['decode/invalid-bytes', 1],
      ['decode/invalid-bytes', 2],
    ]);
  });

  it('an unknown forced encoding fails the file, not the process', () => {
    expect(() => decode(utf8('x'), { encoding: 'klingon' })).toThrow(FileError);
  });

  it('an empty file is empty UTF-8', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: { name: 'utf-8', confidence: 1, bom: false, newline: 'none', repaired: null }, warnings: [] });
  });
});

describe('properties', () => {
  it('never throws on any bytes with text: true, and always returns a string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decode(bytes, { text: true });
        expect(typeof r.text).toBe('string');
        expect(r.encoding.confidence).toBeGreaterThan(0);
        expect(r.encoding.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('returns valid UTF-8 Arabic text unchanged', () => {
    const arabic = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ،.\n0123456789'.split('')) });
    fc.assert(
      fc.property(arabic, (s) => {
        const r = decode(utf8(s));
        expect(r.text).toBe(s);
        expect(r.encoding.name).toBe('utf-8');
      }),
      { numRuns: 300 },
    );
  });
});
