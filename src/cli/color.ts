import { Chalk, type ChalkInstance } from 'chalk';

/** Whether to colour stderr: --no-color, then FORCE_COLOR, then NO_COLOR, then "is it a terminal". */
export function colorEnabled(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  // https://force-color.org: present and not "0"/"false" forces colour (and, as in Node itself, beats NO_COLOR)
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  // https://no-color.org: present and not empty turns colour off (chalk 5 does not check it)
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The few styles tanqih uses, as functions of a string. */
export interface Palette {
  error: (s: string) => string;
  warning: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

/** A palette at 16 colours, or one that returns its input unchanged. */
export function palette(enabled: boolean): Palette {
  const c: ChalkInstance = new Chalk({ level: enabled ? 1 : 0 });
  return { error: c.red.bold, warning: c.yellow, dim: c.dim, bold: c.bold };
}
