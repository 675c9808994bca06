/** Paths as shown in messages; pure, so core/message.ts can use it. See io/raw-path.ts for the escaping of raw bytes. */

/**
 * For messages on stderr: escaped raw bytes as `\xNN`, control characters (a newline in a name) as escapes, and a
 * backslash doubled, so a name that holds `\x41` is not read as one that holds `A`.
 */
export function displayPath(p: string): string {
  return p.replace(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]|[\u0000-\u001F\u007F-\u009F\\]/g, (c) => {
    const u = c.charCodeAt(0);
    if (u === 0x5c) return '\\\\';
    if (u === 0x0a) return '\\n';
    if (u === 0x09) return '\\t';
    return `\\x${(u >= 0xdc00 ? u - 0xdc00 : u).toString(16).padStart(2, '0')}`;
  });
}
