import { foldKey } from '../fold.js';
import { weekdays } from './months.js';

/**
 * What may stand beside a date on a date line and still leave it a date line — labels (`تاريخ النشر`, `Published`),
 * `العدد` and its number, `الموافق`, a clock time and its zone, an era or Hijri mark, a weekday (and `يوم`) and the
 * punctuation between them — written for the FOLDED text (foldKey). Removing it leaves the place or agency, if any.
 */
export const dateLineNoise = new RegExp(
  [
    'تاريخ النشر|نشر في|نشر بتاريخ|بتاريخ|اخر تحديث|تحديث|published|updated|العدد\\s*[0-9]*|الموافق|الساعه',
    '[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|\\b(?:gmt|utc|am|pm)\\b',
    '(?<=\\s|^)(?:ص|م|مساء|صباحا|ه|هـ)(?=\\s|$)',
    `(?:يوم\\s+)?(?:${[...new Set(weekdays.map(foldKey))].join('|')})`,
    '[|:،,\\-–—()/.]',
  ].join('|'),
  'gu',
);
