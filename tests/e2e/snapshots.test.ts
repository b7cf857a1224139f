import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCampaign } from '../../server/demo/generate';
import { registrationCsv } from '../../server/demo/recap-file';
import { pngSize } from '../support/png-size';
import { axeViolations, launchBrowser, VIEWPORTS } from './support/browser';
import { startInProcessServer, type InProcessServer } from './support/in-process-server';
import { collectErrors, gotoApp, signIn } from './support/pages';

const ADMIN = { username: 'ratna', role: 'admin' as const, password: 'kata-sandi-uji-e2e-123', displayName: 'Ratna Dewi' };
const DAY = 86_400_000;

/**
 * Issue 5's promise to Pemkab: a snapshot link opens without signing in, shows the numbers as they were when it was
 * made (whatever is imported later), dies for good when revoked or expired, and cannot be found by guessing.
 */
describe('snapshots, from the share dialog to a phone without a session', () => {
  let server: InProcessServer;
  let browser: Browser;
  let staff: BrowserContext;
  let staffPage: Page;
  /** Stays on the app, so its fetches run under the SPA's rules (the snapshot page allows no scripts). */
  let apiPage: Page;
  const errors: string[] = [];
  let link = '';
  let frozenHeadline = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startInProcessServer({ DEMO_TODAY: '2026-11-23' }, [ADMIN]), launchBrowser()]);
    staff = await browser.newContext({ viewport: VIEWPORTS.desktop });
    staffPage = await staff.newPage();
    collectErrors(staffPage, errors, { prefix: 'staff' });
    await gotoApp(staffPage, `${server.url}/masuk?next=%2F`);
    await signIn(staffPage, ADMIN);
    await staffPage.waitForURL(`${server.url}/`);
    apiPage = await staff.newPage();
    collectErrors(apiPage, errors, { prefix: 'api' });
    await gotoApp(apiPage, `${server.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A visitor with no cookies, on a phone, as from a WhatsApp message. */
  async function openAsVisitor(url: string) {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(url);
    return { context, page, status: response?.status() ?? 0 };
  }

  async function api<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<{ status: number; json: T }> {
    return apiPage.evaluate(
      async ({ method, path, body, type }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const response = await fetch(path, {
          method,
          headers: { 'Content-Type': type, 'X-CSRF-Token': me.csrfToken ?? '' },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
        return { status: response.status, json: await response.json() };
      },
      { method, path, body, type },
    );
  }

  it('creates a snapshot of the ranking page from the share dialog, with the view in the link', async () => {
    await gotoApp(staffPage, `${server.url}/peringkat?metric=percent`);
    await staffPage.getByRole('button', { name: 'Bagikan snapshot' }).click();
    const dialog = staffPage.getByRole('dialog');
    await dialog.getByLabel('Judul').fill('Peringkat Jawa Tengah untuk rapat Pemkab');
    await dialog.getByLabel(/Catatan/).fill('Dibahas pada rapat koordinasi.');
    await dialog.getByRole('button', { name: /Buat tautan/ }).click();
    const field = dialog.getByLabel('Tautan snapshot');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{43}$`));
  });

  it('opens in a fresh context without a session: frozen stamp, numbers, no compare link, passes axe', async () => {
    const { context, page, status } = await openAsVisitor(link);
    expect(status).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/Snapshot per \d{1,2} \w{3} \d{4},? \d{2}\.\d{2} WIB/);
    expect(text).toContain('Peringkat Jawa Tengah untuk rapat Pemkab');
    expect(text).toContain('Dibahas pada rapat koordinasi.');
    expect(text).not.toContain('Bandingkan dengan data terkini');
    const live = await api<{ registered: number }>('GET', '/api/summary');
    frozenHeadline = live.json.registered.toLocaleString('id-ID');
    expect(text).toContain(frozenHeadline);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal page scroll on a phone').toBeLessThanOrEqual(0);
    await context.close();
  });

  it('carries Open Graph tags whose preview image is a 1200x630 PNG', async () => {
    const { context, page } = await openAsVisitor(link);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{43}\/pratinjau\.png$/);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Peringkat Jawa Tengah untuk rapat Pemkab');
    const response = await page.request.get(image!);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    await context.close();
  });

  it('shows the same numbers after an import changes the live data', async () => {
    const rows = [...generateDemoCampaign({ today: '2026-11-23' }).registrations()].slice(0, 250);
    const csv = [...registrationCsv(rows)].join('');
    const upload = await api<{ id: number }>('POST', '/api/admin/imports?fileName=rekap-baru.csv', csv, 'application/octet-stream');
    expect(upload.status).toBe(201);
    const applied = await api('POST', `/api/admin/imports/${upload.json.id}/apply`, { partial: false });
    expect(applied.status).toBe(200);
    const live = await api<{ registered: number }>('GET', '/api/summary');
    expect(live.json.registered.toLocaleString('id-ID')).not.toBe(frozenHeadline);

    const { context, page, status } = await openAsVisitor(link);
    expect(status).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text).toContain(frozenHeadline);
    await context.close();
  });

  it('offers the comparison with live data to signed-in staff only', async () => {
    await staffPage.goto(link);
    await staffPage.getByRole('link', { name: 'Bandingkan dengan data terkini' }).click();
    await staffPage.waitForURL(/bandingkan=1/);
    const text = await staffPage.locator('body').innerText();
    expect(text).toContain(frozenHeadline);
    const live = await api<{ registered: number }>('GET', '/api/summary');
    expect(text).toContain(live.json.registered.toLocaleString('id-ID'));

    const { context, page } = await openAsVisitor(`${link}?bandingkan=1`);
    expect(await page.locator('body').innerText()).not.toContain(live.json.registered.toLocaleString('id-ID'));
    await context.close();
  });

  it('lists the link for admins with its opens, and once revoked it answers 410 for good', async () => {
    const listed = await api<{ snapshots: { title: string; opens: number }[] }>('GET', '/api/admin/snapshots');
    // Visitors opened it four times (once asking for the comparison), staff twice (page, comparison); the preview image is no open.
    expect(listed.json.snapshots.find((s) => s.title === 'Peringkat Jawa Tengah untuk rapat Pemkab')?.opens).toBe(6);
    await gotoApp(staffPage, `${server.url}/admin/tautan`);
    const row = staffPage.getByRole('row', { name: /Peringkat Jawa Tengah untuk rapat Pemkab/ });
    await row.waitFor();
    await row.getByRole('button', { name: /Cabut/ }).click();
    await staffPage.getByRole('dialog').getByRole('button', { name: 'Ya, cabut tautan' }).click();
    await expect.poll(() => row.innerText()).toMatch(/dicabut/i);

    const { context, page, status } = await openAsVisitor(link);
    expect(status).toBe(410);
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/dicabut/);
    expect(text).not.toContain(frozenHeadline);
    await context.close();
  });

  it('expires on the day chosen at creation: 410, not the data', async () => {
    const created = await api<{ url: string }>('POST', '/api/snapshots', { title: 'Ringkasan seminggu', view: { path: '/', params: {} }, expiresInDays: 7 });
    expect(created.status).toBe(201);
    const before = await openAsVisitor(`${server.url}${created.json.url}`);
    expect(before.status).toBe(200);
    await before.context.close();

    server.advance(8 * DAY);
    try {
      const after = await openAsVisitor(`${server.url}${created.json.url}`);
      expect(after.status).toBe(410);
      expect(await after.page.locator('body').innerText()).toMatch(/kedaluwarsa/);
      await after.context.close();
    } finally {
      server.advance(-8 * DAY);
    }
  });

  it('answers guessed tokens 404, then 429 once an address has guessed too often', async () => {
    const { context, page } = await openAsVisitor(`${server.url}/s/${'A'.repeat(43)}`);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
      statuses.push((await page.request.get(`${server.url}/s/${token}`)).status());
    }
    // Misses count per address over a minute (the 410s above count too): at most ten 404s, then only 429s.
    const firstBlocked = statuses.indexOf(429);
    expect(firstBlocked, statuses.join(',')).toBeGreaterThan(0);
    expect(firstBlocked).toBeLessThanOrEqual(10);
    expect(statuses.slice(0, firstBlocked).every((s) => s === 404), statuses.join(',')).toBe(true);
    expect(statuses.slice(firstBlocked).every((s) => s === 429), statuses.join(',')).toBe(true);
    const blocked = await page.request.get(`${server.url}/s/${'B'.repeat(43)}`);
    expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
    await context.close();
  });

  it('logged no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
