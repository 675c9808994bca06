import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';

/**
 * Mojibake mixed with characters that were really there — typographic punctuation outside Latin-1 (’ … “ ” —), correct
 * Arabic, English — is repaired stretch by stretch: one correct ’ no longer blocks the repair of the rest, and a
 * stretch far into a long text is repaired too. What cannot be undone gets one `decode/mojibake` warning per place.
 */

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
/** UTF-8 text once read as `page` (the bytes a tool wrote back). Node's windows-1252 decoder keeps 0x81 etc. as C1. */
const misread = (s: string, page: 'windows-1252' | 'windows-1256'): string =>
  page === 'windows-1252' ? new TextDecoder('windows-1252').decode(utf8(s)) : iconv.decode(utf8(s), page);

const sentences = [
  'أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة في المدارس',
  'وقال المتحدث إن الحملة تستمر أسبوعين وتشمل جميع المناطق',
  'وأشار التقرير إلى ارتفاع عدد الزوار خلال موسم الصيف',
  'مدينة غزة',
  'وزير الخارجية',
];

describe('stretch by stretch', () => {
  for (const page of ['windows-1252', 'windows-1256'] as const) {
    for (const mark of ['’', '…', '“', '”', '—']) {
      it(`${page}: a short title with a correct ${mark} is repaired and keeps the ${mark}`, () => {
        for (const s of sentences) {
          for (const text of [`${misread(s, page)}${mark}`, `${mark}${misread(s, page)}`, `${misread(s, page)} ${mark}`, `It’s ${misread(s, page)}`]) {
            const r = decode(utf8(text));
            expect(r.text, text).toBe(text.replace(misread(s, page), s));
            expect(r.encoding.repaired).toBe(`utf-8 read as ${page}`);
            expect(r.warnings).toEqual([]);
          }
        }
      });
    }

    it(`${page}: mojibake paragraphs far into a long correct Arabic text with ’ and … are repaired, the rest untouched`, () => {
      const good = Array.from({ length: 40 }, (_, k) => `${sentences[k % 3]!} … قال: ’نعم’ (${k}).`).join('\n');
      const bad = sentences.slice(0, 3).join('، ');
      const text = `${good}\n${misread(bad, page)} …\n${good}\n’${misread(bad, page)}’\n`;
      const r = decode(utf8(text));
      expect(r.text).toBe(`${good}\n${bad} …\n${good}\n’${bad}’\n`);
      expect(r.warnings).toEqual([]);
    });
  }

  it('correct text is never touched: Arabic words, digits and typographic punctuation in any order', () => {
    const words = ['قال', 'الوزير', 'إن', 'طبيب', 'ضغط،', 'ظل', 'طائرة', 'السعودية', '’', '…', '“', '”', '—', '«', '»', '2015', 'it’s', 'Østergaard', 'café', '،'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 400 }), fc.constantFrom(' ', '', '\n'), (ws, sep) => {
        const text = ws.join(sep);
        const r = decode(utf8(text));
        expect(r.text).toBe(text);
        expect(r.encoding.repaired).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('what cannot be undone is reported place by place', () => {
  // iconv-lite's windows-1252 turns the undefined byte 0x81 (the second byte of ف) into U+FFFD: that ف is lost
  const lossy = (s: string): string => iconv.decode(utf8(s), 'windows-1252');

  it('one warning per damaged place, each with its line, the rest repaired', () => {
    const text = [lossy('في البداية'), 'سطر صحيح', lossy('الصيف حار'), lossy('المدرسة'), lossy('فريق الكرة')].join('\n');
    const r = decode(utf8(text));
    const lines = r.text.split('\n');
    expect(lines[1]).toBe('سطر صحيح');
    expect(lines[3]).toBe('المدرسة');
    expect(r.text).toContain('البداية');
    expect(r.text).toContain('حار');
    const warned = r.warnings.filter((w) => w.rule === 'decode/mojibake');
    expect(warned.map((w) => w.line)).toEqual([1, 3, 5]);
    for (const w of warned) expect(w.message).toMatch(/^".+" still looks like utf-8 read as windows-1252, but could not be undone without loss\.$/u);
  });
});
