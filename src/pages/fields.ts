import { html, type Html } from './html.js';
import type { ViewFields } from './types.js';

/** Any JSON value as text: strings as they are, lists one item after another, objects as `key: value` pairs. */
export function valueHtml(v: unknown, depth = 0): Html {
  if (v === null || v === undefined || v === '') return html`<span class="none">—</span>`;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return html`${String(v)}`;
  if (depth >= 3) return html`<code>${JSON.stringify(v)}</code>`;
  if (Array.isArray(v)) return html`<ul class="inline">${v.map((x) => html`<li>${valueHtml(x, depth + 1)}</li>`)}</ul>`;
  const entries = Object.entries(v as Record<string, unknown>);
  return html`<ul class="inline">${entries.map(([k, x]) => html`<li><span class="muted" dir="ltr">${k}:</span> ${valueHtml(x, depth + 1)}</li>`)}</ul>`;
}

const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** `2024-03-14  (الخميس 14 مارس 2024)`: the ISO date, then the text it was read from. */
function dateHtml(f: ViewFields): Html {
  const iso = str(f.date);
  const raw = str(f.dateRaw);
  if (iso === null) return raw === null ? valueHtml(null) : html`<span class="none">—</span> (${raw})`;
  return html`<bdi dir="ltr" class="mono">${iso}</bdi>${raw === null ? '' : html` (${raw})`}`;
}

/** `1445-09-04  (4 رمضان 1445 ه)`: the Hijri date as numbers, then the text it was read from. */
function hijriHtml(v: unknown): Html {
  const h = v as { year?: unknown; month?: unknown; day?: unknown; raw?: unknown };
  const pad = (n: unknown): string => String(n).padStart(2, '0');
  const ymd = typeof h.year === 'number' ? `${h.year}-${pad(h.month)}-${pad(h.day)}` : null;
  const raw = str(h.raw);
  if (ymd === null) return valueHtml(v);
  return html`<bdi dir="ltr" class="mono">${ymd}</bdi>${raw === null ? '' : html` (${raw})`}`;
}

/** `بيروت · رويترز  (بيروت - (رويترز) -)`: place and agency, then the text they were read from. */
function datelineHtml(v: unknown): Html {
  const d = v as { place?: unknown; agency?: unknown; raw?: unknown };
  const parts = [str(d.place), str(d.agency)].filter((x): x is string => x !== null);
  if (parts.length === 0 && str(d.raw) === null) return valueHtml(v);
  return html`${parts.join(' · ')}${str(d.raw) === null ? '' : html` <span class="muted">(${str(d.raw)})</span>`}`;
}

interface FieldRow {
  label: string;
  /** Shown as — when absent (its absence is worth seeing); other rows are left out. */
  always: boolean;
  has: (f: ViewFields) => boolean;
  show: (f: ViewFields) => Html;
}

const plain = (label: string, key: keyof ViewFields, always = false): FieldRow => ({ label, always, has: (f) => present(f[key]), show: (f) => valueHtml(f[key]) });

/** The rows, in reading order: what stands above the headline, the headline, then who, when and where. */
const fieldRows: readonly FieldRow[] = [
  plain('kicker', 'kicker'),
  plain('title', 'title', true),
  plain('subtitle', 'subtitle'),
  plain('section', 'section'),
  plain('site', 'sitename', true),
  plain('author', 'author', true),
  { label: 'date', always: true, has: (f) => present(f.date) || present(f.dateRaw), show: dateHtml },
  { label: 'hijri date', always: false, has: (f) => present(f.hijriDate), show: (f) => hijriHtml(f.hijriDate) },
  { label: 'dateline', always: true, has: (f) => present(f.dateline), show: (f) => datelineHtml(f.dateline) },
  { label: 'agencies', always: true, has: (f) => present(f.agencies), show: (f) => html`${Array.isArray(f.agencies) ? f.agencies.map(String).join('\u060c ') /* U+060C ARABIC COMMA */ : valueHtml(f.agencies)}` },
  { label: 'url', always: false, has: (f) => present(f.url), show: (f) => html`<bdi dir="ltr" class="mono">${String(f.url)}</bdi>` },
  plain('meta', 'meta'),
];

/** The article's fields as a list of label and value, Arabic right to left. The url is text, never a link. */
export function fieldsHtml(f: ViewFields): Html {
  const shown = fieldRows.filter((r) => r.always || r.has(f));
  return html`<dl class="fields" lang="ar" dir="rtl">${shown.map(
    (r) => html`<dt lang="en" data-field="${r.label}">${r.label}</dt><dd>${r.has(f) ? r.show(f) : valueHtml(null)}</dd>`,
  )}</dl>`;
}
