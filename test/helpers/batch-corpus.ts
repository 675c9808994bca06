import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Short articles in the plain layout, written for these tests, varied by number so every record differs.
const places = ['الواحة', 'الساحل', 'الجبل', 'النهر', 'السهل'];
const topics = ['مكتبة عامة', 'حديقة للأطفال', 'سوق أسبوعي', 'جسر جديد', 'مركز صحي'];

/** One article: a headline, the site, two paragraphs with a date, a credit. */
export function article(i: number): string {
  const place = places[i % places.length]!;
  const topic = topics[Math.floor(i / places.length) % topics.length]!;
  return [
    `افتتاح ${topic} في مدينة ${place} رقم ${i}`,
    '',
    'صدى المدينة',
    '',
    `افتتحت بلدية ${place}، الخميس ${(i % 28) + 1} مارس/آذار 2024، ${topic} بعد أعمال استمرت ${i + 2} شهراً، بحضور عدد من أبناء الحي.`,
    '',
    `وقال رئيس البلدية إن المشروع رقم ${i} سيخدم آلاف السكان، وإن العمل سيبدأ في مشروع آخر قبل نهاية العام.`,
    '',
    '(وكالات)',
    '',
  ].join('\n');
}

/** A temp folder holding `count` articles spread over a few subfolders; returns its path. */
export function makeCorpus(count: number, prefix = 'tanqih-batch-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `part-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `a${String(i).padStart(4, '0')}.txt`), article(i));
  }
  return dir;
}
