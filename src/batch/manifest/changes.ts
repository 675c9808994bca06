/** The flag that sets each option a record depends on (the manifest's `options`), for saying what changed. */
const flags: Record<string, string> = {
  profile: '--profile',
  normalize: '--normalize',
  rules: '--rules',
  encoding: '--encoding',
  repair: '--no-repair',
  text: '--text',
  format: '--format',
  mdRaw: '--md-raw',
  maxBytes: '--max-bytes',
  template: '--template',
};

/** A value as a person reads it: a word as it is, objects shortened (a rules file is named, not printed). */
function shown(key: string, v: unknown): string {
  if (v === undefined || v === null) return key === 'template' || key === 'rules' ? 'none' : 'default';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return key === 'template' ? `#${String(v).slice(0, 8)}` : String(v);
  return key === 'rules' ? 'another file' : JSON.stringify(v);
}

/**
 * What differs between the options a manifest was made with and this run's, one phrase each, e.g.
 * `--format: md → json`, `tanqih: 0.1.0 → 0.2.0`. Empty when nothing differs.
 */
export function describeChanges(before: { tool: string; options: Record<string, unknown> }, now: { tool: string; options: Record<string, unknown> }): string[] {
  const out: string[] = [];
  if (before.tool !== now.tool) out.push(`version: ${before.tool} → ${now.tool}`);
  const keys = [...new Set([...Object.keys(before.options), ...Object.keys(now.options)])].sort();
  for (const k of keys) {
    const a = before.options[k];
    const b = now.options[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (k === 'rules' && a !== null && b !== null && a !== undefined && b !== undefined) out.push('--rules: the rules changed');
    else out.push(`${flags[k] ?? k}: ${shown(k, a)} → ${shown(k, b)}`);
  }
  return out;
}
