import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, apiPaths } from '../../contract/paths';
import { Summary } from '../../contract/summary';
import { openTestDb, testDrivers } from '../../tests/support/test-db';
import { createApp } from '../app';
import type { Db } from '../db/client';
import { generateDemoCampaign } from '../demo/generate';
import { seedDemoCampaign } from '../demo/seed';
import { testPseudonymize } from '../../tests/support/load-dataset';
import { BOOT_DATA_ID, scriptSafeJson, shellWithBootData } from './spa-shell';

const SHELL = '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>';

/** The boot data a browser would read: the element's text, parsed. */
function bootOf(html: string): { summary: unknown; readAt: number } | null {
  const m = new RegExp(`<script id="${BOOT_DATA_ID}" type="application/json">([^<]*)</script>`).exec(html);
  return m ? (JSON.parse(m[1]!) as { summary: unknown; readAt: number }) : null;
}

describe('the shell with the headline data', () => {
  it('cannot be broken out of by the data it carries', () => {
    const evil = { name: '</script><script>alert(1)</script><!--', line: 'a\u2028b', amp: 'R&D' };
    const html = shellWithBootData(SHELL, { summary: evil, readAt: 1 });
    // One script element, closed once, and the data comes back as it went in.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(bootOf(html)?.summary).toEqual(evil);
    expect(scriptSafeJson(evil)).not.toMatch(/[<>&\u2028]/);
  });

  it('is the shell unchanged when there is no data', () => {
    expect(shellWithBootData(SHELL, null)).toBe(SHELL);
  });
});

describe.each(testDrivers)('GET / on %s', (driver) => {
  let db: Db;
  let staticDir: string;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await openTestDb(driver);
    staticDir = await mkdtemp(join(tmpdir(), 'shell-'));
    await writeFile(join(staticDir, 'index.html'), SHELL);
    app = createApp({ db, staticDir });
  });
  afterAll(async () => {
    await db.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('serves the shell without data while there is no campaign, and the page asks for itself', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(bootOf(await res.text())).toBeNull();
  });

  it('carries the same summary the API answers, valid by the contract, and is never cached', async () => {
    await seedDemoCampaign(db, generateDemoCampaign({ today: '2025-02-10' }), testPseudonymize);
    const before = Date.now();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const boot = bootOf(await res.text());
    const api = await (await app.request(`${API_BASE}${apiPaths.summary}`)).json();
    expect(boot?.summary).toEqual(api);
    expect(Summary.safeParse(boot?.summary).success).toBe(true);
    expect(boot!.readAt).toBeGreaterThanOrEqual(before);
    expect(await (await app.request('/index.html')).text()).toContain(BOOT_DATA_ID);
  });

  it('leaves other pages’ shells as they are', async () => {
    const res = await app.request('/peringkat');
    expect(bootOf(await res.text())).toBeNull();
  });
});
