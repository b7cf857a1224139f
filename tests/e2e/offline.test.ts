import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format';
import { collectErrors, SHOTS, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import type { RunningServer } from './support/server';

const dist = resolve(import.meta.dirname, '../../dist');
const NOT_LIVE = 'Tidak langsung: tersimpan, tanpa koneksi';

/**
 * Issue 6: the deck works offline once opened. The real server and the built app with its service worker
 * (public/sw.js); the network is cut with Playwright's context.setOffline, which in Chromium cuts the
 * service worker's own fetches too, so every answer after the cut comes from the worker's saved copy.
 */
describe('offline: the deck once opened (service worker)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let registered = 0;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' });
    registered = ((await (await fetch(`${server.url}/api/summary`)).json()) as { registered: number }).registered;
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    page = await context.newPage();
    // Requests that fail while the network is cut are the point of the test, not errors of the app.
    collectErrors(page, errors, { ignore: (m) => m.text().includes('net::ERR_INTERNET_DISCONNECTED') });
  });
  afterAll(async () => {
    await context?.close();
    await stopServerAndBrowser(server, browser);
  });

  const slide = () => page.locator('section[aria-roledescription="slide"]');
  const stamp = () => slide().locator('.slide__stamp');

  it('ships its own worker and never MSW', async () => {
    expect(existsSync(resolve(dist, 'sw.js'))).toBe(true);
    expect(existsSync(resolve(dist, 'mockServiceWorker.js'))).toBe(false);
    const response = await fetch(`${server.url}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('takes control of the deck on the first visit and keeps the shell and the data', async () => {
    await page.goto(`${server.url}/rapat?hal=1`);
    await slide().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null), undefined, { timeout: 30_000 });
    // One reload under the worker, as a presenter opening the deck before the meeting would.
    await page.reload();
    await expect.poll(() => slide().innerText(), { timeout: 30_000 }).toContain(formatNumber(registered, 'id'));
    const kept = await page.evaluate(async () => {
      const keys = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)));
      return keys.flat();
    });
    expect(kept).toContain('/');
    expect(kept).toContain('/api/summary');
    expect(kept.some((path) => path.startsWith('/assets/') && path.endsWith('.js'))).toBe(true);
    expect(kept.some((path) => path.startsWith('/api/auth/') || path.startsWith('/api/admin/'))).toBe(false);
    expect(await stamp().innerText()).toMatch(/^Data per \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/);
  });

  it('with the network cut, a reload still shows the deck, its headline number and a stamp saying it is not live', async () => {
    await context.setOffline(true);
    await page.reload();
    await slide().waitFor({ timeout: 30_000 });
    await expect.poll(() => slide().getAttribute('aria-label')).toBe('Slide 1 dari 7: Capaian kampanye');
    await expect.poll(() => slide().innerText(), { timeout: 30_000 }).toContain(formatNumber(registered, 'id'));
    await expect.poll(() => stamp().innerText()).toContain(NOT_LIVE);
    // The data is the worker's saved copy, marked as such, and not just the browser saying it is offline.
    expect(await page.evaluate(async () => (await fetch('/api/summary')).headers.get('X-Pantau-Offline'))).toBe('1');
    expect(await stamp().innerText()).toMatch(/^Data per \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB/);
    await page.screenshot({ path: resolve(SHOTS, 'meeting-offline-1920x1080.png') });
  });

  it('offline, moves to the next slide with its data from the saved copy', async () => {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide().getAttribute('aria-label')).toBe('Slide 2 dari 7: Laju pendaftaran');
    await slide().locator('.chart-surface').waitFor({ timeout: 30_000 });
    expect(await slide().innerText()).not.toContain('Data tidak dapat dimuat');
    expect(await stamp().innerText()).toContain(NOT_LIVE);
  });

  it('reconnected, refreshes the data and the stamp says it is live again', async () => {
    await context.setOffline(false);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(true);
    await expect.poll(() => stamp().innerText(), { timeout: 30_000 }).not.toContain(NOT_LIVE);
    expect(await stamp().innerText()).toMatch(/^Data per \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/);
    expect(errors).toEqual([]);
  });
});
