/**
 * YAML's double-quoted escapes for what JSON leaves raw but YAML must not see raw: DEL and the C1 controls are not
 * printable (YAML 1.2 §5.1), and NEXT LINE, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks to YAML 1.1
 * parsers, which would cut the value.
 */
function yamlEscapes(json: string): string {
  return json.replace(/[\u007F-\u009F\u2028\u2029]/g, (c) => {
    if (c === '\u0085') return '\\N';
    if (c === '\u2028') return '\\L';
    if (c === '\u2029') return '\\P';
    return `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/** A YAML scalar for front matter: plain when it is safely a plain word, else double-quoted with escapes. */
export function yamlScalar(value: string | null): string {
  if (value === null) return 'null';
  if (/^[\p{L}\p{N}][\p{L}\p{N}\p{M}_ .-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value) && !/[ .-]$/.test(value) && !/^[\d.+-]/.test(value)) {
    return value;
  }
  return yamlEscapes(JSON.stringify(value));
}

/** A YAML flow sequence of strings, each quoted. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map((v) => yamlEscapes(JSON.stringify(v))).join(', ')}]`;
}
