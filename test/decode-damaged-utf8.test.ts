import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';

// Issue 13, item 20: UTF-8 with a little damage is still UTF-8. A cut character, overlong or CESU bytes used to
// tip the whole file into a single-byte page (windows-1256 / cp864), turning every letter into mojibake with no
// warning; now the damaged bytes become U+FFFD with a `decode/invalid-bytes` warning and the rest reads right.

const arabic = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في شمال المدينة يضم مئتي سرير';

describe('damaged UTF-8 stays UTF-8', () => {
  it('UTF-8 mojibake cut by one byte: read as UTF-8, repaired, the cut reported', () => {
    // the Arabic text's UTF-8 bytes read as windows-1256 once, saved as UTF-8, then cut short
    const mojibake = Buffer.from(iconv.decode(Buffer.from(arabic, 'utf8'), 'windows-1256'), 'utf8');
    const r = decode(mojibake.subarray(0, mojibake.length - 1));
    expect(r.encoding.name).toBe('utf-8');
    expect(r.encoding.repaired).toBe('utf-8 read as windows-1256');
    expect(r.text.startsWith(arabic.slice(0, 40))).toBe(true);
    expect(r.warnings.map((w) => w.rule)).toContain('decode/invalid-bytes');
  });

  it('a lone lead byte at the end is U+FFFD, not a letter', () => {
    const bytes = Buffer.from(arabic, 'utf8');
    const r = decode(bytes.subarray(0, bytes.length - 1));
    expect(r.encoding.name).toBe('utf-8');
    expect(r.text.endsWith('\uFFFD')).toBe(true); // REPLACEMENT CHARACTER
    expect(r.text).not.toMatch(/ط$/u);
    expect(r.warnings.map((w) => w.rule)).toEqual(['decode/invalid-bytes']);
  });

  it('overlong and CESU-8 bytes inside UTF-8 Arabic are U+FFFD with a warning; the Arabic around them reads right', () => {
    const bytes = Buffer.concat([Buffer.from('مرحبا بكم في المدينة ', 'utf8'), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from(' الجديدة اليوم', 'utf8')]);
    const r = decode(bytes);
    expect(r.encoding.name).toBe('utf-8');
    expect(r.text.startsWith('مرحبا بكم في المدينة ')).toBe(true);
    expect(r.text.endsWith(' الجديدة اليوم')).toBe(true);
    expect(r.text).toContain('\uFFFD');
    expect(r.warnings.map((w) => w.rule)).toContain('decode/invalid-bytes');
  });

  it('a real windows-1256 file is still read as windows-1256', () => {
    const r = decode(iconv.encode(`${arabic}\r\n${arabic}\r\n`, 'windows-1256'));
    expect(r.encoding.name).toBe('windows-1256');
    expect(r.text.startsWith(arabic)).toBe(true);
  });
});
