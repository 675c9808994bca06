import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

// Text written for these tests: a small vocabulary put together in the plain layout.
const subjects = ['المجلس البلدي', 'وزارة الزراعة', 'جامعة الساحل', 'نادي الشباب', 'هيئة المياه', 'غرفة التجارة', 'مستشفى النور', 'اتحاد الكتاب'];
const verbs = ['أعلن', 'افتتح', 'ناقش', 'أطلق', 'استعرض', 'وقّع', 'قرر', 'نظّم'];
const objects = ['خطة جديدة لتطوير الحدائق العامة', 'مشروعا لتحلية مياه البحر', 'معرضا للكتاب المستعمل', 'برنامجا لتدريب الشباب', 'اتفاقية لتعبيد الطرق الريفية', 'حملة للتبرع بالدم', 'مسابقة للقصة القصيرة', 'سوقا أسبوعية للمزارعين'];
const sites = ['صوت الساحل', 'أخبار الواحة', 'جريدة المرفأ', 'نبض المدينة'];
const months = ['يناير/كانون الثاني', 'فبراير/شباط', 'مارس/آذار', 'أبريل/نيسان', 'مايو/أيار', 'يونيو/حزيران'];

/** The n-th generated article (n = 0, 1, …): distinct headline, site, date and body. */
export function goodArticle(n: number): string {
  const s = subjects[n % subjects.length]!;
  const v = verbs[Math.floor(n / 8) % verbs.length]!;
  const o = objects[(n * 3) % objects.length]!;
  const day = (n % 27) + 1;
  const month = months[n % months.length]!;
  return [
    `${s} ${v} ${o} رقم ${n + 1}`,
    '',
    sites[n % sites.length]!,
    '',
    `${v} ${s}، يوم ${day} ${month} 2023، ${o}، في خطوة قال إنها تأتي استجابة لمطالب السكان منذ سنوات.`,
    '',
    `وأوضح المتحدث باسم ${s} أن العمل سيبدأ خلال أسابيع، وأن الكلفة تبلغ ${(n + 2) * 1000} دينار.`,
    '',
    'تفاصيل المشروع',
    '',
    `ويشمل المشروع ${n + 3} مراحل، تنتهي آخرها قبل نهاية العام المقبل بحسب الجدول المعلن.`,
    '',
    '(وكالات)',
    '',
  ].join('\n');
}

/** Names the good files get: some with spaces, Arabic letters and a newline, to prove names are no problem. */
export function goodName(n: number): string {
  if (n === 1) return 'with space.txt';
  if (n === 2) return 'خبر عاجل.txt';
  if (n === 3) return 'line\nbreak.txt';
  return `good-${String(n).padStart(3, '0')}.txt`;
}

/** Writes `count` good articles into `dir` (sub-folder `sub/` for every tenth). Returns their paths below dir. */
export function writeGoodFiles(dir: string, count: number): string[] {
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    const rel = n % 10 === 9 ? `sub/${goodName(n)}` : goodName(n);
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    if (n === 4) {
      // a name that is not UTF-8 (byte 0xFF): records carry it as the escape \udcff (see README)
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/name-`), Buffer.from([0xff]), Buffer.from('.txt')]), goodArticle(n));
      names.push('name-\udcff.txt');
      continue;
    }
    writeFileSync(path.join(dir, rel), goodArticle(n));
    names.push(rel);
  }
  return names;
}

function png(): Buffer {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex');
  const idat = deflateSync(Buffer.from([0, 255, 0, 0, 255]));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(idat.length);
  return Buffer.concat([sig, ihdr, len, Buffer.from('IDAT'), idat, Buffer.alloc(4), Buffer.from('0000000049454e44ae426082', 'hex')]);
}

function pdf(): Buffer {
  const stream = deflateSync(Buffer.from('BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n'.repeat(20)));
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length ' + stream.length + ' /Filter /FlateDecode >>\nstream\n', 'latin1'),
    stream,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

function elf(): Buffer {
  const b = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b); // ELF64, little-endian, then zero padding
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(0x3e, 18); // x86-64
  return b;
}

/** A bad file: its name below the folder, the rule id its one message must carry (null: a warning-only file). */
export interface BadCase {
  name: string;
  rule: string;
  severity: 'error' | 'warning';
}

/** Writes every kind of bad file into `dir`; returns what each must produce. */
export function writeBadFiles(dir: string, options: { maxBytes: number }): BadCase[] {
  const at = (name: string): string => path.join(dir, name);
  const article = goodArticle(500);
  const cases: BadCase[] = [];
  const file = (name: string, data: string | Buffer, rule: string, severity: 'error' | 'warning' = 'error'): void => {
    writeFileSync(at(name), data);
    cases.push({ name, rule, severity });
  };
  file('bad-empty.txt', '', 'segment/empty');
  file('bad-whitespace.txt', ' \n\t\n\u00a0 \r\n', 'segment/empty');
  file('bad-png.txt', png(), 'decode/binary');
  file('bad-gzip.txt', gzipSync(Buffer.from(article)), 'decode/binary');
  file('bad-pdf.txt', pdf(), 'decode/binary');
  file('bad-elf.txt', elf(), 'decode/binary');
  // NUL bytes all through the body (a record dump), not one stray NUL or end padding: evidence of a binary file
  const dump = Buffer.from(article);
  file('bad-nul-in-text.txt', Buffer.concat(Array.from({ length: Math.ceil(dump.length / 16) }, (_, k) => Buffer.concat([dump.subarray(16 * k, 16 * k + 16), Buffer.alloc(2)]))), 'decode/binary');
  file('bad-too-large.txt', Buffer.alloc(options.maxBytes + 1, 'ا'), 'io/too-large');
  file('bad-not-arabic.txt', 'Council opens a new library\n\nThe city council opened a library on Monday.\n', 'segment/not-arabic', 'warning');
  mkdirSync(at('bad-dir.txt')); // a folder with a .txt name is walked, not read: it is not a bad file
  execFileSync('mkfifo', [at('bad-fifo.txt')]);
  cases.push({ name: 'bad-fifo.txt', rule: 'io/not-a-file', severity: 'error' });
  symlinkSync('bad-loop.txt', at('bad-loop.txt'));
  cases.push({ name: 'bad-loop.txt', rule: 'io/symlink-loop', severity: 'error' });
  symlinkSync('nowhere.txt', at('bad-broken-link.txt'));
  cases.push({ name: 'bad-broken-link.txt', rule: 'io/not-found', severity: 'error' });
  const outside = path.join(path.dirname(dir), `outside-${path.basename(dir)}.txt`);
  writeFileSync(outside, article);
  symlinkSync(outside, at('bad-link-outside.txt'));
  cases.push({ name: 'bad-link-outside.txt', rule: 'io/symlink-outside', severity: 'error' });
  return cases;
}

/** Bytes of `text` in windows-1256, for mixing into UTF-8 files. */
export function cp1256(text: string): Buffer {
  return iconv.encode(text, 'windows-1256');
}

/** A folder under `parent` (a new one unless `dir` is given) holding `n` articles named a00.txt, a01.txt, … */
export function articleFolder(parent: string, n: number, dir = mkdtempSync(path.join(parent, 'in-'))): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), goodArticle(i));
  return dir;
}
