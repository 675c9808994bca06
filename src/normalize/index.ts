import type { NormalizeResult } from '../core/types.js';
import { profileNames, type ProfileName } from './profiles.js';
import type { Language } from './run.js';
import { NormalizeStream } from './stream.js';
import { describeSettings, resolveOps, type OpSwitches } from './switches.js';

export { profileNames, profiles, type ProfileName } from './profiles.js';
export { opNames, ops, type OpName, type DigitsMode } from './ops.js';
export { parseSwitches, resolveOps, describeSettings, switchNames, SwitchError, type OpSwitches } from './switches.js';
export { NormalizeStream } from './stream.js';
export type { Language } from './run.js';

export interface NormalizeOptions extends OpSwitches {
  /** Named list of ops; default 'display'. */
  profile?: ProfileName | undefined;
  /** Whether the text is Persian/Urdu, for `farsi-letters`; 'auto' (default) judges by its letters. */
  language?: Language | undefined;
}

/** Lone UTF-16 surrogates in a string (they become U+FFFD: nothing downstream can encode them). */
function countLoneSurrogates(text: string): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else n++;
    } else if (c >= 0xdc00 && c <= 0xdfff) n++;
  }
  return n;
}

/**
 * text -> text under a named profile (plus per-op switches), with counts of what each op changed. One pass of a
 * compiled table over the text; throws SwitchError for an unknown op name.
 */
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  const profile = options.profile ?? 'display';
  const stream = new NormalizeStream(resolveOps(profile, options), options.language ?? 'auto');
  const lone = countLoneSurrogates(text);
  const pieces = [...stream.push(Buffer.from(text, 'utf8')), ...stream.end()];
  const out = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  const changes = stream.changes();
  if (lone > 0) changes['lone-surrogates'] = lone;
  return { text: Buffer.from(out.buffer, out.byteOffset, out.length).toString('utf8'), changes };
}

/**
 * Like `normalize`, for text that is already valid UTF-8 `bytes` (no lone surrogates by construction): skips encoding
 * the string to UTF-8 again. `text`, when given, must be those bytes decoded; it is returned as it is when nothing
 * changed, which saves decoding the output.
 */
export function normalizeUtf8(bytes: Uint8Array, options: NormalizeOptions = {}, text?: string): NormalizeResult {
  const stream = new NormalizeStream(resolveOps(options.profile ?? 'display', options), options.language ?? 'auto');
  const pieces = [...stream.push(bytes), ...stream.end()];
  const out = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  const changes = stream.changes();
  const buf = Buffer.from(out.buffer, out.byteOffset, out.length);
  if (text !== undefined && buf.equals(bytes)) return { text, changes };
  return { text: buf.toString('utf8'), changes };
}

/** The label the record carries in `normalization.profile`, e.g. `search` or `display +digits-ascii`. */
export function settingsLabel(options: NormalizeOptions = {}): string {
  return describeSettings(options.profile ?? 'display', options);
}

export const isProfile = (name: string): name is ProfileName => (profileNames as readonly string[]).includes(name);
