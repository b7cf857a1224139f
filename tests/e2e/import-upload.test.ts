import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCampaign } from '../../server/demo/generate';
import { registrationCsv } from '../../server/demo/recap-file';
import { axeViolations, VIEWPORTS } from './support/browser';
import { collectErrors, gotoApp, SHOTS, signIn, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import { addUser, type RunningServer } from './support/server';

const ADMIN = { username: 'heru', role: 'admin' as const, password: 'kata-sandi-uji-e2e-123', displayName: 'Heru Siswanto' };

const thousandsId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('importing a recap on the admin page, against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];
  const rows = [...generateDemoCampaign({ today: '2026-11-23' }).registrations()].slice(0, 300);
  const goodCsv = [...registrationCsv(rows)].join('');
  const distinctWorkers = new Set(rows.map((r) => r.workerNik)).size;

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' }, { beforeStart: (dataDir) => addUser(dataDir, ADMIN) });
    // One browser profile for the whole walk-through: the session cookie carries over, as for a person.
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  });
  afterAll(() => stopServerAndBrowser(server, browser));

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    collectErrors(page, errors, {
      prefix: path,
      // The deliberately wrong password below is answered 401, which Chromium logs; nothing else may be.
      ignore: (m) => m.location().url.endsWith('/api/auth/login') && m.text().includes('401'),
    });
    await gotoApp(page, `${server.url}${path}`);
    return page;
  }

  async function upload(page: Page, name: string, text: string) {
    await page.getByLabel('Pilih berkas').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  it('sends a visitor from /admin/impor to /masuk, which passes axe, then signs in and comes back', async () => {
    const page = await open('/admin/impor');
    await page.waitForURL(/\/masuk\?next=%2Fadmin%2Fimpor$/);
    await page.getByLabel('Nama pengguna').waitFor();
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await signIn(page, { username: ADMIN.username, password: 'bukan-sandinya-123' });
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Nama pengguna atau kata sandi salah.');

    await signIn(page, ADMIN);
    await page.getByRole('heading', { level: 2, name: 'Impor data' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/impor');
    expect(await page.getByRole('navigation', { name: 'Akun' }).innerText()).toContain('Heru Siswanto (admin)');
    await page.close();
  });

  it('refuses a file with a bad row: line and column in the problem table, Simpan disabled', async () => {
    const page = await open('/admin/impor');
    const lines = [...registrationCsv(rows.slice(0, 5))];
    lines[3] = lines[3]!.replace(/;\d{2}\/\d{2}\/\d{4};/, ';32/13/2024;');
    await upload(page, 'rekap-salah.csv', lines.join(''));

    const preview = page.getByRole('region', { name: 'Pratinjau impor' });
    await preview.waitFor();
    const problem = preview.getByRole('table', { name: /Masalah pertama/ }).getByRole('row').nth(1);
    const cells = await problem.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['Kesalahan', '4', 'tanggal_daftar', '32/13/2024']);
    expect(await preview.getByRole('button', { name: 'Simpan', exact: true }).isDisabled()).toBe(true);
    expect(await preview.getByRole('button', { name: 'Simpan baris yang valid saja (4 baris)' }).isEnabled()).toBe(true);

    await preview.getByRole('button', { name: 'Batal' }).click();
    await page.getByText('Impor rekap-salah.csv dibatalkan. Tidak ada data yang berubah.').waitFor();
    await page.close();
  });

  it('previews 300 rows replacing the demo, saves them, and the overview counts the distinct workers', async () => {
    const page = await open('/admin/impor');
    await upload(page, 'rekap-pendaftaran.csv', goodCsv);
    const preview = page.getByRole('region', { name: 'Pratinjau impor' });
    await preview.waitFor({ timeout: 60_000 });
    const count = (label: string) => preview.locator('.count', { hasText: label }).locator('.count__value').innerText();
    expect(await count('Akan ditambah')).toBe('300 baris');
    expect(await count('Ditolak')).toBe('0 baris');
    expect(await preview.getByText('Data demo akan dihapus dan diganti data ini.').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/admin-impor-preview-desktop.png`, fullPage: true });

    await preview.getByRole('button', { name: 'Simpan', exact: true }).click();
    const done = page.getByRole('region', { name: 'Data tersimpan' });
    await done.waitFor({ timeout: 60_000 });
    expect(await done.innerText()).toContain('300 ditambah, 0 diperbarui, 0 tetap.');
    const history = page.getByRole('region', { name: 'Riwayat impor' });
    await history.getByRole('button', { name: 'Urungkan impor rekap-pendaftaran.csv' }).waitFor();

    await done.getByRole('link', { name: 'Lihat dasbor' }).click();
    const headline = page.getByRole('region', { name: 'Capaian pendaftaran' });
    await expect.poll(() => headline.locator('.headline__big').innerText(), { timeout: 30_000 }).toBe(thousandsId(distinctWorkers));
    expect(await page.getByRole('banner').getByText('Data demo').count()).toBe(0);
    await page.close();
  });

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`passes axe on /admin/impor and fits the screen at ${viewport} size`, async () => {
      const page = await open('/admin/impor');
      await page.setViewportSize(VIEWPORTS[viewport]);
      await page.getByRole('table', { name: 'Impor terakhir, terbaru di atas' }).waitFor();
      await upload(page, 'rekap-pendaftaran-ulang.csv', goodCsv);
      const preview = page.getByRole('region', { name: 'Pratinjau impor' });
      await preview.waitFor({ timeout: 60_000 });
      // The same file again: nothing to add, and the page says it was imported before.
      expect(await preview.getByText(/Berkas yang sama sudah diimpor pada/).isVisible()).toBe(true);
      expect(await preview.locator('.count', { hasText: 'Tetap' }).locator('.count__value').innerText()).toBe('300 baris');

      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal page scroll').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/admin-impor-${viewport}.png`, fullPage: true });
      await preview.getByRole('button', { name: 'Batal' }).click();
      await page.getByText('Impor rekap-pendaftaran-ulang.csv dibatalkan. Tidak ada data yang berubah.').waitFor();
      await page.close();
    });
  }

  it('logged no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
