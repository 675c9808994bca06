/**
 * Words of descriptive photo captions that papers print above the body ("الوزير خلال استقباله الوفد",
 * "المدير متفقداً المشروع", "رئيس البلدية"). Matched by foldKey. The rules that use them are in caption.ts.
 */

/** Prepositions that place a pictured person in a scene: `فلان أثناء …`, `فلان مع …`, `فلان بعد التوقيع`. */
export const scenePrepositions: readonly string[] = [
  'أثناء', 'خلال', 'لحظة', 'عقب', 'بعد', 'قبيل', 'لدى',
];

/** Prepositions of company: `فلان مع رئيس النادي`, `فلان بجانب …`; a person or group must follow. */
export const companyPrepositions: readonly string[] = ['مع', 'بجانب', 'برفقة', 'يرافقه', 'ومعه'];

/** Words that open the person or group after a preposition of company (besides offices and names with ال). */
export const companyWords: readonly string[] = [
  'ممثل', 'ممثلي', 'مجموعة', 'عدد', 'أعضاء', 'بعض', 'منسوبي', 'أبناء', 'لاعبي', 'زملائه', 'زوجته', 'أسرته',
];

/** Words of time after a preposition: `خلال الأيام القادمة` is a forecast, not a scene. */
export const timeWords: readonly string[] = [
  'الأيام', 'اليومين', 'الأسبوع', 'الأسابيع', 'الشهر', 'الأشهر', 'العام', 'الأعوام', 'السنة', 'الفترة', 'الساعات',
  'الصيف', 'الشتاء', 'الموسم', 'الليل', 'القادمة', 'القادم', 'المقبلة', 'المقبل', 'الماضية', 'الماضي', 'القادمين',
];

/** Words that open a caption on their own: `أثناء حفل …`, `لقطات من …`, `مشهد من …`, `إحدى اللوحات`. */
export const captionOpeners: readonly string[] = [
  'أثناء', 'لقطة', 'لقطات', 'مشهد', 'جانب', 'جموع', 'أحد', 'إحدى', 'منظر',
];

/** Words for a part of a group, which may take من in a caption's subject: `مجموعة من الأطفال خلال …`. */
export const partWords: readonly string[] = ['مجموعة', 'عدد', 'جانب', 'بعض', 'أحد', 'إحدى', 'جموع'];

/** Phrases only captions use: `في صورة جماعية`, `في الصورة`. */
export const captionPhrases: readonly string[] = [
  'صورة جماعية', 'في الصورة', 'الصورة الأعلى', 'من اليمين', 'من اليسار', 'صورة أرشيفية', 'في مناسبة سابقة',
  'في لقاء سابق', 'في زيارة سابقة', 'في خطبة سابقة', 'في حفل سابق',
];

/** Who took part, pictured as a group: `الطلاب المشاركون في المشروع`, `الوفد المشارك`. */
export const participantWords: readonly string[] = ['المشاركون', 'المشاركين', 'المشارك', 'المشاركات', 'المجتازون', 'المكرمون', 'المكرمين'];

/** Openers that need `من` after them (`مشهد من المسرحية`), or for أحد/إحدى a definite noun (`أحد المشاريع`). */
export const openersWithMin: readonly string[] = ['لقطة', 'لقطات', 'مشهد', 'جانب', 'أحد', 'إحدى', 'منظر'];

/** Present-tense verbs of what a photo shows: `فلان يتفقد الموقع`, `فلان يفتتح المعرض`. */
export const captionVerbs: readonly string[] = [
  'يتحدث', 'تتحدث', 'يتفقد', 'تتفقد', 'يطلع', 'تطلع', 'يفتتح', 'تفتتح', 'يدشن', 'تدشن', 'يتوسط', 'تتوسط', 'يصافح',
  'تصافح', 'يلقي', 'تلقي', 'يستمع', 'تستمع', 'يقدم', 'تقدم', 'يتسلم', 'تتسلم', 'يسلم', 'تسلم', 'يكرم', 'تكرم',
  'يحمل', 'تحمل', 'يرأس', 'ترأس', 'يترأس', 'تترأس', 'يستقبل', 'تستقبل', 'يشاهد', 'تشاهد', 'يقص', 'تقص', 'يخط',
  'يسعف', 'يسعفون', 'يؤدون', 'يلتقط', 'يلتقطون', 'يتابع', 'تتابع',
];

/** Offices and ranks that open a caption naming the person pictured: `وزير الشؤون البلدية`, `رئيس بلدية المدينة`. */
export const officeWords: readonly string[] = [
  'رئيس', 'الرئيس', 'رئيسة', 'وزير', 'وزيرة', 'مدير', 'مديرة', 'المدير', 'أمين', 'الأمين', 'محافظ', 'المحافظ',
  'نائب', 'وكيل', 'وكيلة', 'سفير', 'السفير', 'قائد', 'قائدة', 'ولي', 'خادم', 'الملك', 'الأمير', 'الأميرة', 'مفتي',
  'عميد', 'العميد', 'اللواء', 'العقيد', 'السيناتور', 'المستشار', 'الشيخ', 'الدكتور', 'الدكتورة', 'المهندس',
  'المهندسة', 'الأستاذ', 'الأستاذة', 'معالي', 'سمو', 'رئيس الوزراء',
];

/** Offices and roles that a participle names in an appointment headline (`فلان مدرباً جديداً`), not a caption. */
export const appointmentNouns: readonly string[] = [
  'مدرب', 'مدير', 'رئيس', 'مستشار', 'ناطق', 'مساعد', 'ممثل', 'مبعوث', 'مشرف', 'محافظ', 'منسق', 'مراقب',
  'مندوب', 'محلل', 'معلق', 'مدربة', 'مديرة', 'رئيسة', 'سفير', 'قائد', 'أمين', 'نائب', 'وكيل', 'عضو',
];

/** Nouns of events that open headlines (`وصول البحارة بعد …`, `وفاة الفنانة بعد …`), never a caption's subject. */
export const eventNouns: readonly string[] = [
  'وصول', 'عودة', 'وفاة', 'مقتل', 'مصرع', 'سقوط', 'هبوط', 'صعود', 'فوز', 'خسارة', 'حريق', 'غرق', 'رشق', 'طقس', 'ضبط',
  'حجز', 'قطع', 'غلق', 'فتح', 'لقاء', 'قتال', 'بدء', 'دمج', 'نقل', 'منع', 'رفع', 'خفض', 'تأجيل', 'إلغاء', 'حل',
  'حالة', 'أبرز', 'أهم', 'أكبر', 'أول', 'آخر',
];

/** Adverbs shaped like a participle (مُـ…ـاً) that are no caption: `مجدداً`, `مؤخراً`. */
export const participleLikeAdverbs: readonly string[] = [
  'مجددا', 'مؤخرا', 'مبكرا', 'مسبقا', 'مطلقا', 'مثلا', 'معا', 'مجانا', 'مؤقتا', 'مجددا', 'مستقلا', 'منفردا', 'مجتمعا',
];
