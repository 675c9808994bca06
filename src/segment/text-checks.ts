import { FileError } from '../core/errors.js';
import type { Warning } from '../core/types.js';

/** Letters of the Arabic blocks: Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms-A and -B. */
const arabicLetter = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/;

/**
 * Checks a decoded, normalised text (of a file of `byteLength` bytes) before segmentation. An empty or whitespace-only file is an error
 * (`segment/empty`: there is no article, so no record); a text without a single Arabic letter is processed
 * but gets one warning (`segment/not-arabic`), returned here.
 */
export function checkText(text: string, byteLength: number): Warning | null {
  if (text.trim() === '') {
    const message = byteLength === 0 ? 'The file is empty: there is no article in it.' : 'The file holds only whitespace or invisible marks: there is no article in it.';
    throw new FileError('segment/empty', message);
  }
  if (!arabicLetter.test(text)) {
    return { rule: 'segment/not-arabic', line: null, message: 'The text holds no Arabic letter; is this the right file or encoding?' };
  }
  return null;
}
