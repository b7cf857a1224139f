// Screenshots of pages at the three sizes people use them on (desktop, projector, phone), signed in as an
// admin so the staff pages are covered too. Starts the real server on a fresh data folder with the demo.
//
//   npm run build && npm run screenshots -- / /peringkat /admin/target      (default: every page)
//   SHOTS_DIR=/tmp/shots (default test-results/screenshots/pages)
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser, VIEWPORTS } from '../tests/e2e/support/browser';
import { addUser, startServer } from '../tests/e2e/support/server';

const PAGES = ['/', '/peringkat', '/unit', '/unit/1', '/kecamatan/Klaten%20Tengah', '/bandingkan?unit=1&unit=2&unit=3', '/cakupan', '/admin/impor', '/admin/target', '/admin/peristiwa'];
const ADMIN = { username: 'layar', role: 'admin' as const, password: 'kata-sandi-tangkapan-layar', displayName: 'Tangkapan Layar' };

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : PAGES;
const outDir = resolve(process.env.SHOTS_DIR ?? 'test-results/screenshots/pages');
await mkdir(outDir, { recursive: true });

const server = await startServer({}, { beforeStart: (dataDir) => addUser(dataDir, ADMIN) });
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const signIn = await context.newPage();
  await signIn.goto(`${server.url}/masuk`);
  await signIn.getByLabel('Nama pengguna').fill(ADMIN.username);
  await signIn.getByLabel('Kata sandi', { exact: true }).fill(ADMIN.password);
  await signIn.getByRole('button', { name: 'Masuk' }).click();
  await signIn.waitForURL((url) => url.pathname !== '/masuk');
  await signIn.close();

  for (const path of pages) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'}-${size}.png`;
      await page.screenshot({ path: resolve(outDir, name), fullPage: true });
      console.log(resolve(outDir, name));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
