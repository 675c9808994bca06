import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../src/core/pipeline.js';
import { decode } from '../src/decode/index.js';
import { toMarkdown } from '../src/emit/index.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { root } from './helpers/cli.js';

const article = readFileSync(path.join(root, 'fixtures/cli/plain-layout/input/maktaba.txt'));

describe('pipeline on the plain layout', () => {
  it('finds headline, site, date, headings, credit and trailer', () => {
    const r = processBytes('news/maktaba.txt', article);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a.title).toMatch(/^افتتاح “مكتبة الواحة”/);
    expect(a.sitename).toBe('صدى المدينة');
    expect(a.date).toBe('2024-03-14');
    expect(a.dateRaw).toBe('الخميس 14 مارس/آذار 2024');
    expect(a.agencies).toEqual(['وكالات']);
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['قاعات للأطفال', 'خطط للتوسعة']);
    expect(a.text.startsWith('افتتحت بلدية الواحة')).toBe(true);
    expect(a.text.endsWith('بحسب ما أعلنته في بيانها الرسمي.')).toBe(true);
    expect(a.boilerplate.map((b) => b.text)).toEqual(['(وكالات)', 'مقالات ذات صلة', 'اظهر المزيد', 'اترك رداً', 'زر الذهاب إلى الأعلى']);
    expect(a.stats.paragraphs).toBe(5);
    expect(a.text).toBe(a.blocks.map((b) => b.text).join('\n\n'));
  });

  it('gives a body-only text no title', () => {
    const s = segment('هذه فقرة أولى طويلة من نص بلا عنوان، تنتهي بنقطة.\nوهذه فقرة ثانية تكمل الخبر نفسه.');
    expect(s.title).toBeNull();
    expect(s.notes.map((w) => w.rule)).toContain('segment/no-title');
    expect(s.warnings).toEqual([]);
  });
});

describe('decode', () => {
  it('strips a UTF-8 BOM and reports CRLF', () => {
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('سطر\r\nآخر')]));
    expect(r.text).toBe('سطر\r\nآخر');
    expect(r.encoding).toMatchObject({ name: 'utf-8', bom: true, newline: 'crlf' });
  });
});

describe('normalize (display)', () => {
  it('removes tatweel inside words but keeps a dash-like tatweel between spaces', () => {
    expect(normalize('كتـــاب بيروت \u0640 (رويترز)').text).toBe('كتاب بيروت \u0640 (رويترز)');
  });
  it('counts changes per op', () => {
    const r = normalize('a\u200Fb\r\nc');
    expect(r.text).toBe('ab\nc');
    expect(r.changes).toMatchObject({ invisible: 1, newlines: 1 });
  });
  it('none only touches newlines', () => {
    expect(normalize('كتـاب\r\n', { profile: 'none' }).text).toBe('كتـاب\n');
  });
});

describe('emit markdown', () => {
  it('quotes front matter values that are not plain words', () => {
    const r = processBytes('a: b/#x.txt', article);
    if (!r.ok) throw new Error('expected ok');
    const md = toMarkdown({ ...r.article, title: 'عنوان: "مقتبس" # ---' });
    expect(md).toContain('title: "عنوان: \\"مقتبس\\" # ---"');
    expect(md).toContain('path: "a: b/#x.txt"');
  });
});

describe('emit markdown body', () => {
  it('escapes paragraphs that would read as Markdown syntax', () => {
    const r = processBytes('a.txt', article);
    if (!r.ok) throw new Error('expected ok');
    const md = toMarkdown({ ...r.article, blocks: [{ type: 'paragraph', text: '# ليس عنواناً' }, { type: 'paragraph', text: '- ليس بنداً' }, { type: 'paragraph', text: '2024. سنة' }] });
    expect(md).toContain('\n\\# ليس عنواناً\n');
    expect(md).toContain('\n\\- ليس بنداً\n');
    expect(md).toContain('\n2024\\. سنة\n');
  });
});
