/**
 * Arabic function words: prepositions, particles, conjunctions, pronouns, relatives and demonstratives. They make
 * up a large share of any prose sentence and almost none of a label, a name or a line of chrome (jusText's
 * stop-word density, for Arabic). Written in display spelling; compared by foldKey.
 */

/** Prepositions (حروف الجر and common adverbial prepositions). */
export const prepositions: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'حول', 'ضد', 'عبر', 'نحو', 'لدى', 'عند', 'منذ', 'حتى',
  'بعد', 'قبل', 'خلال', 'دون', 'تحت', 'فوق', 'أمام', 'وسط', 'ضمن', 'لصالح', 'بشأن', 'وفق', 'حسب', 'بسبب',
  'رغم', 'إثر', 'عقب', 'لدى', 'جراء', 'عبر',
];

/** Particles, negations, auxiliaries and conjunctions that open or bind clauses. */
export const particles: readonly string[] = [
  'و', 'أو', 'او', 'ثم', 'لا', 'لم', 'لن', 'ما', 'قد', 'لقد', 'إن', 'أن', 'ان', 'إذا', 'اذا', 'لو', 'كما', 'لكن',
  'بل', 'هل', 'كان', 'كانت', 'ليس', 'ليست', 'إذ', 'حيث', 'أما', 'إلا', 'الا', 'أي', 'كل', 'بعض', 'غير', 'سوى',
  'عندما', 'حين', 'بينما', 'ربما', 'أيضا', 'أيضاً', 'فقط', 'وقد', 'كذلك', 'لأن', 'لان', 'انه', 'أنه', 'إنه',
  'أنها', 'انها', 'إنها',
];

/** Pronouns, relatives and demonstratives. */
export const pronouns: readonly string[] = [
  'هو', 'هي', 'هم', 'هن', 'هما', 'نحن', 'أنا', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'هذا',
  'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هناك', 'هنا',
];

/** Every function word above. */
export const functionWords: readonly string[] = [...prepositions, ...particles, ...pronouns];

/**
 * Words that open a sentence but never a headline or a label: particles and auxiliaries (`لو …`, `لا تزال …`,
 * `كان …`). A line opening with one is prose.
 */
export const sentenceOpeners: readonly string[] = [
  'لو', 'لا', 'لم', 'لن', 'إن', 'إذا', 'كان', 'كانت', 'ليس', 'ليست', 'هل', 'ما', 'قد', 'لقد', 'ربما', 'عندما',
  'حين', 'إذ', 'ثم', 'أما', 'كما', 'هذا', 'هذه',
];
