/**
 * How each role looks on the pages and what the legend says of it. Data only: a role not listed here (a new one from
 * the segmenter) gets the neutral style and still shows in the legend, under its own name.
 */
export interface RoleStyle {
  /** A CSS colour for the row's edge and the role's swatch (contrast >= 4.5:1 on white, as the label is this colour). */
  colour: string;
  /** One line for the legend. */
  meaning: string;
}

export const roleStyles: Readonly<Record<string, RoleStyle>> = {
  kicker: { colour: '#8a4b00', meaning: 'a kicker or overline above the headline' },
  title: { colour: '#0b5fa5', meaning: 'the headline' },
  subtitle: { colour: '#2f6f9f', meaning: 'a subtitle or deck under the headline' },
  section: { colour: '#6b4fa0', meaning: 'the section or category the site filed it under' },
  site: { colour: '#8e2f8a', meaning: 'the site, paper or agency that published it' },
  byline: { colour: '#a0306e', meaning: 'the author line' },
  date: { colour: '#8a5a00', meaning: 'a date or publication stamp' },
  dateline: { colour: '#7a6200', meaning: 'place (and agency) opening the report' },
  heading: { colour: '#1d6b32', meaning: 'a subheading in the body' },
  paragraph: { colour: '#3d4650', meaning: 'body text' },
  credit: { colour: '#1f5f8b', meaning: 'a credit (agency, desk, photo): kept as data, left out of the body' },
  boilerplate: { colour: '#b3261e', meaning: 'web chrome dropped from the body (struck through, not hidden)' },
  meta: { colour: '#5c5f66', meaning: 'metadata: tags, header fields, markup' },
  blank: { colour: '#6a737d', meaning: 'an empty line' },
};

/** The style of a role this module does not know. */
export const neutralStyle: RoleStyle = { colour: '#6e7781', meaning: 'a role this page does not describe yet' };

/** Roles whose text left the body and is shown struck through. */
export const struckRoles: ReadonlySet<string> = new Set(['boilerplate']);

/** A role's style, the neutral one when unknown. */
export function styleOf(role: string): RoleStyle {
  return Object.hasOwn(roleStyles, role) ? roleStyles[role]! : neutralStyle;
}
