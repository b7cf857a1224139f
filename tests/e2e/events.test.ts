import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, VIEWPORTS } from './support/browser';
import { collectErrors, gotoApp, SHOTS, signIn, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import { addUser, type RunningServer } from './support/server';

const ADMIN = { username: 'andry', role: 'admin' as const, password: 'kata-sandi-uji-e2e-456', displayName: 'Andryardhi Rahmansyah' };
const TITLE = 'Sosialisasi Puskesmas Cawas: kader desa';
const EDITED = 'Sosialisasi Puskesmas Cawas dan Trucuk: kader desa';

describe('campaign events: kept on /admin/peristiwa, drawn on the progress chart, against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' }, { beforeStart: (dataDir) => addUser(dataDir, ADMIN) });
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  });
  afterAll(() => stopServerAndBrowser(server, browser));

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    collectErrors(page, errors, { prefix: path });
    await gotoApp(page, `${server.url}${path}`);
    return page;
  }

  /** The progress chart's list of events and its markers, on the overview. */
  async function chartEvents(page: Page): Promise<{ list: Locator; markers: Locator }> {
    const progress = page.getByRole('region', { name: 'Perkembangan pendaftaran', exact: true });
    const list = progress.getByRole('region', { name: 'Peristiwa pada grafik' });
    await list.waitFor({ timeout: 30_000 });
    const markers = progress.locator('svg .event-marker');
    await markers.first().waitFor({ timeout: 30_000 });
    return { list, markers };
  }

  const row = (page: Page, title: string) => page.getByRole('table', { name: 'Semua peristiwa, terbaru di atas' }).getByRole('row').filter({ hasText: title });

  it('signs in on the way to /admin/peristiwa and adds an event', async () => {
    const page = await open('/admin/peristiwa');
    await page.waitForURL(/\/masuk\?next=%2Fadmin%2Fperistiwa$/);
    await signIn(page, ADMIN);
    await page.getByRole('heading', { level: 2, name: 'Peristiwa kampanye' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/peristiwa');

    const form = page.getByRole('region', { name: 'Tambah peristiwa' });
    // An empty title is refused before anything is sent.
    await form.getByLabel('Judul').fill('');
    await form.getByRole('button', { name: 'Tambah peristiwa' }).click();
    await form.getByText('Judul wajib diisi.').waitFor();

    await form.getByLabel('Tanggal').fill('2026-11-16');
    await form.getByLabel('Judul').fill(TITLE);
    await form.getByLabel('Jenis').selectOption({ label: 'Sosialisasi' });
    await form.getByLabel('Catatan (opsional)').fill('Sesi tambahan untuk kader desa.');
    await form.getByRole('button', { name: 'Tambah peristiwa' }).click();
    await page.getByRole('status').filter({ hasText: `Peristiwa "${TITLE}" ditambahkan.` }).waitFor();
    const added = row(page, TITLE);
    await added.waitFor();
    expect(await added.innerText()).toContain('16 Nov 2026');
    await page.close();
  });

  it('shows the new event as a numbered marker on the progress chart and in the list under it', async () => {
    const page = await open('/');
    const { list, markers } = await chartEvents(page);
    const items = list.getByRole('listitem');
    const mine = items.filter({ hasText: TITLE });
    expect(await mine.count()).toBe(1);
    expect(await mine.innerText()).toContain('16 Nov 2026');
    expect(await mine.innerText()).toContain('Sosialisasi');
    // The data ends on 23 Nov 2026: 8 of the 14 days from the event are in, too few to state a change.
    expect(await mine.innerText()).toMatch(/\d[\d.]* → \d[\d.]* pekerja baru 8 dari 14 hari/);

    // One marker per listed event; the new one carries the number the list gives it.
    expect(await markers.count()).toBe(await items.count());
    const number = (await mine.locator('.event-badge').innerText()).trim();
    const drawn = await markers.evaluateAll((els) => els.map((e) => ({ title: e.querySelector('title')?.textContent ?? '', badge: e.querySelector('text')?.textContent ?? '' })));
    const marker = drawn.filter((d) => d.title.startsWith(`${number}. ${TITLE} (16 Nov 2026): `));
    expect(marker).toHaveLength(1);
    expect(marker[0]!.badge).toBe(number);
    await page.getByRole('region', { name: 'Perkembangan pendaftaran', exact: true }).screenshot({ path: `${SHOTS}/events-progress-desktop.png` });
    await page.close();
  });

  it('edits the event, and the chart follows', async () => {
    const page = await open('/admin/peristiwa');
    await row(page, TITLE).getByRole('button', { name: `Ubah peristiwa ${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah peristiwa' });
    await dialog.getByLabel('Judul').fill(EDITED);
    await dialog.getByLabel('Tanggal').fill('2026-11-17');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: `Peristiwa "${EDITED}" disimpan.` }).waitFor();
    expect(await row(page, EDITED).innerText()).toContain('17 Nov 2026');

    await page.goto(`${server.url}/`);
    const { list } = await chartEvents(page);
    await list.getByText(EDITED).waitFor();
    expect(await list.getByText(TITLE, { exact: true }).count()).toBe(0);
    expect(await list.getByRole('listitem').filter({ hasText: EDITED }).innerText()).toContain('17 Nov 2026');
    await page.close();
  });

  it('deletes the event after a confirmation, and it leaves the chart', async () => {
    const page = await open('/admin/peristiwa');
    await row(page, EDITED).getByRole('button', { name: `Hapus peristiwa ${EDITED}` }).click();
    const dialog = page.getByRole('dialog', { name: `Hapus peristiwa "${EDITED}"?` });
    await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Peristiwa "${EDITED}" dihapus.` }).waitFor();
    expect(await row(page, EDITED).count()).toBe(0);

    await page.goto(`${server.url}/`);
    const { list, markers } = await chartEvents(page);
    expect(await list.getByText(EDITED).count()).toBe(0);
    expect(await markers.count()).toBe(await list.getByRole('listitem').count());
    await page.close();
  });

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`passes axe on /admin/peristiwa and fits the screen at ${viewport} size`, async () => {
      const page = await open('/admin/peristiwa');
      await page.setViewportSize(VIEWPORTS[viewport]);
      await page.getByRole('table', { name: 'Semua peristiwa, terbaru di atas' }).waitFor();
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal page scroll').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/admin-peristiwa-${viewport}.png`, fullPage: true });
      await page.close();
    });
  }

  it('logged no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
