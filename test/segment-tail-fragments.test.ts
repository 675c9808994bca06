import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.js';

// What stands after an article's last sentence, glued to its last paragraph: a word of its own (a surname, a tag),
// a source in round brackets that no list knows. Neither is body text, and neither is lost: each goes to the audit
// with its rule (the source also to the agencies). And a name holds no figure: a line with one is never the author.

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

  it('reads a source in round brackets as a credit, listed with the agencies', () => {
    const s = segment(article(`${second} (صوت المدينة)`));
    expect(s.blocks.at(-1)!.text).toBe(second);
    expect(s.agencies).toContain('صوت المدينة');
    expect(s.boilerplate).toContainEqual(expect.objectContaining({ text: '(صوت المدينة)', rule: 'credit/source' }));
  });

  it('leaves a bracket with a figure, or with a function word past three words, in the body', () => {
    expect(lastBlock(article(`${second} (صورة 2)`))).toBe(`${second} (صورة 2)`);
    expect(lastBlock(article(`${second} (في الصورة من الأرشيف)`))).toBe(`${second} (في الصورة من الأرشيف)`);
  });
});

describe('a name holds no figure', () => {
  it('does not take a line of figures under the body for the author', () => {
    const s = segment(article(`${second}\n\n(1)`));
    expect(s.author).toBeNull();
    expect(s.boilerplate.map((b) => b.text).join(' ')).toContain('1');
  });
});
