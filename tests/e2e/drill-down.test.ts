import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, VIEWPORTS } from './support/browser';
import { collectErrors, gotoApp, SHOTS, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import type { RunningServer } from './support/server';


/** "1.234" -> 1234, "54,8%" -> 54.8: numbers as the page prints them. */
const parseId = (text: string) => Number(text.replace(/[.%\s]/g, '').replace(',', '.'));

describe('drill-down from the overview into a unit, and comparing units, on the real server', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' });
  });
  afterAll(() => stopServerAndBrowser(server, browser));

  async function open(viewport: keyof typeof VIEWPORTS, path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
    const errors: string[] = [];
    collectErrors(page, errors);
    await gotoApp(page, `${server.url}${path}`);
    return { page, errors };
  }

  it('opens a unit from the overview table and shows the same numbers there', async () => {
    const { page, errors } = await open('desktop', '/');
    const section = page.getByRole('region', { name: 'Unit kerja dan kecamatan' });
    // Far down the overview, it mounts as it comes near, as for a reader scrolling to it.
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: 'Tampilkan tabel' }).click({ timeout: 60_000 });
    const table = section.getByRole('table', { name: 'Unit kerja menurut capaian target sendiri' });
    // The fifth row: a unit somewhere in the table, not only the leader.
    const row = table.getByRole('row').nth(5);
    const link = row.getByRole('rowheader').getByRole('link');
    const name = (await link.innerText()).trim();
    await table.getByRole('columnheader', { name: 'Perlu/minggu' }).waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[▲▼↕]/g, '').trim());
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    // Cells follow the row header (the name), so each sits one to the left of its column header.
    const cell = (header: string) => cells[headers.indexOf(header) - 1]!;
    const [kecamatan, target, registered, percent, needed] = ['Kecamatan', 'Target', 'Terdaftar', '% target', 'Perlu/minggu'].map(cell);

    await link.click();
    await page.waitForURL(/\/unit\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 2, name }).count()).toBe(1);
    const stats = page.getByRole('region', { name: 'Capaian target sendiri' });
    await stats.waitFor();
    const text = await stats.innerText();
    expect(text).toContain(`dari target ${target} pekerja`);
    expect(text).toContain(registered!);
    expect(text).toContain(percent!);
    if (needed !== 'tercapai') expect(text).toContain(`${name} perlu ${needed} pekerja/minggu`);
    expect(await page.getByRole('link', { name: `Kecamatan ${kecamatan}` }).getAttribute('href')).toBe(`/kecamatan/${encodeURIComponent(kecamatan!)}`);
    expect(parseId(percent!)).toBeCloseTo((parseId(registered!) / parseId(target!)) * 100, 0);

    // Its own trend, ending on the same count.
    const trend = page.getByRole('region', { name: 'Perkembangan pendaftaran' });
    await trend.locator('.chart-surface').first().waitFor({ timeout: 30_000 });
    await trend.getByRole('button', { name: 'Tampilkan tabel' }).click();
    const newest = trend.getByRole('table').getByRole('row').nth(1);
    expect((await newest.getByRole('cell').nth(1).innerText()).trim()).toBe(registered);

    // Back to the overview through the breadcrumb.
    await page.getByRole('navigation', { name: 'Lokasi halaman' }).getByRole('link', { name: 'Ringkasan' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares two units: one from a unit’s page, one picked with the keyboard', async () => {
    const { page, errors } = await open('desktop', '/unit/7');
    const first = (await page.getByRole('heading', { level: 2 }).first().innerText()).trim();
    await page.getByRole('link', { name: 'Bandingkan dengan unit lain' }).click();
    await page.waitForURL(/\/bandingkan\?unit=7$/);
    await page.getByText('Pilih paling sedikit 2 unit untuk melihat perbandingan.').waitFor();

    const input = page.getByRole('combobox', { name: 'Tambah unit' });
    await input.fill('Dinas Kesehatan');
    await page.getByRole('listbox', { name: 'Tambah unit' }).getByRole('option').first().waitFor();
    // The open list must pass too.
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await input.press('Enter');
    await page.waitForURL(/\/bandingkan\?unit=7&unit=\d+$/);

    const chart = page.getByRole('region', { name: 'Capaian dari waktu ke waktu' });
    await chart.locator('.chart-line').nth(1).waitFor({ timeout: 30_000 });
    expect(await chart.locator('.chart-line').count()).toBe(2);
    const side = page.getByRole('table', { name: 'Angka setiap unit yang dibandingkan, berdampingan' });
    await side.waitFor();
    expect(await side.getByRole('columnheader').allInnerTexts()).toEqual(['Ukuran', first, 'Dinas Kesehatan']);
    expect(errors).toEqual([]);
    await page.close();
  });

  const pages = [
    ['unit', '/unit/7', 'Capaian target sendiri'],
    ['kecamatan', '/kecamatan/Wedi', 'Capaian target sendiri'],
    ['compare', '/bandingkan?unit=1&unit=7&unit=12', 'Angka berdampingan'],
    ['units', '/unit', 'Perlu perhatian'],
  ] as const;
  for (const viewport of ['desktop', 'phone'] as const) {
    for (const [slug, path, region] of pages) {
      it(`passes axe-core WCAG 2.1 AA and fits the screen: ${slug} at ${viewport} size`, async () => {
        const { page, errors } = await open(viewport, path);
        await page.getByRole('region', { name: region }).getByRole('table').or(page.getByRole('region', { name: region }).getByRole('progressbar')).first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        if (slug !== 'units') await page.waitForSelector('.chart-surface', { timeout: 30_000 });
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal page scroll').toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/drill-down-${slug}-${viewport}.png`, fullPage: true });
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
