import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/segment/boilerplate/compile.js';
import { linePatterns } from '../src/segment/boilerplate/patterns.js';
import { classifyLine, isCutoff } from '../src/segment/classify.js';
import { cutoffLines } from '../src/segment/boilerplate/phrases.js';
import { findDatelineLine } from '../src/segment/dateline.js';
import * as re from '../src/segment/dates/patterns.js';
import { foldKey } from '../src/segment/fold.js';
import { edgeLine, lineInfo } from '../src/segment/lines/info.js';
import type { Work } from '../src/segment/work.js';
import { lineArb } from './helpers/line-gen.js';

// Costly expressions of the line measures are asked only when a cheap test says they can match (boilerplate/
// patterns.ts `need`, the outlet and separator tests of lines/info.ts, the bracket of dateline.ts, the numeric
// shape of dates/find.ts). Each cheap test must pass on every text its expression matches: checked on generated
// lines (with the words and marks the expressions look for mixed in) and on hand-written ones.

const work = { rules: compileRules(), template: undefined } as unknown as Work;

/** Lines with the pieces the screened expressions look for, among Arabic words, figures and marks. */
const hints = [
  'sms', 'ارسل sms', ' sms الي ', 'تبدا بالرمز', 'ثم مسافه', 'زين', 'موبايلي', 'stc', 'zain', '12345', '2024', '©', '(c) 2020', '(C)',
  'جميع الحقوق محفوظة', 'all rights reserved', 'ALL RIGHTS', 'المشاهدات: ', ' (', ')', '15', 'صحيفة ', 'جريدة ', ' نت', ' أونلاين', ' الإلكترونية',
  'alwatan.com', 'news.net', '.sa', ' | ', ' - ', ' – ', ' : ', ': ', ' ـ ', '\u0640', '(رويترز)', 'بيروت', '١٤/٩/١٤٣٢', '2015-03-04', '3.4.2015', '1436/5/6هـ',
];
const hinted = fc
  .array(fc.oneof({ weight: 3, arbitrary: lineArb(6) }, { weight: 2, arbitrary: fc.constantFrom(...hints) }), { minLength: 0, maxLength: 14 })
  .map((p) => p.join(''));

describe('line pattern screens (boilerplate/patterns.ts)', () => {
  it('every key a screened pattern matches passes its screen', () => {
    const screened = linePatterns.filter(([, , , need]) => need !== undefined);
    expect(screened.length).toBe(4);
    fc.assert(
      fc.property(hinted, (line) => {
        for (const key of [line, foldKey(line)]) for (const [pattern, id, , need] of screened) if (pattern.test(key)) expect(need!(key), `${id}: ${key}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('classifies lines as the unscreened pattern list does', () => {
    const unscreened = (key: string): string | null => {
      for (const [pattern, id] of linePatterns) if (pattern.test(key)) return id;
      return null;
    };
    const cases = [
      'أرسل SMS إلى 5050', 'تبدأ بالرمز 12', 'ثم مسافة ثم الاسم', 'زين 700123', 'للاشتراك 123456 زين', '© 2024 الواحة',
      '(c) 2019', 'جميع الحقوق محفوظة للموقع', 'All rights reserved', 'عدد المشاهدات: 874', 'التعليقات (0)', 'القراءات 1520',
      'عدد المشاهدات: 874 مرة', 'خبر عادي بلا شيء', '2024',
    ];
    for (const line of cases) {
      const key = foldKey(line);
      expect(classifyLine(line, work.rules, key)?.rule ?? null, line).toBe(unscreened(key));
    }
    // a line for each pattern asked through the joined alternation (classify.ts): each is chrome or a credit
    const positives = [
      '// انتهى //', '17:45 ت م', 'name@site.com', '@handle_1', 'للتواصل: 0555', '12345 - abc', 'twitter: @abc', 'منذ 3 ساعات',
      'back to top', 'الوسوم: أخبار', 'اقرأ أيضا: خبر', 'مدة القراءة: 6 دقائق', 'https://x.com/a', 'الرئيسية > أخبار', '#وسم #آخر',
      'تابعونا على تويتر', 'شارك عبر', 'نسخ الرابط', 'فيسبوك تويتر واتساب', '* خدمة الأخبار', 'تحرير: فلان الفلاني', 'المصدر: وكالة', 'خاص بـ«الواحة»',
    ];
    for (const line of positives) {
      const key = foldKey(line);
      expect(unscreened(key), line).not.toBeNull();
      expect(classifyLine(line, work.rules, key)?.rule ?? null, line).toBe(unscreened(key));
    }
    fc.assert(
      fc.property(fc.constantFrom(...positives), lineArb(4), fc.boolean(), (line, noise, before) => {
        const text = before ? `${noise}${line}` : `${line}${noise}`;
        const key = foldKey(text);
        if (key === '' || text.length > 200 || key.split(' ').length >= 16 || work.rules.lines.has(key)) return;
        expect(classifyLine(text, work.rules, key)?.rule ?? null).toBe(unscreened(key));
      }),
      { numRuns: 3000 },
    );
    expect(classifyLine('عدد المشاهدات: 874', work.rules)?.rule).toBe('boilerplate/counter');
    expect(classifyLine('© 2024 الواحة', work.rules)?.rule).toBe('boilerplate/copyright');
    fc.assert(
      fc.property(hinted, (line) => {
        const key = foldKey(line);
        if (key === '' || line.length > 200 || key.split(' ').length >= 16 || work.rules.lines.has(key)) return;
        expect(classifyLine(line, work.rules, key)?.rule ?? null).toBe(unscreened(key));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('rule lists looked up only up to their longest key (classify.ts, boilerplate/compile.ts)', () => {
  it("finds a user's line and cut-off heading longer than any built-in one", () => {
    const line = 'هذا سطر طويل من سطور الموقع المتكررة في آخر كل خبر';
    const heading = 'اقرأ كذلك في قسم المنوعات والثقافة';
    const rules = compileRules({ boilerplateLines: [line], cutoffLines: [heading] });
    expect(foldKey(line).length).toBeGreaterThan(compileRules().longestLine);
    expect(foldKey(heading).length).toBeGreaterThan(compileRules().longestCutoff);
    expect(classifyLine(line, rules)?.rule).toBe('user/boilerplate-line');
    expect(isCutoff(`${heading}:`, rules)).toBe(true);
    expect(classifyLine(line, compileRules())).toBeNull();
  });
});

describe('cut-off headings (classify.ts)', () => {
  it('are told as the replace and trim alone told them', () => {
    const endings = fc.constantFrom('', ':', ' :', '…', '...', '.', '：', ' ', '\u00A0', ':\u200F');
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...cutoffLines), lineArb(4)), endings, fc.boolean(), (heading, end, fold) => {
        const text = `${heading}${end}`;
        const key = foldKey(text);
        const want = text.length <= 60 && work.rules.cutoffs.has(key.replace(/[:：.…]+$/u, '').trim());
        expect(isCutoff(text, work.rules, fold ? key : undefined), text).toBe(want);
      }),
      { numRuns: 3000 },
    );
    expect(isCutoff('اقرأ أيضا:', work.rules)).toBe(true);
    expect(isCutoff('مقالات ذات صلة…', work.rules)).toBe(true);
  });
});

/** The expressions as they were asked before the screens. */
const outletRe = /^(?:صحيفه|جريده|موقع|مجله|قناه|اذاعه|شبكه|بوابه|وكاله)\s|\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني)$|\b[a-z0-9-]+\.(?:com|net|org|info|ps|sa|eg|ma|dz|tn|jo|lb|iq|sy|ae|qa|kw|bh|om|ye|sd|ly)\b/u;
const separatorRe = /\s[-–—|]\s|\s\u0640\s|\s:\s?|[^\s\d]:\s/gu;

describe('outlet, separator, bracket and star measures (lines/info.ts)', () => {
  const measure = (text: string): ReturnType<typeof lineInfo> => {
    const u = { line: 1, text };
    const info = lineInfo(u, work);
    edgeLine(u, work, info, true);
    return info;
  };

  it('measure outlets, separators, brackets and stars as the single expressions did', () => {
    const cases = ['(رويترز)', '（واس）.', '* خدمة الأخبار', '*', '(أ ف ب) نص', 'صحيفة الوطن', 'موقع الخبر اليوم', 'الواحة نت', 'الخليج أونلاين', 'بوابة الأهرام الإلكترونية', 'زوروا alwatan.com', 'الخبر - الواحة | الرئيسية', 'كتب : فلان', 'بيروت ـ فلان', 'لا شيء هنا'];
    fc.assert(
      fc.property(fc.oneof(hinted, fc.constantFrom(...cases)), (line) => {
        const info = measure(line);
        if (info.key === '') return;
        expect(info.outlet, line).toBe(outletRe.test(info.key));
        expect(info.separators, line).toBe((line.match(separatorRe) ?? []).length);
        expect(info.bracketed, line).toBe(/^[(（][^()]{1,40}[)）]\.?$/u.test(line));
        expect(info.starred, line).toBe(/^\*\s*\S/u.test(line));
      }),
      { numRuns: 3000 },
    );
    expect(measure('الواحة نت').outlet).toBe(true);
    expect(measure('الخبر - الواحة | الرئيسية').separators).toBe(2);
  });
});

describe('dateline and numeric date screens', () => {
  it('a dateline line needs a bracket', () => {
    expect(findDatelineLine('بيروت - (رويترز) -')?.agency).toBe('رويترز');
    fc.assert(
      fc.property(hinted, (line) => {
        if (!line.includes('(')) expect(findDatelineLine(line)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('every numeric date expression matches only a text with a figure, one of ./- and a figure', () => {
    const shape = new RegExp(`${re.D}[./-]${re.D}`, 'u');
    const numeric = [re.isoStampRe, re.dmyRe, re.ymdRe, re.hijriDmyRe, re.hijriYmdRe];
    const figures = fc.constantFrom('1', '12', '2015', '١٤', '١٤٣٢', '۱۲', '/', '.', '-', ' ', 'هـ', 'ه', 'T', ':', 'Z', '+', '\u0640', 'a');
    fc.assert(
      fc.property(fc.oneof(hinted, fc.array(figures, { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        for (const pattern of numeric) {
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(shape.test(text), `${pattern.source}: ${text}`).toBe(true);
          pattern.lastIndex = 0;
        }
      }),
      { numRuns: 4000 },
    );
  });
});
