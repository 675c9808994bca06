import { createRequire } from 'node:module';

type IconvLite = typeof import('iconv-lite');

let lib: IconvLite | null = null;

/**
 * iconv-lite, loaded the first time a legacy page is tried or an encoding is named: plain UTF-8 (nearly every run)
 * never pays for loading it and its code-page tables at start-up.
 */
export function iconv(): IconvLite {
  return (lib ??= createRequire(import.meta.url)('iconv-lite') as IconvLite);
}
