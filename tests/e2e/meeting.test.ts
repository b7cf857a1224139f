import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format';
import { axeViolations } from './support/browser';
import { collectErrors, SHOTS, signIn, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import { addUser, type RunningServer } from './support/server';

const STAFF = { username: 'sari', role: 'viewer' as const, password: 'kata-sandi-rapat-uji-42', displayName: 'Sari Rahayu' };

/** The two screens the issue names: a 1080p projector or TV, and an older 720p projector. */
const SCREENS = {
  '1080p': { width: 1920, height: 1080 },
  '720p': { width: 1280, height: 720 },
} as const;

const SLIDE_NAMES = [
  'Capaian kampanye',
  'Laju pendaftaran',
  'Peringkat di Jawa Tengah',
  'Papan peringkat unit kerja',
  'Unit yang perlu perhatian',
  'Pekerjaan pekerja terdaftar',
  'Ajakan: daftarkan satu pekerja',
];

/**
 * Issue 6: the campaign on a projector. The deck at /rapat, served by the real server from a clean data
 * folder (the demo campaign), driven by the keys a presenter and a clicker send, advancing on its own for
 * a lobby TV, and checked by axe (WCAG 2.1 AA, colour contrast included) on every slide, in both themes, at
 * 1920x1080 and 1280x720.
 */
describe('meeting mode (/rapat) on the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let registered = 0;

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' }, { beforeStart: (dir) => addUser(dir, STAFF) });
    registered = ((await (await fetch(`${server.url}/api/summary`)).json()) as { registered: number }).registered;
  });
  afterAll(() => stopServerAndBrowser(server, browser));

  async function open(path: string, screen: keyof typeof SCREENS = '1080p'): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: SCREENS[screen] });
    const errors: string[] = [];
    collectErrors(page, errors);
    await page.goto(`${server.url}${path}`);
    // A started deck shows a slide at once, whatever the data is doing.
    if (path.includes('hal=')) {
      await page
        .locator('section[aria-roledescription="slide"]')
        .waitFor({ timeout: 30_000 })
        .catch(async (error: unknown) => {
          throw new Error(`no slide at ${path}: ${errors.join(' | ')}\n${await page.locator('body').innerText()}`, { cause: error });
        });
    }
    return { page, errors };
  }

  /** The slide on screen: its accessible name says which one and where in the deck. */
  const currentSlide = (page: Page) => page.locator('section[aria-roledescription="slide"]');
  const slideName = async (page: Page) => (await currentSlide(page).getAttribute('aria-label', { timeout: 5_000 })) ?? '';
  const hal = (page: Page) => new URL(page.url()).searchParams.get('hal');

  async function expectSlide(page: Page, n: number, total = 7) {
    await expect.poll(() => slideName(page)).toBe(`Slide ${n} dari ${total}: ${SLIDE_NAMES[n - 1]}`);
    expect(hal(page)).toBe(String(n));
    await expect.poll(() => currentSlide(page).getByRole('heading', { level: 2 }).innerText()).toBe(SLIDE_NAMES[n - 1]);
  }

  /** Waits until the slide's data is drawn (no "Memuat data…" left, the chart in place on the pace slide). */
  async function settled(page: Page) {
    await expect.poll(() => currentSlide(page).innerText(), { timeout: 30_000 }).not.toContain('Memuat data');
    if ((await slideName(page)).includes(SLIDE_NAMES[1]!)) await currentSlide(page).locator('.chart-surface').waitFor();
  }

  it('is reached from the site navigation, shows no site chrome, and opens on the setup panel', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('navigation', { name: 'Halaman' }).getByRole('link', { name: 'Mode rapat' }).click();
    await page.waitForURL(`${server.url}/rapat`);
    const setup = page.getByRole('dialog', { name: 'Atur dek rapat' });
    await setup.waitFor();
    expect(await page.getByRole('navigation', { name: 'Halaman' }).count()).toBe(0);
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Pantau Peduli: mode rapat');
    await setup.getByRole('button', { name: 'Mulai presentasi' }).click();
    await expect.poll(() => setup.isVisible()).toBe(false);
    await expectSlide(page, 1);
    await settled(page);
    expect(await currentSlide(page).innerText()).toContain(formatNumber(registered, 'id'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves with the keys a presenter and a clicker send, and keeps the slide in the URL', async () => {
    const { page, errors } = await open('/rapat?hal=1');
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.keyboard.press('End');
    await expectSlide(page, 7);
    // Past the end a presenter stays on the last slide.
    await page.keyboard.press('PageDown');
    await expectSlide(page, 7);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('3');
    await expectSlide(page, 3);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 4);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 3);
    await page.keyboard.press('Space');
    await expectSlide(page, 4);
    await page.keyboard.press('Backspace');
    await expectSlide(page, 3);
    // The change is said to screen readers, politely.
    await expect.poll(() => page.locator('[aria-live="polite"]').first().innerText()).toBe('Slide 3 dari 7: Peringkat di Jawa Tengah');
    // Reloading the address shows the same slide: the deck lives in the URL.
    await page.reload();
    await expectSlide(page, 3);
    // The on-screen buttons do the same, by their names.
    await page.getByRole('button', { name: 'Slide berikutnya' }).click();
    await expectSlide(page, 4);
    await page.getByRole('button', { name: 'Slide sebelumnya' }).click();
    await expectSlide(page, 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows only the chosen slides and units', async () => {
    const { page, errors } = await open('/rapat?hal=1&slide=unit&slide=perhatian&unit=7&unit=8&unit=3');
    // The chosen deck numbers its own slides: 1 = leaderboard, 2 = attention.
    await expect.poll(() => slideName(page)).toBe(`Slide 1 dari 2: ${SLIDE_NAMES[3]}`);
    await settled(page);
    const rows = currentSlide(page).getByRole('row');
    // A header row and the three chosen units, each with its rank among all units.
    await expect.poll(() => rows.count()).toBe(4);
    const text = await currentSlide(page).innerText();
    for (const name of ['Dinas Pendidikan', 'Dinas Kesehatan', 'Inspektorat']) expect(text).toContain(name);
    expect(text).toContain('3 unit yang dipilih');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideName(page)).toBe(`Slide 2 dari 2: ${SLIDE_NAMES[4]}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits every OPD (the largest meeting) on the leaderboard and attention slides, at both sizes', async () => {
    const units = ((await (await fetch(`${server.url}/api/breakdown/units`)).json()) as { rows: { id: number; kind: string }[] }).rows;
    const opds = units.filter((u) => u.kind === 'opd').map((u) => `unit=${u.id}`);
    expect(opds.length).toBeGreaterThan(20);
    for (const screen of Object.keys(SCREENS) as (keyof typeof SCREENS)[]) {
      const { page, errors } = await open(`/rapat?hal=1&slide=unit&slide=perhatian&${opds.join('&')}`, screen);
      for (const n of [1, 2]) {
        if (n === 2) await page.keyboard.press('ArrowRight');
        await expect.poll(() => slideName(page)).toBe(`Slide ${n} dari 2: ${SLIDE_NAMES[n + 2]}`);
        await settled(page);
        if (n === 1) expect(await currentSlide(page).getByRole('row').count()).toBe(opds.length + 2);
        const overflow = await currentSlide(page).evaluate((slide) => {
          const body = slide.querySelector('.slide__body') as HTMLElement;
          return body.scrollHeight - body.clientHeight;
        });
        expect(overflow, `slide ${n} at ${screen}`).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/meeting-opd-${screen}-${n}.png` });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('advances on its own with jeda=2, loops with ulang=1, and pauses with p', async () => {
    const { page, errors } = await open('/rapat?hal=6&jeda=2&ulang=1');
    await expectSlide(page, 6);
    await expect.poll(() => hal(page), { timeout: 6_000 }).toBe('7');
    // Looping: after the last slide, the first.
    await expect.poll(() => hal(page), { timeout: 6_000 }).toBe('1');
    await expect.poll(() => page.locator('[aria-live="polite"]').first().innerText()).toBe('Slide 1 dari 7: Capaian kampanye');
    await page.keyboard.press('p');
    await page.getByRole('button', { name: 'Lanjutkan putar otomatis (P)' }).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('[aria-live="polite"]').first().innerText()).toBe('Putar otomatis dijeda');
    const pausedOn = hal(page);
    await page.waitForTimeout(3_000);
    expect(hal(page)).toBe(pausedOn);
    await page.keyboard.press('p');
    await expect.poll(() => hal(page), { timeout: 6_000 }).not.toBe(pausedOn);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides the cursor and controls after a few seconds idle, and shows them on a mouse move', async () => {
    const { page } = await open('/rapat?hal=1');
    const controls = page.getByRole('group', { name: 'Kontrol presentasi' });
    await page.mouse.move(400, 400);
    await expect.poll(() => controls.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await expect.poll(() => controls.evaluate((el) => getComputedStyle(el).opacity), { timeout: 8_000 }).toBe('0');
    expect(await page.locator('.meeting').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    await page.mouse.move(500, 500);
    await expect.poll(() => controls.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.close();
  });

  it('lets signed-in staff put a snapshot of the overview behind the QR code', async () => {
    const context = await browser.newContext({ viewport: SCREENS['1080p'] });
    const page = await context.newPage();
    const errors: string[] = [];
    collectErrors(page, errors);
    await page.goto(`${server.url}/masuk?next=%2Frapat%3Fhal%3D7`);
    await signIn(page, STAFF);
    await page.waitForURL(/\/rapat\?hal=7/);
    const slide = currentSlide(page);
    await expect.poll(() => slide.getByRole('img', { name: /Kode QR menuju 127\.0\.0\.1:\d+$/ }).count()).toBe(1);
    await slide.getByRole('button', { name: 'Buat tautan snapshot' }).click();
    const qr = slide.getByRole('img', { name: /Kode QR menuju 127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{43}$/ });
    await qr.waitFor();
    const link = (await slide.locator('.closing-slide__link').innerText()).trim();
    expect(await slide.innerText()).toContain('Pindai untuk membuka snapshot data rapat ini');
    const snapshot = await fetch(`${server.url}/api/snapshots/${link.split('/s/')[1]}`);
    expect(snapshot.status).toBe(200);
    expect(((await snapshot.json()) as { view: { path: string } }).view.path).toBe('/');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const theme of ['terang', 'gelap'] as const) {
    for (const screen of Object.keys(SCREENS) as (keyof typeof SCREENS)[]) {
      it(`passes axe (WCAG 2.1 AA, contrast included) on every slide, ${theme} theme, ${screen}`, async () => {
        const { page, errors } = await open(`/rapat?hal=1${theme === 'gelap' ? '&tema=gelap' : ''}`, screen);
        for (let n = 1; n <= SLIDE_NAMES.length; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await expectSlide(page, n);
          await settled(page);
          const violations = await axeViolations(page);
          expect(violations, `slide ${n}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
          // Nothing on the slide spills out of its 16:9 frame or its body.
          const overflow = await currentSlide(page).evaluate((slide) => {
            const body = slide.querySelector('.slide__body') as HTMLElement;
            return { body: body.scrollHeight - body.clientHeight, page: document.documentElement.scrollHeight - window.innerHeight };
          });
          expect(overflow, `slide ${n}`).toEqual({ body: 0, page: 0 });
          // The room's view: once the controls have faded (the keys above do not wake them).
          if (n === 1) await page.locator('.meeting.is-idle').waitFor({ timeout: 8_000 });
          await page.screenshot({ path: `${SHOTS}/meeting-${theme}-${screen}-${n}.png` });
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
