import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it), or another build named by TANQIH_CHROMIUM. */
export const chromiumPath = process.env.TANQIH_CHROMIUM ?? '/usr/bin/chromium';

/** Quiet and offline: nothing of the browser's own phones home, so every request seen comes from the page. */
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (existsSync(chromiumPath)) return null;
  return `headless Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium; .ci/run does when it runs as root) or set TANQIH_CHROMIUM`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile (--user-data-dir in a new temp folder, removed on close). `bypassCSP` turns
 * the page's Content-Security-Policy off, to show that escaping alone keeps article text inert.
 */
export async function openBrowser(options: { bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'tanqih-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true, // playwright passes --headless
    args: chromiumFlags,
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: 1280, height: 900 },
  });
  // anything that is not the page itself is refused (and recorded by `visit`)
  await context.route(/^(?!file:)/, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Visit {
  page: Page;
  /** Every request the page made, its own file URL first. */
  requests: string[];
  /** Console errors (a CSP violation reports here) and uncaught page errors. */
  errors: string[];
}

/** Opens a file in a new tab at a given width and records its requests and errors. */
export async function visit(b: Browser, file: string, width: number): Promise<Visit> {
  const page = await b.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (w) => requests.push(w.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, requests, errors };
}

/**
 * A full-page screenshot. Headless Chromium now and then answers "Unable to capture screenshot" on a loaded
 * machine (the compositor had no frame ready; it passed on the next CI run unchanged), so that one error is
 * tried again, up to three times; any other error, or a third failure, fails the test.
 */
export async function screenshot(page: Pick<Page, 'screenshot' | 'waitForTimeout'>, file: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path: file, fullPage: true });
      return;
    } catch (err) {
      if (attempt >= 3 || !/Unable to capture screenshot/u.test(String(err))) throw err;
      await page.waitForTimeout(250 * attempt);
    }
  }
}
