import { opNames, type DigitsMode, type OpName } from './ops.js';
import { profiles, type ProfileName } from './profiles.js';
import { didYouMean } from '../core/suggest.js';

/** Per-op switches on top of a profile: plain JSON data, so it can cross to worker threads. */
export interface OpSwitches {
  /** Turn single ops on (true) or off (false). */
  ops?: Partial<Record<OpName, boolean>> | undefined;
  /** What `digits` does; setting it to 'ascii' or 'arabic' turns `digits` on, 'keep' turns it off. */
  digits?: DigitsMode | undefined;
}

/** The names `--normalize` accepts after + or -. */
export const switchNames: readonly string[] = [...opNames.filter((n) => n !== 'digits'), 'digits-ascii', 'digits-arabic', 'digits'];

/** A switch string that does not parse; `message` lists the valid names. */
export class SwitchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SwitchError';
  }
}

function unknown(name: string): SwitchError {
  return new SwitchError(`Unknown normalisation op "${name}"${didYouMean(name, switchNames)}. Valid ops: ${switchNames.join(', ')}.`);
}

/**
 * Parses `+digits-ascii,-tatweel` style switches: comma- or space-separated op names, each turned on by `+` (or no
 * sign) and off by `-`. `+digits-ascii` / `+digits-arabic` pick the digits mode, `-digits` keeps digits as they are.
 * Later switches win; `into` lets repeated flags accumulate.
 */
export function parseSwitches(spec: string, into: OpSwitches = {}): OpSwitches {
  const out: OpSwitches = { ops: { ...into.ops }, digits: into.digits };
  const ops = out.ops as Partial<Record<OpName, boolean>>;
  for (const raw of spec.split(/[\s,]+/)) {
    if (raw === '') continue;
    const on = raw[0] !== '-';
    const name = raw[0] === '+' || raw[0] === '-' ? raw.slice(1) : raw;
    if (name === 'digits-ascii' || name === 'digits-arabic') {
      ops.digits = on;
      out.digits = on ? (name === 'digits-ascii' ? 'ascii' : 'arabic') : 'keep';
    } else if (name === 'digits') {
      if (on) throw new SwitchError('Say which digits: +digits-ascii or +digits-arabic (and -digits to keep them as they are).');
      ops.digits = false;
      out.digits = 'keep';
    } else if ((opNames as readonly string[]).includes(name)) {
      ops[name as OpName] = on;
    } else {
      throw unknown(name);
    }
  }
  if (out.digits === undefined) delete out.digits;
  return out;
}

export interface Resolved {
  readonly ops: ReadonlySet<OpName>;
  readonly digits: DigitsMode;
}

/** The ops a profile runs once the switches are applied, and the digits mode. Throws SwitchError on unknown names. */
export function resolveOps(profile: ProfileName, switches: OpSwitches = {}): Resolved {
  const p = profiles[profile];
  const ops = new Set<OpName>(p.ops);
  for (const [name, on] of Object.entries(switches.ops ?? {})) {
    if (!(opNames as readonly string[]).includes(name)) throw unknown(name);
    if (on) ops.add(name as OpName);
    else if (on === false) ops.delete(name as OpName);
  }
  let digits: DigitsMode = switches.digits ?? p.digits;
  if (switches.ops?.digits === false) digits = 'keep';
  if (switches.ops?.digits === true && digits === 'keep') digits = 'ascii';
  if (digits === 'keep') ops.delete('digits');
  else ops.add('digits');
  return { ops, digits };
}

/** A short label of the settings for the record, e.g. `search` or `display +digits-ascii,-tatweel`. */
export function describeSettings(profile: ProfileName, switches: OpSwitches = {}): string {
  const parts: string[] = [];
  for (const [name, on] of Object.entries(switches.ops ?? {})) {
    if (name === 'digits') continue;
    if (on !== undefined) parts.push(`${on ? '+' : '-'}${name}`);
  }
  if (switches.digits !== undefined || switches.ops?.digits !== undefined) {
    const d = resolveOps(profile, switches).digits;
    parts.push(d === 'keep' ? '-digits' : `+digits-${d}`);
  }
  return parts.length ? `${profile} ${parts.join(',')}` : profile;
}
