import { markers } from '../../src/segment/layouts/marker-scan.js';

/** Every match of the global chrome-phrase expression, searched through the text the ordinary way (the reference). */
export function globalMatches(t: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  markers.lastIndex = 0;
  for (let m = markers.exec(t); m; m = markers.exec(t)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) markers.lastIndex++;
  }
  return out;
}

/** Every code unit of the Basic Plane once, a surrogate half as a space: what a prefix filter is built over. */
export function allUnits(): string {
  let out = '';
  for (let c = 0; c < 0x10000; c++) out += String.fromCharCode(c >= 0xd800 && c <= 0xdfff ? 0x20 : c);
  return out;
}
