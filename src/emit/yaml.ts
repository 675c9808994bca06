/** A YAML scalar for front matter: plain when it is safely a plain word, else double-quoted with escapes. */
export function yamlScalar(value: string | null): string {
  if (value === null) return 'null';
  if (/^[\p{L}\p{N}][\p{L}\p{N}\p{M}_ .-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value) && !/[ .-]$/.test(value) && !/^[\d.+-]/.test(value)) {
    return value;
  }
  return JSON.stringify(value);
}

/** A YAML flow sequence of strings, each quoted. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}
