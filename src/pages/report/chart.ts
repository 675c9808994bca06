import { html, type Html } from '../html.js';

export interface Bar {
  label: string;
  value: number;
}

const W = 640;
const H = 230;
const left = 52;
const bottom = 40;
const top = 14;

/** `950`, `12.9k`, `1.2M`: short enough for the axis. */
export function short(n: number): string {
  if (n < 10_000) return String(n);
  return n < 1_000_000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k` : `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
}

/** A bar chart as inline SVG (no script, no library), with each bar's value on hover and in a table under it. */
export function barChart(bars: readonly Bar[], caption: string, unit: string): Html {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = W - left - 8;
  const plotH = H - top - bottom;
  const step = plotW / Math.max(1, bars.length);
  const every = Math.max(1, Math.ceil(bars.length / 8)); // at most ~8 labels under the axis
  const rects = bars.map((b, i) => {
    const h = (b.value / max) * plotH;
    const x = left + i * step + step * 0.1;
    return html`<rect class="bar" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(step * 0.8).toFixed(1)}" height="${h.toFixed(1)}"><title>${b.label}: ${b.value} ${unit}</title></rect>`;
  });
  const labels = bars.map((b, i) =>
    i % every === 0 ? html`<text x="${(left + i * step + step / 2).toFixed(1)}" y="${H - bottom + 18}" text-anchor="middle">${b.label}</text>` : '',
  );
  const table = html`<details><summary>The numbers</summary><table class="numbers"><thead><tr><th>${caption}</th><th>${unit}</th></tr></thead><tbody>${bars.map(
    (b) => html`<tr><td>${b.label}</td><td class="num">${b.value}</td></tr>`,
  )}</tbody></table></details>`;
  return html`<figure><figcaption>${caption}</figcaption>
<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${caption}" xmlns="http://www.w3.org/2000/svg">
<line class="axis" x1="${left}" y1="${top + plotH}" x2="${W - 8}" y2="${top + plotH}"/>
<text x="${left - 6}" y="${top + 10}" text-anchor="end">${short(max)}</text><text x="${left - 6}" y="${top + plotH}" text-anchor="end">0</text>
${rects}${labels}</svg>${table}</figure>`;
}

/** Word counts of records, in bins that widen with size. */
const sizeBins: readonly [number, number][] = [
  [0, 0], [1, 49], [50, 99], [100, 199], [200, 299], [300, 499], [500, 749], [750, 999], [1000, 1499], [1500, 1999], [2000, 2999], [3000, Infinity],
];

/** The histogram of record sizes in words. */
export function sizeBars(words: readonly number[]): Bar[] {
  const counts = sizeBins.map(() => 0);
  for (const w of words) {
    const i = sizeBins.findIndex(([lo, hi]) => w >= lo && w <= hi);
    counts[i < 0 ? 0 : i]!++;
  }
  return sizeBins.map(([lo, hi], i) => ({ label: hi === Infinity ? `${lo}+` : lo === hi ? `${lo}` : `${lo}–${hi}`, value: counts[i]! }));
}

/** Records per month, per year or per decade: the finest step that keeps the chart under about 60 bars. */
export function dateBars(months: ReadonlyMap<string, number>): Bar[] {
  const keys = [...months.keys()].sort();
  if (keys.length === 0) return [];
  const toIndex = (k: string): number => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1;
  const first = toIndex(keys[0]!);
  const last = toIndex(keys[keys.length - 1]!);
  const span = last - first + 1;
  const unit = span <= 48 ? 1 : span <= 60 * 12 ? 12 : 120;
  const start = unit === 1 ? first : Math.floor(first / unit) * unit;
  const bars: Bar[] = [];
  for (let at = start; at <= last; at += unit) {
    const y = Math.floor(at / 12);
    bars.push({ label: unit === 1 ? `${y}-${String((at % 12) + 1).padStart(2, '0')}` : unit === 12 ? `${y}` : `${y}s`, value: 0 });
  }
  for (const [k, n] of months) bars[Math.floor((toIndex(k) - start) / unit)]!.value += n;
  return bars;
}
