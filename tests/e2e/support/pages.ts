import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer, type StartOptions } from './server';

/** Where the browser tests leave their screenshots. */
export const SHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Starts the real server (on a clean data folder) and Chromium side by side, and makes the screenshot folder. */
export async function startServerAndBrowser(env: Record<string, string> = {}, options: StartOptions = {}): Promise<[RunningServer, Browser]> {
  const started = await Promise.all([startServer(env, options), launchBrowser()]);
  await mkdir(SHOTS, { recursive: true });
  return started;
}

/** Closes what startServerAndBrowser started, whichever of the two did start. */
export async function stopServerAndBrowser(server: RunningServer | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}

/**
 * Keeps a page's console errors and uncaught exceptions in `errors`, which a test then expects empty.
 * With a `prefix` (the path opened), each entry names it and the console message's source; `ignore`
 * leaves out a console error the test causes on purpose.
 */
export function collectErrors(page: Page, errors: string[], options: { prefix?: string; ignore?: (message: ConsoleMessage) => boolean } = {}): void {
  const { prefix, ignore } = options;
  page.on('console', (m) => {
    if (m.type() !== 'error' || ignore?.(m)) return;
    errors.push(prefix === undefined ? m.text() : `${prefix}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(prefix === undefined ? e.message : `${prefix}: ${e.message}`));
}

/** Goes to `url` and waits for the app shell (its one level-1 heading). */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Fills the /masuk form and sends it. */
export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(user.username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}
