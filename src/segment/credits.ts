/** Agency credits that close an article, alone on a line in parentheses: "(وكالات)", "(رويترز)". */
export const agencyNames: readonly string[] = [
  'وكالات',
  'رويترز',
  'أ ف ب',
  'ا ف ب',
  'فرانس برس',
  'أ.ف.ب',
  'د ب أ',
  'الأناضول',
  'واس',
  'سانا',
  'كونا',
  'وام',
  'قنا',
  'بنا',
  'CNN',
  'BBC',
];
