import { Option } from 'commander';
import { didYouMean } from '../core/suggest.js';
import { UsageError } from '../core/errors.js';
import { isSupportedEncoding, unknownEncodingMessage } from '../decode/index.js';
import { parseSwitches, profileNames, SwitchError, type OpSwitches } from '../normalize/index.js';
import { readRulesFile } from '../io/rules.js';

/** Options shared by `ingest`, `normalize` and `inspect`: how bytes become normalised text. */
export function textOptions(): Option[] {
  return [
    new Option('-p, --profile <name>', 'normalisation profile')
      .choices(profileNames)
      .argParser((name: string) => {
        if (!(profileNames as readonly string[]).includes(name)) throw new UsageError(`Unknown profile "${name}"${didYouMean(name, profileNames)}. Profiles: ${profileNames.join(', ')}.`);
        return name;
      })
      .default('display'),
    new Option('--normalize <ops>', 'switch single ops on (+op) or off (-op), e.g. +digits-ascii,-tatweel; repeatable').argParser(
      (spec: string, previous?: OpSwitches) => {
        try {
          return parseSwitches(spec, previous);
        } catch (err) {
          if (err instanceof SwitchError) throw new UsageError(err.message);
          throw err;
        }
      },
    ),
    new Option('-e, --encoding <name>', 'force this encoding for files without a BOM (e.g. windows-1256)').argParser(
      (name: string) => {
        if (!isSupportedEncoding(name)) throw new UsageError(unknownEncodingMessage(name));
        return name;
      },
    ),
    new Option('--no-repair', 'do not undo mojibake'),
    new Option('--text', 'decode files even when they look binary'),
  ];
}

/** `--rules FILE`: the user's site names, boilerplate lines and patterns (JSON), read and checked when parsed. */
export function rulesOption(): Option {
  return new Option('--rules <file>', 'JSON file of extra site names, boilerplate lines and patterns (see README)').argParser((file: string) =>
    readRulesFile(file),
  );
}
