import type { Unit, Work } from '../model.js';

/** A web page collapsed onto one line: cuts chrome at known places. */
export function readOneLine(u: Unit, _work: Work): Unit[] {
  return [u];
}
