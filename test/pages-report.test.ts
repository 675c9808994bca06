import { describe, expect, it } from 'vitest';
import { ReportBuilder } from '../src/pages/report/aggregate.js';
import { dateBars, short, sizeBars } from '../src/pages/report/chart.js';
import { percent } from '../src/pages/report/format.js';
import { readRecord, type ReportRecord } from '../src/pages/report/record.js';
import { reportPage } from '../src/pages/report/report-page.js';
import { groupSources } from '../src/pages/report/sources.js';
import { droppedShare, emptyTally, median } from '../src/pages/report/tally.js';
import { TopK } from '../src/pages/report/top.js';

/** A record as `tanqih ingest` writes it (schema 1), with only what a test sets. */
function rec(path: string, o: { title?: string | null; site?: string | null; date?: string | null; words?: number; body?: string[]; dropped?: [string, string][]; warnings?: string[]; encoding?: string } = {}): ReportRecord {
  const body = o.body ?? ['نص'];
  const r = readRecord({
    schemaVersion: 1,
    path,
    title: o.title ?? null,
    sitename: o.site ?? null,
    date: o.date ?? null,
    blocks: body.map((text) => ({ type: 'paragraph', text })),
    text: body.join('\n\n'),
    boilerplate: (o.dropped ?? []).map(([rule, text], i) => ({ line: i + 1, text, rule })),
    stats: { chars: body.join('\n\n').length, words: o.words ?? 1, paragraphs: body.length },
    encoding: { name: o.encoding ?? 'utf-8', confidence: 1, bom: false, newline: 'lf', repaired: null },
    warnings: (o.warnings ?? []).map((rule) => ({ rule, line: null, message: 'm' })),
  });
  if (typeof r === 'string') throw new Error(r);
  return r;
}

describe('reading records loosely', () => {
  it('needs a path and a body; everything else may be missing', () => {
    expect(readRecord([1])).toMatch(/not a JSON object/);
    expect(readRecord({ title: 'x', blocks: [] })).toMatch(/no "path"/);
    expect(readRecord({ path: 'a.txt' })).toMatch(/neither "blocks" nor "text"/);
    const r = readRecord({ path: 'a.txt', text: 'أ ب ج\n\nد ه' });
    expect(typeof r).toBe('object');
    const ok = r as ReportRecord;
    expect(ok.blocks).toHaveLength(2);
    expect(ok.words).toBe(5); // counted from the text when there are no stats
    expect(ok.encoding).toBeNull();
  });

  it('keeps fields of newer records (kicker, subtitle, section, meta) for the view', () => {
    const r = readRecord({ path: 'a.txt', blocks: [], kicker: 'عاجل', section: 'رياضة' }) as ReportRecord;
    expect(r.fields.kicker).toBe('عاجل');
    expect(r.fields.section).toBe('رياضة');
  });
});

describe('small helpers', () => {
  it('median, share and percent', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(droppedShare({ bodyChars: 0, droppedChars: 0 })).toBeNull();
    expect(droppedShare({ bodyChars: 300, droppedChars: 100 })).toBe(0.25);
    expect([percent(0, 10), percent(1, 1000), percent(999, 1000), percent(10, 10), percent(1, 3), percent(1, 0)]).toEqual(['0%', '<1%', '>99%', '100%', '33%', '—']);
  });

  it('TopK keeps the best k, the first seen ahead on a tie', () => {
    const t = new TopK<string>(3);
    for (const [s, x] of [[1, 'a'], [5, 'b'], [3, 'c'], [5, 'd'], [2, 'e'], [9, 'f']] as const) t.offer(s, x);
    expect(t.list().map((e) => e.item)).toEqual(['f', 'b', 'd']);
  });

  it('sources: the folder below the common one, or deeper with depth', () => {
    const folders = new Map([
      ['news/a/2023', { ...emptyTally(), files: 2 }],
      ['news/a/2024', { ...emptyTally(), files: 3 }],
      ['news/b', { ...emptyTally(), files: 1 }],
    ]);
    expect([...groupSources(folders)].map(([k, t]) => [k, t.files])).toEqual([['news/a', 5], ['news/b', 1]]);
    expect([...groupSources(folders, 2)].map(([k, t]) => [k, t.files])).toEqual([['news/a/2023', 2], ['news/a/2024', 3], ['news/b', 1]]);
    expect([...groupSources(new Map([['news', { ...emptyTally(), files: 4 }]]))].map(([k]) => k)).toEqual(['news']);
  });

  it('axis labels stay short', () => {
    expect([short(9999), short(12866), short(40000), short(1_250_000)]).toEqual(['9999', '12.9k', '40k', '1.3M']);
  });

  it('size bins and date bars', () => {
    const bars = sizeBars([0, 10, 49, 50, 5000]);
    expect(bars.find((b) => b.label === '0')!.value).toBe(1);
    expect(bars.find((b) => b.label === '1–49')!.value).toBe(2);
    expect(bars.find((b) => b.label === '50–99')!.value).toBe(1);
    expect(bars.find((b) => b.label === '3000+')!.value).toBe(1);
    expect(dateBars(new Map([['2023-11', 2], ['2024-02', 1]]))).toEqual([
      { label: '2023-11', value: 2 },
      { label: '2023-12', value: 0 },
      { label: '2024-01', value: 0 },
      { label: '2024-02', value: 1 },
    ]);
    // a span of decades is shown by year
    const years = dateBars(new Map([['2001-05', 1], ['2020-01', 3]]));
    expect(years).toHaveLength(20);
    expect(years[0]).toEqual({ label: '2001', value: 1 });
  });
});

describe('the report builder', () => {
  // site-a: 3 records; site-b: 2; counted by hand below
  const records = [
    rec('arc/site-a/1.txt', { title: 'ع', site: 'س', date: '2024-01-05', words: 100, body: ['x'.repeat(300)], dropped: [['boilerplate/share', 'y'.repeat(100)]] }),
    rec('arc/site-a/2.txt', { title: 'ع', date: '2024-03-01', words: 300, body: ['x'.repeat(900)], warnings: ['decode/invalid-bytes', 'decode/invalid-bytes'] }),
    rec('arc/site-a/3.txt', { words: 0, body: [], dropped: [['boilerplate/share', 'y'.repeat(50)]], warnings: ['segment/no-title', 'segment/empty-body'] }),
    rec('arc/site-b/1.txt', { title: 'ع', site: 'س', date: '2024-01-20', words: 50, body: ['x'.repeat(100)], encoding: 'windows-1256' }),
    rec('arc/site-b/2.txt', { site: 'س', words: 70, body: ['x'.repeat(100)], dropped: [['boilerplate/related', 'z'.repeat(300)]], warnings: ['segment/no-title'] }),
  ];
  const b = new ReportBuilder({ examples: 2 });
  for (const r of records) b.addRecord(r);
  const d = b.finish();

  it('counts totals; failures are unknown without a run report', () => {
    expect(d.totals).toEqual({ files: 5, ok: 5, failed: null, warnings: 5, duplicates: 0 });
  });

  it('tallies each source folder', () => {
    expect([...d.sources.keys()]).toEqual(['arc/site-a', 'arc/site-b']);
    const a = d.sources.get('arc/site-a')!;
    expect([a.files, a.withTitle, a.withSite, a.withDate, a.noBody]).toEqual([3, 2, 1, 2, 1]);
    expect(median(a.words)).toBe(100);
    expect(a.bodyChars).toBe(1200);
    expect(a.droppedChars).toBe(150);
    expect(Object.fromEntries(a.warnings)).toEqual({ 'decode/invalid-bytes': 2, 'segment/no-title': 1, 'segment/empty-body': 1 });
    const bb = d.sources.get('arc/site-b')!;
    expect(Object.fromEntries(bb.encodings)).toEqual({ 'windows-1256': 1, 'utf-8': 1 });
    expect(median(bb.words)).toBe(60);
    expect(droppedShare(bb)).toBe(300 / 500);
  });

  it('counts dates by month', () => {
    expect(Object.fromEntries(d.months)).toEqual({ '2024-01': 2, '2024-03': 1 });
    expect(d.undated).toBe(2);
  });

  it('keeps the worst examples per rule, and each example record once', () => {
    const list = (id: string): string[] => d.examples.find((l) => l.id === id)!.entries.map((e) => d.records.get(e.ordinal)!.path);
    // shares dropped: a/1 100/400, b/2 300/400; a/3 (50/50) has no body: it is in the list below, not here
    expect(list('most-dropped')).toEqual(['arc/site-b/2.txt', 'arc/site-a/1.txt']);
    expect(list('no-body')).toEqual(['arc/site-a/3.txt']);
    expect(list('warning:segment/no-title')).toEqual(['arc/site-a/3.txt', 'arc/site-b/2.txt']);
    expect(list('warning:decode/invalid-bytes')).toEqual(['arc/site-a/2.txt']);
    expect(list('dropped:boilerplate/share')).toEqual(['arc/site-a/1.txt', 'arc/site-a/3.txt']);
    expect(d.examples[0]!.id).toBe('most-dropped');
    expect(new Set([...d.records.values()].map((r) => r.path)).size).toBe(d.records.size);
  });

  it('counts failures from a run report into totals and their folder', () => {
    const withRun = new ReportBuilder();
    for (const r of records) withRun.addRecord(r);
    withRun.knowFailures();
    withRun.addFailure({ path: 'arc/site-b/bad.txt', rule: 'decode/binary', message: 'binary' });
    withRun.addRecord(records[0]!); // the same path again
    const e = withRun.finish();
    expect(e.totals).toMatchObject({ files: 7, ok: 6, failed: 1, duplicates: 1 });
    expect(e.sources.get('arc/site-b')!.failed).toBe(1);
  });

  it('renders a page that links every example to a view in the same page', () => {
    const page = reportPage(d, { generator: 'tanqih test', inputs: ['r.jsonl'] });
    const links = [...page.matchAll(/href="#(rec-\d+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('<svg class="chart"');
    expect(page).not.toMatch(/<script/i);
  });
});
