import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionKind } from '../src/segment/caption.js';
import * as data from '../src/segment/data/captions.js';
import { foldKey } from '../src/segment/fold.js';
import { captionKindReference } from './helpers/caption-reference.js';

// captionKind asks each word once whether it may be a verb (caption.ts), where it asked it again for every subject
// and rest it tried; it grows who is pictured a word at a time, asks the two-word offices only of a line opening with
// their first word, and the phrases in one expression: the kind must be the same, on lines made of the words captions
// and headlines are made of.
const vocabulary = [
  'العمدة', 'الوزير', 'الوزيرة', 'سالم', 'محمد', 'فيصل', 'مدير', 'عام', 'رئيس', 'وزير', 'الرئيس', 'المحافظ', 'الحارس', 'المدرب', 'اللاعبون',
  'الطالبات', 'مجموعة', 'عدد', 'إحدى', 'مشهد', 'خلال', 'أثناء', 'مع', 'بعد', 'في', 'من', 'إلى', 'عن', 'على', 'لا', 'قد', 'جديد',
  'مترئساً', 'متحدثاً', 'مكرماً', 'مدرباً', 'يفتتح', 'تتحدث', 'يستقبل', 'يعود', 'سيزور', 'تكريمه', 'التدريبات', 'تفقده', 'استقباله',
  'اجتماعه', 'زيارته', 'شرحها', 'الضيوف', 'المشروع', 'اجتماع', 'المجلس', 'التتويج', 'الحديقة', 'أعمال', 'زملائه', 'الأيام', 'القادمة',
  'اشتباكات', 'انفجار', 'استئناف', 'ارتفاع', 'المشاركون', 'المشاركين', 'صورة', 'جماعية', 'الجوية', 'الأرصاد', 'رسمياً', 'للوزارة', 'البرد',
  '،', '-', 'بلدية', 'المدينة', 'الدفعة', 'الأولى', 'حفل', 'تخريج',
];
const line = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

describe('captionKind with each word asked once', () => {
  it('gives the kind the previous captionKind gave', () => {
    const kinds = new Map<string | null, number>();
    fc.assert(
      fc.property(line, (text) => {
        const want = captionKindReference(text);
        kinds.set(want, (kinds.get(want) ?? 0) + 1);
        expect(captionKind(text)).toBe(want);
        expect(captionKind(text, foldKey(text))).toBe(want);
      }),
      { numRuns: 5000 },
    );
    // (the lines reach every kind, not only null)
    for (const kind of ['scene', 'participle', 'verb', 'office', 'opener']) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });

  // every word of the lists the rules read (the offices of two words and the phrases whole and in parts), with figures
  // and the marks no caption holds, and spellings the key folds (ة, أ, tatweel, a harakah)
  const listed = Object.values(data).flatMap((list) => (list as readonly string[]).flatMap((p) => [p, ...p.split(' ')]));
  const extra = ['5', '٢٠', ':', '؟', '?', '!', '"', '(', ')', '.', 'صوره', 'ـ', 'الوزيرُ', 'رئيس الوزراء', 'في الصورة'];
  const listedLine = fc.array(fc.constantFrom(...listed, ...extra, ...vocabulary), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

  it('gives the kind the previous captionKind gave on lines of the listed words and phrases', () => {
    const kinds = new Map<string | null, number>();
    fc.assert(
      fc.property(listedLine, (text) => {
        const want = captionKindReference(text);
        kinds.set(want, (kinds.get(want) ?? 0) + 1);
        expect(captionKind(text)).toBe(want);
      }),
      { numRuns: 20000 },
    );
    for (const kind of ['scene', 'participle', 'verb', 'office', 'opener']) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
