import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { readBylineLine } from '../src/segment/head/head-lines.js';
import { segment } from '../src/segment/index.js';
import { readSignOff } from '../src/segment/tail/trailer.js';
import type { Work } from '../src/segment/work.js';

// What stands after an article's last sentence, glued to its last paragraph: a word of its own (a surname, a tag),
// not a word after a question or an abbreviation's dot. Nothing is lost: it goes to the audit with its rule. And a
// name holds no figure: a line with one is never the author.

const head = 'وزارة الصحة تطلق حملة للتطعيم في المدارس';
const lead = 'أطلقت وزارة الصحة اليوم حملة وطنية لتطعيم طلاب المدارس في جميع المناطق، وقالت إن الحملة تستمر شهرا كاملا.';
const second = 'وأوضح المتحدث باسم الوزارة أن الفرق الطبية ستزور المدارس وفق جدول معلن مسبقا، وأن التطعيم مجاني للجميع.';
const article = (last: string): string => `${head}\n\n${lead}\n\n${last}\n`;
const lastBlock = (text: string): string => segment(text).blocks.at(-1)!.text;

describe('fragments after the last sentence', () => {
  it('takes a single word after the last stop out of the body, into the audit', () => {
    const s = segment(article(`${second} الدوسري`));
    expect(s.blocks.at(-1)!.text).toBe(second);
    expect(s.boilerplate).toContainEqual(expect.objectContaining({ text: 'الدوسري', rule: 'boilerplate/trailing-tags' }));
  });

  it('keeps a word run into the sentence with و, and a closing word with its own stop', () => {
    expect(lastBlock(article(`${second} والتعاون`))).toBe(`${second} والتعاون`);
    expect(lastBlock(article(`${second} انتهى.`))).toBe(`${second} انتهى.`);
  });

  it('keeps a word after a question, or after an abbreviation\'s dot, in the body', () => {
    expect(lastBlock(article(`${second} وصرح بذلك المتحدث د. الشهري`))).toBe(`${second} وصرح بذلك المتحدث د. الشهري`);
    expect(lastBlock(article(`${second} هل تنجح الحملة؟ ننتظر`))).toBe(`${second} هل تنجح الحملة؟ ننتظر`);
  });

  it('keeps a bracket with a figure in the body, and adds no unknown bracket to the agencies', () => {
    expect(lastBlock(article(`${second} (صورة 2)`))).toBe(`${second} (صورة 2)`);
    expect(segment(article(`${second} (متفق عليه)`)).agencies).toEqual([]);
  });
});

describe('a name holds no figure', () => {
  const work = (): Work => ({ trace: false, fields: { kicker: null, title: null, subtitle: null, section: null, sitename: null, author: null, date: null, dateRaw: null, hijriDate: null, dateline: null, url: null, agencies: [], meta: {}, dateRank: 0 }, pieces: [], warnings: [], notes: [], boilerplate: [], rules: compileRules(), template: undefined });

  it('takes a sign-off line with a figure for no author, and keeps it in the audit', () => {
    const w = work();
    readSignOff({ line: 9, text: '132- الرياض' }, w);
    expect(w.fields.author).toBeNull();
    expect(w.boilerplate).toContainEqual(expect.objectContaining({ text: '132- الرياض' }));
    const named = work();
    readSignOff({ line: 9, text: 'سعد الدوسري' }, named);
    expect(named.fields.author).toBe('سعد الدوسري');
  });

  it('takes a byline line of a figure, or of a sentence with one, for no author', () => {
    for (const text of ['1', 'ارتفع المؤشر 17 نقطة في ختام التداول']) {
      const w = work();
      readBylineLine({ line: 2, text }, w);
      expect(w.fields.author, text).toBeNull();
      expect(w.boilerplate.map((b) => b.text).join(' '), text).toContain(text);
    }
    const named = work();
    readBylineLine({ line: 2, text: 'كتب: سعد الدوسري' }, named);
    expect(named.fields.author).toBe('سعد الدوسري');
  });
});
