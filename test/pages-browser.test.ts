import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../src/segment/work.js';
import { browserMissing, openBrowser, screenshot, visit, type Browser } from './helpers/browser.js';
import { root, runCli } from './helpers/cli.js';

// Both pages, made by the built CLI from fixtures of our own text, opened in headless Chromium at a phone's and a
// desktop's width. The fixtures hold markup that would run a script or fetch an image if it were not escaped.

// The callbacks given to page.$eval / page.evaluate run in the browser; the project is type-checked without the DOM
// library, so the few browser names they use are declared here (for this file only).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function getComputedStyle(e: unknown): any;
type HTMLElement = any;

const fixtures = path.join(root, 'fixtures/pages');
const cases = readdirSync(fixtures).sort();
const missing = browserMissing();
if (missing) console.warn(`pages-browser: skipped: ${missing}`);

const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-pages-'));
const shots = process.env.TANQIH_SHOTS_DIR ?? path.join(tmp, 'shots');
const viewFile = path.join(tmp, 'view.html');
const tree = path.join(tmp, 'tree');
const reportFile = path.join(tree, 'report.html');

/** Sources of the report: two folders of articles and one of a file that fails (empty). */
const layout: Record<string, string> = {
  'news/sahil/desalination.txt': 'article-full',
  'news/sahil/fake-messages.txt': 'script-in-text',
  'news/sahil/youth-final.txt': 'one-line-page',
  'news/wire/roads.txt': 'wire-hijri',
  'news/wire/dates-exports.txt': 'agency-dateline',
  'news/broken/empty.txt': 'empty-file',
};

/** A record from elsewhere (records are untrusted input too): markup in its fields, body and dropped lines. */
const evilRecord = {
  path: 'news/hand/<b>evil</b>.txt',
  title: `عنوان <script>window.__tanqihPwned = 'title'</script>`,
  sitename: '<img src="https://tanqih.invalid/site.png">',
  blocks: [],
  text: '',
  boilerplate: [{ line: 2, text: `<img src="https://tanqih.invalid/b.png" onerror="window.__tanqihPwned='img'">`, rule: 'boilerplate/<i>x</i>' }],
  warnings: [{ rule: 'segment/empty-body', line: null, message: '<script>window.__tanqihPwned = 1</script>' }],
};

/**
 * The article view names files by the paths it was given; they are copied under a long folder name with no place to
 * break (as a CI checkout's can be), so a path that does not wrap makes the phone-width page scroll sideways.
 */
const deep = path.join(tmp, 'workspace0123456789abcdef0123456789abcdef0123456789abcdef', 'checkout');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  for (const c of cases) {
    mkdirSync(path.join(deep, c), { recursive: true });
    copyFileSync(path.join(fixtures, c, 'input.txt'), path.join(deep, c, 'input.txt'));
  }
  const view = await runCli(['inspect', '--html', viewFile, ...cases.map((c) => path.join(deep, c, 'input.txt'))]);
  expect(view.code, view.stderr).toBe(1); // the empty file failed; the page lists it
  expect(view.stderr).toContain('(segment/empty)');
  for (const [to, from] of Object.entries(layout)) {
    mkdirSync(path.dirname(path.join(tree, to)), { recursive: true });
    copyFileSync(path.join(fixtures, from, 'input.txt'), path.join(tree, to));
  }
  const ingest = await runCli(['ingest', 'news', '-q', '--report', 'run.json'], { cwd: tree });
  expect(ingest.code, ingest.stderr).toBe(1);
  writeFileSync(path.join(tree, 'records.jsonl'), ingest.stdout + JSON.stringify(evilRecord) + '\n');
  const report = await runCli(['report', 'records.jsonl', '--run-report', 'run.json', '-o', 'report.html'], { cwd: tree });
  expect(report.code, report.stderr).toBe(0);
});

/** What every page must do at both widths: nothing fetched, no error, nothing wider than the screen. */
async function checkPage(b: Browser, file: string, name: string, width: number) {
  const v = await visit(b, file, width);
  expect(v.requests).toEqual([`file://${file}`]);
  expect(v.errors).toEqual([]);
  const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  const shot = path.join(shots, `${name}-${width}.png`);
  await screenshot(v.page, shot);
  expect(statSync(shot).size).toBeGreaterThan(5000);
  return v;
}


describe.skipIf(missing !== null)('pages in headless Chromium', () => {
  let browser: Browser;
  let unguarded: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    unguarded = await openBrowser({ bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await unguarded?.close();
  });

  it.each([360, 1280])('article view at %i px: every role in the legend, Arabic right to left', async (width) => {
    const { page } = await checkPage(browser, viewFile, 'article-view', width);
    const legend = await page.$$eval('.legend [data-role]', (els) => els.map((e) => (e as HTMLElement).dataset.role!));
    const used = await page.$$eval('ol.lines .row', (els) => els.map((e) => (e as HTMLElement).dataset.role!));
    for (const role of new Set([...roles, ...used])) expect(legend, role).toContain(role);
    // the five articles are all there, and the failed file is listed with its error
    expect(await page.$$eval('article.view', (els) => els.length)).toBe(cases.length - 1);
    expect(await page.textContent('nav')).toContain('segment/empty');
    const dirs = await page.$$eval('ol.lines .row:not(.empty) .text, dl.fields[lang="ar"] dd', (els) => [...new Set(els.map((e) => getComputedStyle(e).direction))]);
    expect(dirs).toEqual(['rtl']);
    // a right-to-left short line ends at the right edge of its row
    const edge = await page.$eval('ol.lines .r-heading .text', (e) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      return e.getBoundingClientRect().right - r.getBoundingClientRect().right;
    });
    expect(Math.abs(edge)).toBeLessThan(2);
    // boilerplate is struck through, not hidden
    const struck = await page.$eval('.row.r-boilerplate .text', (e) => ({ line: getComputedStyle(e).textDecorationLine, shown: (e as HTMLElement).offsetHeight > 0 }));
    expect(struck).toEqual({ line: 'line-through', shown: true });
  });

  it.each([
    ['with its policy', () => browser],
    ['with the policy bypassed (escaping alone)', () => unguarded],
  ])('article view %s: markup from the article shows as text and runs nothing', async (_name, which) => {
    const { page } = await checkPage(which(), viewFile, 'article-view-escaping', 1280);
    expect(await page.evaluate(() => (window as unknown as { __tanqihPwned?: string }).__tanqihPwned)).toBeUndefined();
    expect(await page.$$eval('script, img, iframe, a[href^="javascript"]', (els) => els.length)).toBe(0);
    expect(await page.$$eval('style', (els) => els.length)).toBe(1);
    const texts = await page.$$eval('ol.lines .text', (els) => els.map((e) => e.textContent));
    expect(texts).toContain(`<script>window.__tanqihPwned = 'script'</script>`);
    expect(texts.some((t) => t?.includes('<img src="https://tanqih.invalid/x.png"'))).toBe(true);
    const titles = await page.$$eval('dl.fields dt[data-field="title"] + dd', (els) => els.map((e) => e.textContent));
    expect(titles).toContain('تحذير من رسائل <b>مزيفة</b> تنتحل صفة البنوك');
    // and the report, whose records are untrusted too
    const report = await checkPage(which(), reportFile, 'report-escaping', 1280);
    expect(await report.page.evaluate(() => (window as unknown as { __tanqihPwned?: string }).__tanqihPwned)).toBeUndefined();
    expect(await report.page.$$eval('script, img, iframe', (els) => els.length)).toBe(0);
  });

  it.each([360, 1280])('batch report at %i px: totals, sources, charts and working example links', async (width) => {
    const { page } = await checkPage(browser, reportFile, 'report', width);
    const totals = await page.$$eval('[data-total]', (els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.total!, e.querySelector('b')!.textContent])));
    expect(totals).toMatchObject({ files: '7', ok: '6', failed: '1' });
    const sources = await page.$$eval('table.sources tbody tr td:first-child', (els) => els.map((e) => e.textContent));
    expect(sources).toEqual(['news/broken', 'news/hand', 'news/sahil', 'news/wire']);
    // the hand-made record is an example (no body), so its markup is on the page, as text
    expect(await page.$$eval('article.record h3 code', (els) => els.map((e) => e.textContent))).toContain('news/hand/<b>evil</b>.txt');
    expect(await page.content()).toContain('&lt;img src="https://tanqih.invalid/b.png"');
    expect(await page.$$eval('svg.chart', (els) => els.length)).toBe(2);
    const links = await page.$$eval('a[href^="#rec-"]', (els) => els.map((e) => e.getAttribute('href')!.slice(1)));
    expect(links.length).toBeGreaterThan(0);
    for (const id of new Set(links)) expect(await page.$$eval(`[id="${id}"]`, (els) => els.length), id).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __tanqihPwned?: string }).__tanqihPwned)).toBeUndefined();
    expect(await page.$$eval('script, img', (els) => els.length)).toBe(0);
    const dirs = await page.$$eval('article.record ol.lines .text', (els) => [...new Set(els.map((e) => getComputedStyle(e).direction))]);
    expect(dirs).toEqual(['rtl']);
  });

  it('wrote the screenshots', () => {
    for (const name of ['article-view-360', 'article-view-1280', 'report-360', 'report-1280']) expect(existsSync(path.join(shots, `${name}.png`)), name).toBe(true);
  });
});
