import path from 'node:path';
import { Option, type Command } from 'commander';
import { findConfig, loadConfig, type LoadedConfig } from '../io/config.js';

/** `--config FILE` and `--no-config`, for the commands that take defaults from a config file. */
export function configOptions(): Option[] {
  return [
    new Option('--config <file>', 'use this config file instead of looking for tanqih.config.json / .tanqihrc.json'),
    new Option('--no-config', 'ignore config files'),
  ];
}

/**
 * Finds the config (unless --no-config) and puts its values under every option of `cmd` the command line did not
 * set. A command takes only the options it has (`inspect` takes the decoding and normalisation ones, not `out`).
 */
export async function mergeConfig(cmd: Command, cwd: string): Promise<LoadedConfig | null> {
  const flag = cmd.getOptionValue('config') as string | boolean | undefined;
  if (flag === false) return null;
  const file = typeof flag === 'string' ? path.resolve(cwd, flag) : await findConfig(cwd);
  if (file === null) return null;
  const config = await loadConfig(file);
  const known = new Set(cmd.options.map((o) => o.attributeName()));
  for (const [key, value] of Object.entries(config.options)) {
    if (!known.has(key)) continue;
    const source = cmd.getOptionValueSource(key);
    if (source !== 'cli' && source !== 'env') cmd.setOptionValueWithSource(key, value, 'config');
  }
  return config;
}
