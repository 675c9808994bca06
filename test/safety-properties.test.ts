import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FileError } from '../src/core/errors.js';
import { processBytes } from '../src/core/pipeline.js';
import type { Article } from '../src/core/types.js';
import { decode } from '../src/decode/index.js';
import { toJson, toJsonLine, toMarkdown } from '../src/emit/index.js';
import { normalize, profileNames } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';

// Never-throw properties. Each runs thousands of cases on small inputs; the total stays a few seconds.
const runs = { numRuns: 2000 };

/** Any UTF-16 code unit: lone surrogates, controls, bidi marks, Arabic, presentation forms. */
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.constantFrom(0x0a, 0x0d, 0x20, 0x0640, 0x200c, 0x200f, 0x2028, 0x0085, 0xfeff, 0xfe8d, 0x28, 0x29, 0x2e, 0x3a, 0x23, 0x2d),
);
const anyString = fc.array(codeUnit, { maxLength: 300 }).map((units) => String.fromCharCode(...units));

/** Article-like text: Arabic words, digits, month names, brackets, punctuation and line breaks. */
const articleText = fc
  .array(fc.oneof(fc.constantFrom('خبر', 'الرياض', '(وكالات)', 'اظهر المزيد', '14', 'مارس/آذار', '2024', '،', '.', ':', '؟', '«', '»', '\n', '\n\n', ' ', 'ـ', '#', '---'), anyString), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('never throws', () => {
  it('decode on arbitrary bytes: text, or a FileError with a rule id', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, text) => {
        try {
          const r = decode(bytes, { text });
          expect(typeof r.text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(FileError);
          expect((err as FileError).rule).toMatch(/^decode\/[a-z-]+$/);
        }
      }),
      runs,
    );
  });

  it('normalize on arbitrary strings (lone surrogates included), every profile', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(...profileNames), (s, profile) => {
        const r = normalize(s, { profile });
        expect(typeof r.text).toBe('string');
        for (const n of Object.values(r.changes)) expect(Number.isInteger(n) && n > 0).toBe(true);
      }),
      runs,
    );
  });

  it('segment on arbitrary text', () => {
    fc.assert(
      fc.property(articleText, (s) => {
        const seg = segment(s);
        expect(Array.isArray(seg.blocks)).toBe(true);
      }),
      runs,
    );
  });

  it('the whole pipeline on arbitrary bytes: a record, or error messages with rule ids (never internal/crash)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), articleText.map((s) => new TextEncoder().encode(s))), (bytes) => {
        const r = processBytes('p.txt', bytes);
        for (const m of r.messages) expect(m.rule).not.toBe('internal/crash');
        if (!r.ok) expect(r.messages.some((m) => m.severity === 'error')).toBe(true);
      }),
      runs,
    );
  });
});

/** A real record from the pipeline, with its fields replaced by hostile strings. */
const base = (() => {
  const r = processBytes('a.txt', new TextEncoder().encode('عنوان الخبر\n\nصدى المدينة\n\nنص الخبر هنا.\n\nفقرة ثانية.\n'));
  if (!r.ok) throw new Error('base article failed');
  return r.article;
})();
const hostile = fc.oneof(
  anyString,
  fc.constantFrom('---', 'a: b', '"quoted" \'single\'', '# not a comment', 'line\nbreak', '- item', '[x]', '{y: 1}', 'yes', 'null', '~', '2024-03-14', '123', ' lead', 'trail ', '\\', '@at', '`tick`', '|', '>', '*ref', '&anchor', '!tag', '%dir', "it's", 'عنوان: فرعي'),
);
const hostileArticle = fc.record({ title: fc.option(hostile), sitename: fc.option(hostile), author: fc.option(hostile), path: hostile, agencies: fc.array(hostile, { maxLength: 3 }) }).map(
  (f): Article => ({ ...base, ...f }),
);

/** The YAML front matter of a Markdown record: between the first two `---` lines. */
function frontMatter(md: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(m).not.toBeNull();
  return parseYaml(m![1]!, { strict: true, uniqueKeys: true, prettyErrors: false });
}

describe('emit round trips', () => {
  it('JSON Lines and JSON parse back to the same record, as one line for JSON Lines', () => {
    fc.assert(
      fc.property(hostileArticle, (a) => {
        const line = toJsonLine(a);
        expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
        expect(JSON.parse(line)).toEqual(a);
        expect(JSON.parse(toJson(a))).toEqual(a);
      }),
      runs,
    );
  });

  it('Markdown front matter stays valid YAML and gives back title, sitename, author, path, agencies', () => {
    fc.assert(
      fc.property(hostileArticle, (a) => {
        const fm = frontMatter(toMarkdown(a)) as Record<string, unknown>;
        expect(fm.title).toEqual(a.title);
        expect(fm.sitename).toEqual(a.sitename);
        expect(fm.author).toEqual(a.author);
        expect(fm.path).toEqual(a.path);
        expect(fm.agencies).toEqual(a.agencies);
      }),
      runs,
    );
  });
});
