import { escape } from 'html-escaper';

/** What may stand in a `${}` of an `html` template: text (escaped), numbers, markup, lists of these, or nothing. */
export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

/**
 * Markup built by the `html` tag. Only a template's literal parts become markup as they are; every string put into a
 * `${}` is escaped (& < > " '), so article text (untrusted: a scraped `<script>`) can only ever show as text. There is
 * no way to turn a plain string into Html: the constructor is private, and composition goes through `html` itself,
 * which keeps nested Html as it is. That is why this is not a string-returning tag (escape-goat, ghtml), where nesting
 * needs a raw marker that lets any string through as easily.
 */
export class Html {
  private constructor(private readonly markup: string) {}

  /** The markup, ready to write out. */
  toString(): string {
    return this.markup;
  }

  /** The tag: `html\`<p>${text}</p>\`` (see the class comment). */
  static tag(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
    // a template's strings carry `raw`: a plain array passed as the first argument is refused, not trusted
    if (!Array.isArray(strings.raw)) throw new TypeError('html must be used as a template tag');
    let out = strings[0] ?? '';
    for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
    return new Html(out);
  }

  /** Items joined by a separator (itself markup), e.g. `Html.join(names, html\`, \`)`. */
  static join(items: readonly Interpolation[], separator: Html): Html {
    return new Html(items.map(render).join(separator.markup));
  }
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escape(value);
  if (typeof value === 'number') return escape(String(value));
  if (Array.isArray(value)) return value.map(render).join('');
  throw new TypeError(`cannot put a ${typeof value} into html`);
}

/** The tag for markup; see `Html`. */
export const html = Html.tag;

/** A class name or id part made of [a-z0-9-] only, from any string (a role name, a rule id). */
export function slug(s: string): string {
  const out = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return out === '' ? 'x' : out;
}
