import { displayPath } from '../../core/display-path.js';
import { documentPage } from '../document.js';
import { html, type Html } from '../html.js';
import type { ExampleList, ReportData } from './aggregate.js';
import { barChart, dateBars, sizeBars } from './chart.js';
import { byCount, count, percent } from './format.js';
import { recordSection } from './record-view.js';
import { droppedShare, median, type Tally } from './tally.js';

const recordId = (ordinal: number): string => `rec-${ordinal}`;

function tiles(d: ReportData): Html {
  const t = d.totals;
  const tile = (label: string, value: string, note = ''): Html => html`<li data-total="${label}"><b>${value}</b>${label}${note ? html` <span class="muted">${note}</span>` : ''}</li>`;
  return html`<ul class="stats">
${tile('files', count(t.files))}${tile('ok', count(t.ok))}${tile('failed', t.failed === null ? '?' : count(t.failed), t.failed === null ? '(not in the records: see below)' : '')}${tile('warnings', count(t.warnings))}
${tile('with a title', percent(d.all.withTitle, d.all.files))}${tile('with a site', percent(d.all.withSite, d.all.files))}${tile('with a date', percent(d.all.withDate, d.all.files))}
${tile('median words', String(median(d.all.words) ?? '—'))}${tile('dropped as boilerplate', percent(d.all.droppedChars, d.all.droppedChars + d.all.bodyChars))}
</ul>
${t.failed === null ? html`<p class="muted">Failed files produce no record, so the records alone cannot count them: pass the run's JSON report (<code>tanqih ingest … --report run.json</code>) with <code>--run-report run.json</code>.</p>` : ''}
${t.duplicates > 0 ? html`<p class="muted">${count(t.duplicates)} records repeat a path already seen (runs or shards merged twice?); each is counted.</p>` : ''}`;
}

const counts = (m: ReadonlyMap<string, number>): Html =>
  m.size === 0 ? html`<span class="none">—</span>` : html`<ul class="inline">${byCount(m).map(([k, n]) => html`<li><code>${k}</code> ${count(n)}</li>`)}</ul>`;

function sourceRow(name: string, t: Tally, failedKnown: boolean): Html {
  const share = droppedShare(t);
  return html`<tr><td data-label="source"><bdi dir="ltr"><code>${displayPath(name)}</code></bdi></td><td data-label="files" class="num">${count(t.files + t.failed)}</td>${failedKnown ? html`<td data-label="failed" class="num">${count(t.failed)}</td>` : ''}<td data-label="title" class="num">${percent(t.withTitle, t.files)}</td><td data-label="site" class="num">${percent(t.withSite, t.files)}</td><td data-label="date" class="num">${percent(t.withDate, t.files)}</td><td data-label="median words" class="num">${median(t.words) ?? '—'}</td><td data-label="dropped" class="num">${share === null ? '—' : percent(t.droppedChars, t.droppedChars + t.bodyChars)}</td><td data-label="encodings">${counts(t.encodings)}</td><td data-label="warnings">${counts(t.warnings)}</td></tr>`;
}

function sourcesTable(d: ReportData): Html {
  const failedKnown = d.totals.failed !== null;
  return html`<div class="scroll"><table class="cards sources"><thead><tr><th>source folder</th><th>files</th>${failedKnown ? html`<th>failed</th>` : ''}<th>with title</th><th>with site</th><th>with date</th><th>median words</th><th>dropped as boilerplate</th><th>encodings</th><th>warnings by rule</th></tr></thead>
<tbody>${[...d.sources].map(([name, t]) => sourceRow(name, t, failedKnown))}</tbody></table></div>`;
}

function scoreText(l: ExampleList, score: number): string {
  if (l.measure === 'share') return `${percent(score, 1)} of its text dropped`;
  if (l.measure === 'count') return `${score}×`;
  if (l.measure === 'chars') return `${count(score)} characters dropped`;
  return '';
}

function exampleLists(d: ReportData): Html {
  if (d.examples.length === 0) return html`<p class="none">No boilerplate, no warnings, no empty bodies: nothing to show.</p>`;
  const section = (l: ExampleList): Html => {
    const items = l.entries.map((e) => {
      const r = d.records.get(e.ordinal)!;
      const title = typeof r.fields.title === 'string' ? r.fields.title : null;
      return html`<li><a href="#${recordId(e.ordinal)}"><bdi dir="ltr"><code>${displayPath(r.path)}</code></bdi></a> <span class="muted">${scoreText(l, e.score)}</span> ${title === null ? '' : html`<bdi lang="ar" dir="rtl">${title}</bdi>`}</li>`;
    });
    return html`<section class="examples" data-list="${l.id}"><h3>${l.title}</h3><ol>${items}</ol></section>`;
  };
  // the lists per boilerplate rule can be many: folded, under the lists of problems
  const byRule = d.examples.filter((l) => l.id.startsWith('dropped:'));
  return html`${d.examples.filter((l) => !l.id.startsWith('dropped:')).map(section)}
${byRule.length === 0 ? '' : html`<details class="by-rule"><summary>What each boilerplate rule dropped most (${byRule.length} rules)</summary>${byRule.map(section)}</details>`}`;
}

function failureList(d: ReportData): Html {
  if (d.totals.failed === null || d.totals.failed === 0) return html``;
  const more = d.totals.failed - d.failures.length;
  return html`<h2 id="failed">Failed files</h2><ul class="failures">${d.failures.map(
    (f) => html`<li><bdi dir="ltr"><code>${displayPath(f.path)}</code></bdi> ${f.message} <code>(${f.rule})</code></li>`,
  )}</ul>${more > 0 ? html`<p class="muted">and ${count(more)} more (see the run report).</p>` : ''}`;
}

export interface ReportMeta {
  generator: string;
  /** The inputs, as named on the command line. */
  inputs: readonly string[];
}

/** `tanqih report`: the whole page, from what `ReportBuilder` counted. Pure: same data, same page. */
export function reportPage(d: ReportData, meta: ReportMeta): string {
  const all = [...d.all.words];
  const dates = dateBars(d.months);
  const views = [...d.records].sort(([a], [b]) => a - b).map(([ordinal, r]) => recordSection(r, recordId(ordinal)));
  const body = html`<header><h1>Batch report <span class="muted">· ${meta.generator}</span></h1>
<p class="muted">Records from ${meta.inputs.map((p, i) => html`${i > 0 ? ', ' : ''}<bdi dir="ltr"><code>${p === '-' ? 'stdin' : displayPath(p)}</code></bdi>`)}.</p></header>
<h2>Totals</h2>${tiles(d)}
<h2>Sources</h2>${sourcesTable(d)}
<h2>Sizes and dates</h2>
${barChart(sizeBars(all), 'Records by size (words of body text)', 'records')}
${dates.length === 0 ? html`<p class="none">No record has a date.</p>` : barChart(dates, 'Records by date', 'records')}
<p class="muted">${count(d.undated)} records have no date.</p>
<h2 id="examples">Examples</h2>
<p class="muted">The records that show each problem most. Each link leads to the record's view further down.</p>
${exampleLists(d)}
${failureList(d)}
${views.length === 0 ? '' : html`<h2 id="views">Article views</h2>${views}`}`;
  return documentPage(`Batch report — ${meta.generator}`, meta.generator, body);
}
