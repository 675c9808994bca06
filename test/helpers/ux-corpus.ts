import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Texts written for these tests (no corpus text): each gives a known message, so the counts can be checked by hand.

/** A headline over two paragraphs: no warning, no note. `n` varies the words so every record differs. */
export function headed(n: number): string {
  return [
    `المجلس البلدي يناقش خطة الحدائق رقم ${n + 1}`,
    '',
    `ناقش المجلس البلدي في جلسته الأسبوعية خطة لتوسيع الحدائق العامة في الحي رقم ${n + 1}، وقال رئيسه إن العمل يبدأ مطلع الشهر المقبل.`,
    '',
    `وأوضح أن الكلفة تبلغ ${(n + 2) * 1000} دينار تتحملها البلدية من ميزانيتها السنوية.`,
    '',
  ].join('\n');
}

/** Paragraphs with no headline above them: one note, segment/no-title. */
export const bodyOnly =
  'وقال رئيس البلدية في كلمة ألقاها خلال الحفل إن المشروع سيغير وجه المدينة خلال السنوات المقبلة، مضيفا أن العمل يبدأ الشهر المقبل.\n\nوأوضح أن الكلفة الإجمالية تبلغ مليون دينار تتحملها البلدية بالكامل من ميزانيتها السنوية.\n';

/** A web page collapsed onto one line: two notes, segment/one-line and segment/no-title. */
export const onePage =
  'الرئيسية | أخبار | رياضة | اقتصاد افتتاح سوق جديد للخضار في وسط المدينة القديمة افتتحت البلدية صباح اليوم سوقا جديدا للخضار في وسط المدينة القديمة بعد أشهر من العمل المتواصل. وقال رئيس البلدية إن السوق يضم مئة محل. شارك على فيسبوك شارك على تويتر اقرأ أيضا مقالات ذات صلة\n';

/** No Arabic letter: one warning, segment/not-arabic (and the notes of a headless one-line text). */
export const latin = 'Just some English text about nothing in particular.\n';

/** A headed article with one byte that is not UTF-8 on line 3: one warning, decode/invalid-bytes. */
export const badByte = Buffer.concat([
  Buffer.from('عنوان خبر عن المدينة الجديدة\n\nقال المتحدث إن العمل سيبدأ ', 'utf8'),
  Buffer.from([0xff]),
  Buffer.from(' خلال أسابيع في المدينة، وإن الكلفة كبيرة جدا هذا العام.\n', 'utf8'),
]);

/** A new folder under `parent` holding `files` (name -> content). */
export function folderOf(parent: string, files: Record<string, string | Buffer>, dir = mkdtempSync(path.join(parent, 'in-'))): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The summary line of a run's stderr. */
export const summaryOf = (stderr: string): string => /^tanqih: \d+ files?: .*$/m.exec(stderr)?.[0] ?? '';
