import { iconv } from './iconv.js';
import { didYouMean } from '../core/suggest.js';

/** The encodings the decoder recognises on its own, in the names it reports (iconv-lite's). */
export const detectedEncodings = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'utf-32le',
  'utf-32be',
  'windows-1256',
  'iso-8859-6',
  'cp720',
  'cp864',
] as const;

/** Spellings users type for the detected encodings, compared without case, dashes or underscores. */
const aliases: Record<string, string> = {
  utf8: 'utf-8',
  utf16: 'utf-16',
  utf32: 'utf-32',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  utf32le: 'utf-32le',
  utf32be: 'utf-32be',
  windows1256: 'windows-1256',
  win1256: 'windows-1256',
  cp1256: 'windows-1256',
  iso88596: 'iso-8859-6',
  arabic: 'iso-8859-6',
  asmo708: 'iso-8859-6',
  ecma114: 'iso-8859-6',
  cp720: 'cp720',
  cp864: 'cp864',
  ibm864: 'cp864',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'iso-8859-1',
  iso88591: 'iso-8859-1',
};

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether `--encoding NAME` can be honoured: one of the detected encodings or any other name iconv-lite knows. */
export function isSupportedEncoding(name: string): boolean {
  return name.trim() !== '' && iconv().encodingExists(name);
}

/** The name the report uses for an encoding the user named: 'UTF8' -> 'utf-8', 'cp1256' -> 'windows-1256'. */
export function canonicalEncoding(name: string): string {
  return aliases[squash(name)] ?? name.toLowerCase();
}

/** The usage error text for an unknown `--encoding` value. */
export function unknownEncodingMessage(name: string): string {
  return (
    `Unknown encoding "${name}"${didYouMean(name, [...detectedEncodings, ...Object.keys(aliases)])}. Detected without being told: ${detectedEncodings.join(', ')}; ` +
    '--encoding also accepts any other name iconv-lite knows (e.g. windows-1252, iso-8859-1).'
  );
}
