import path from 'node:path';
import { Option, type Command } from 'commander';
import { parseSize } from '../core/size.js';
import { findConfig, loadConfig, type LoadedConfig } from '../io/config.js';
import { readRulesFile } from '../io/rules.js';
import { parseSwitches } from '../normalize/index.js';

/** `--config FILE` and `--no-config`, for the commands that take defaults from a config file. */
export function configOptions(): Option[] {
  return [
    new Option('--config <file>', 'use this config file instead of looking for tanqih.config.json / .tanqihrc.json'),
    new Option('--no-config', 'ignore config files'),
  ];
}

/**
 * Config keys that are not spelled like their option, or whose value the option would parse on the command line:
 * the option's attribute, and the value as the option holds it.
 */
const translated: Record<string, (v: unknown) => [attribute: string, value: unknown]> = {
  rules: (v) => ['rule', v],
  rulesFile: (v) => ['rules', readRulesFile(v as string)],
  normalize: (v) => ['normalize', parseSwitches(v as string)],
  maxBytes: (v) => ['maxBytes', typeof v === 'number' ? v : parseSize(v as string)],
};

/**
 * Finds the config (unless --no-config) and puts its values under every option of `cmd` the command line did not
 * set. A command takes only the options it has (`inspect` takes the decoding and normalisation ones, not `out`).
 * Rule levels merge: `--rule` on the command line wins for its rule, the config's other rules stay.
 */
export async function mergeConfig(cmd: Command, cwd: string): Promise<LoadedConfig | null> {
  const flag = cmd.getOptionValue('config') as string | boolean | undefined;
  if (flag === false) return null;
  const file = typeof flag === 'string' ? path.resolve(cwd, flag) : await findConfig(cwd);
  if (file === null) return null;
  const config = await loadConfig(file);
  const known = new Set(cmd.options.map((o) => o.attributeName()));
  for (const [key, raw] of Object.entries(config.options)) {
    const [attribute, value] = translated[key]?.(raw) ?? [key, raw];
    if (!known.has(attribute)) continue;
    const source = cmd.getOptionValueSource(attribute);
    if (attribute === 'rule' && source === 'cli') cmd.setOptionValueWithSource('rule', { ...(value as object), ...(cmd.getOptionValue('rule') as object) }, 'cli');
    else if (source !== 'cli' && source !== 'env') cmd.setOptionValueWithSource(attribute, value, 'config');
  }
  return config;
}
