/** Types for encode.mjs (plain JS so that node runs the benchmarks without a build step). */
export type Variant =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-16le-bom'
  | 'utf-16be-bom'
  | 'utf-32le-bom'
  | 'utf-32be-bom'
  | 'windows-1256'
  | 'iso-8859-6'
  | 'cp720'
  | 'cp864'
  | 'mojibake-1252'
  | 'mojibake-latin1'
  | 'mojibake-1256';

export interface Built {
  bytes: Buffer;
  /** The text the decoder must give back exactly. */
  text: string;
  name: string;
  bom: boolean;
  repaired: string | null;
}

export const textsDir: string;
export const variants: readonly Variant[];
export function fixtureTexts(): Map<string, string>;
export function representable(text: string, encoding: string): string;
export function mojibake(text: string, page: 'windows-1252' | 'iso-8859-1' | 'windows-1256'): Buffer;
export function build(text: string, variant: Variant): Built;
