import { weekdaySource } from '../../src/segment/dates/months.js';
import { phraseSource } from '../../src/segment/fuzzy-phrases.js';

/** The stamp hint as layouts/stamp.ts wrote it before its branches were searched in groups (`mayHoldStamp`). */
export const stampHint = new RegExp(`[0-9\\u0660-\\u0669]:[0-9\\u0660-\\u0669]{2}|Published|Updated|${phraseSource('نشر', false)}|${phraseSource('تحديث', false)}|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]|[0-9](?<=(?:${weekdaySource})\\s+[0-9])`, 'u');
