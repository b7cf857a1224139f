import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../support/png-size';
import { axeViolations, VIEWPORTS } from './support/browser';
import { collectErrors, gotoApp, SHOTS, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import type { RunningServer } from './support/server';


/**
 * Scrolls down the page a screen at a time and back, as a reader would: the sections below the fold mount only as
 * they come near the viewport (RenderWhenNear), so every check below sees the whole overview.
 */
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0, y = 0; step < 40; step++) {
    const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));
    if (y + screen >= height) break;
    y += screen;
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('the overview, served by the real server from a clean data folder', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' });
  });
  afterAll(() => stopServerAndBrowser(server, browser));

  async function open(viewport: keyof typeof VIEWPORTS, path = '/'): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
    const errors: string[] = [];
    collectErrors(page, errors);
    await gotoApp(page, `${server.url}${path}`);
    await page.getByRole('region', { name: 'Capaian pendaftaran' }).getByText(/dari 11\.000 pekerja/).waitFor({ timeout: 30_000 });
    // The last section's place is laid out: the page is as long as it will be.
    await page.locator('#ringkasan-peristiwa').waitFor({ timeout: 30_000 });
    await scrollThrough(page);
    await page.getByText(/peringkat 3 dari 35/).first().waitFor({ timeout: 30_000 });
    return { page, errors };
  }

  it('shows the target 11.000, Rp16.800 and the demo label on first start', async () => {
    expect(server.output()).toContain('demo campaign loaded');
    const { page, errors } = await open('desktop');
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('11.000');
    const text = await main.innerText();
    expect(text).toContain('Rp16.800');
    expect(text).toMatch(/\d{1,3},\d%/);
    expect(await page.getByText('Data demo').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ranks Klaten 3rd in Central Java behind Kab. Semarang and Kab. Pemalang', async () => {
    const { page } = await open('desktop');
    await expect.poll(() => page.getByRole('main').innerText()).toMatch(/Klaten peringkat 3 dari 35/);
    const table = page.getByRole('table', { name: /Peringkat wilayah/ });
    if (!(await table.isVisible())) {
      await page.getByRole('region', { name: /Peringkat di Jawa Tengah/ }).getByRole('button', { name: /tabel/i }).click();
    }
    const rows = table.getByRole('row');
    await rows.nth(3).waitFor();
    const firstThree = await Promise.all([1, 2, 3].map((i) => rows.nth(i).innerText()));
    expect(firstThree[0]).toContain('Kab. Semarang');
    expect(firstThree[1]).toContain('Kab. Pemalang');
    expect(firstThree[2]).toContain('Kab. Klaten');
    // The gap lines render with the ranking chart's chunk, which may still be loading here.
    await expect.poll(() => page.getByRole('main').innerText(), { timeout: 20_000 }).toMatch(/Kurang [\d.]+ pekerja dari Kab\. Pemalang/);
    await page.close();
  });

  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    it(`passes axe-core WCAG 2.1 AA and fits the screen at ${viewport} size`, async () => {
      const { page, errors } = await open(viewport);
      await page.waitForLoadState('networkidle');
      await page.waitForSelector('.chart-surface', { timeout: 30_000 });
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal page scroll').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/overview-${viewport}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('on a phone, holds the sections far below the fold as headed placeholders and mounts them as they come near', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    const errors: string[] = [];
    collectErrors(page, errors);
    await gotoApp(page, server.url);
    await page.getByRole('region', { name: 'Capaian pendaftaran' }).getByText(/dari 11\.000 pekerja/).waitFor({ timeout: 30_000 });
    const events = page.locator('#ringkasan-peristiwa');
    await events.waitFor();
    // Far below: only its heading and a loading line so far.
    expect(await events.getAttribute('data-deferred')).toBe('waiting');
    expect(await events.getByRole('region', { name: 'Peristiwa kampanye' }).innerText()).toContain('Memuat data');
    expect(await events.getByRole('table').count()).toBe(0);
    expect(await page.locator('[data-deferred="waiting"]').count()).toBeGreaterThan(3);

    await events.scrollIntoViewIfNeeded();
    await expect.poll(() => events.getAttribute('data-deferred'), { timeout: 30_000 }).toBe('mounted');
    const rows = events.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor({ timeout: 30_000 });
    expect(await events.innerText()).not.toContain('Memuat data');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws every section into the whole-view PNG and the printout, though none was scrolled to', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const errors: string[] = [];
    collectErrors(page, errors);
    await gotoApp(page, server.url);
    await page.locator('#ringkasan-peristiwa[data-deferred="waiting"]').waitFor({ timeout: 30_000 });

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh PNG halaman' }).click()]);
    expect(await page.locator('[data-deferred="waiting"]').count()).toBe(0);
    const main = await page.locator('#main').evaluate((el) => ({ height: el.scrollHeight, text: (el as HTMLElement).innerText }));
    expect(main.text).toMatch(/Klaten peringkat 3 dari 35/);
    expect(main.text).not.toContain('Memuat data');
    // The image holds the whole, fully drawn overview (at 2x).
    const size = pngSize(await readFile(await download.path()));
    expect(size.height / 2).toBeGreaterThan(main.height * 0.9);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.chart-surface').count()).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks English when asked, and keeps it in the URL', async () => {
    const { page } = await open('desktop');
    await page.getByRole('button', { name: 'English' }).or(page.getByRole('link', { name: 'English' })).first().click();
    await expect.poll(() => page.url()).toContain('lang=en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
});
