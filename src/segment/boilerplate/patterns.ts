/** Four ASCII digits in a row (`\d` under the u flag is ASCII only). */
const fourDigits = /\d{4}/u;

/** `s` ends with an ASCII digit, or with `)` (U+0029). */
function endsWithDigitOrBracket(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return (c >= 0x30 && c <= 0x39) || c === 0x29;
}

/**
 * Line patterns, run on the foldKey of SHORT lines (up to 200 characters), so they never see a long line.
 * Each is [pattern, rule id, role, need?]. `need`, on a pattern that searches the whole key (the costly ones), is a
 * cheap test that every key the pattern matches passes (what the pattern cannot match without): a key that fails it
 * is not asked (test/segment-line-patterns.test.ts checks each against its pattern).
 */
export const linePatterns: ReadonlyArray<readonly [RegExp, string, 'boilerplate' | 'credit', ((key: string) => boolean)?]> = [
  // wire copy: "// انتهى //", "17:45 ت م", "-انتهى-"
  [/^[/\-–( ]*(?:انتهي|يتبع)[/\-–) .]*(?:\d{1,2}:\d{2}(?: ?(?:ت م|ت غ|ت\.م|gmt|utc))?)?$/u, 'boilerplate/end-marker', 'boilerplate'],
  [/^\d{1,2}:\d{2}(?: ?(?:ت م|ت غ|ت\.م|gmt|utc|ص|م|مساء|صباحا))?$/u, 'boilerplate/wire-time', 'boilerplate'],
  // writer contact blocks under columns
  [/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, 'boilerplate/contact', 'boilerplate'],
  [/^@\w{2,30}$/u, 'boilerplate/contact', 'boilerplate'],
  [/^(?:للتواصل|لمراسله الكاتب|لمراسلة الكاتب|للمراسله|للاتصال بالكاتب|البريد الالكتروني)(?=[\s:]|$)/u, 'boilerplate/contact', 'boilerplate'],
  [/(?:ارسل|ارسال|ابعث)\s+(?:رساله\s+)?(?:نصيه\s+)?sms|(?:^|\s)sms\s+(?:الي|علي)\s|تبدا بالرمز|ثم مسافه/u, 'boilerplate/contact', 'boilerplate',
    (k) => k.includes('sms') || k.includes('تبدا بالرمز') || k.includes('ثم مسافه')],
  [/^\d{4,7}\s*-\s*[a-z]+$/u, 'boilerplate/contact', 'boilerplate'],
  [/^(?:زين|موبايلي|الاتصالات|stc|mobily|zain)(?=[\s:,]|$).{0,60}\d{4,}|^[^.!?]{0,40}\d{5,}[^.!?]{0,20}(?:موبايلي|زين|mobily|zain|stc)/u, 'boilerplate/contact', 'boilerplate',
    // (both alternatives hold `\d{4,}`)
    (k) => fourDigits.test(k)],
  [/^(?:twitter|تويتر|فيسبوك|facebook)\s*:?\s*@?\w+$/u, 'boilerplate/contact', 'boilerplate'],
  // a relative time stamp: `منذ 3 ساعات`, `قبل 20 دقيقة` (a page's, never the article's date)
  [/^(?:نشر\s+|اخر تحديث\s+)?(?:منذ|قبل)\s+(?:[0-9]{1,3}\s+)?(?:ساعه|ساعتين|ساعات|دقيقه|دقيقتين|دقائق|يوم|يومين|ايام|اسبوع|اسابيع|شهر|اشهر)$/u, 'boilerplate/relative-time', 'boilerplate'],
  // office and browser residue left by copying a page into a word processor
  [/^(?:top of form|bottom of form|click here|print this page|back to top)$/u, 'boilerplate/export-residue', 'boilerplate'],
  // rights and page furniture
  [/(?:جميع الحقوق محفوظه|all rights reserved|^©|^\(c\) ?\d{4})/u, 'boilerplate/copyright', 'boilerplate',
    (k) => k.includes('جميع الحقوق محفوظه') || k.includes('all rights reserved') || k.startsWith('©') || k.startsWith('(c)')],
  [/^(?:الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|tags)\s*:/u, 'boilerplate/tags', 'boilerplate'],
  // a page's counters: `عدد المشاهدات: 874`, `التعليقات (0)`, `القراءات 1520`
  [/^[^:0-9]{2,30}(?:[:：]\s*|\s+\(?)[0-9]{1,7}\)?$/u, 'boilerplate/counter', 'boilerplate', endsWithDigitOrBracket],
  [/^(?:اقرا ايضا|اقرا ايضاً|اقرا المزيد|شاهد ايضا|اقرا كذلك)\s*:/u, 'boilerplate/read-also', 'boilerplate'],
  [/^مده القراءه\s*:?\s*\d+\s*(?:دقائق|دقيقه|دقيقتان)$/u, 'boilerplate/reading-time', 'boilerplate'],
  [/^https?:\/\/\S+$/u, 'boilerplate/bare-url', 'boilerplate'],
  [/^(?:الرئيسيه|home)\s*[/>»›|-]\s*[^.!?]{1,120}$/u, 'boilerplate/breadcrumb', 'boilerplate'],
  [/^(?:#\S+\s*){1,15}$/u, 'boilerplate/tags', 'boilerplate'],
  [/^(?:تابعونا|تابعوا|تابعنا|تابع)\s+(?:علي|عبر|في)\s[^.!?]{1,80}$/u, 'boilerplate/follow-us', 'boilerplate'],
  // share bars: "شارك عبر", "نسخ الرابط", a line made only of social networks
  [/^(?:شارك|مشاركه|انشر)\s+(?:عبر|علي|من خلال|هذا المقال|هذا الخبر|هذا الموضوع|الخبر|المقال|مع اصدقائك)$/u, 'boilerplate/share', 'boilerplate'],
  [/^(?:نسخ الرابط|انسخ الرابط|رابط مختصر|تم نسخ الرابط)$/u, 'boilerplate/share', 'boilerplate'],
  [/^(?:(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تليجرام|تلجرام|تلغرام|انستغرام|انستجرام|لينكدان|لينكد ان|يوتيوب|سناب شات|ماسنجر|البريد|facebook|twitter|whatsapp|telegram|instagram|linkedin|youtube|messenger|pinterest|reddit|email|x)[\s|,·•-]*){2,12}$/u, 'boilerplate/share', 'boilerplate'],
  // credits: desk and syndication lines, staff credits
  [/^\*\s*(?:خدمه|وحده|قسم|ترجمه|اعداد|تحرير)\s[^.!?]{1,60}$/u, 'credit/desk', 'credit'],
  [/^(?:تحرير|اعداد|تقديم|مونتاج|تصوير|ترجمه|مراجعه|اشراف)\s*:\s*[^.!?]{2,80}$/u, 'credit/staff', 'credit'],
  [/^المصدر\s*:\s*[^.!?]{1,60}$/u, 'credit/source', 'credit'],
  // an exclusive credit: `خاص بـ«الواحة»` (the site it names is read by the trailer rule)
  [/^خاص\s*(?:ب|ل)\s*"?[^".!?:]{2,30}"?$/u, 'credit/exclusive', 'credit'],
];
