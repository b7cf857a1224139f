import { createRouter } from '../../lib/create-router';
import { getHealth } from './health.routes';

export const healthRouter = createRouter().openapi(getHealth, async (c) => {
  const db = c.var.db;
  const started = performance.now();
  try {
    await db.query('select 1');
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    return c.json({ status: 'ok' as const, database: { driver: db.driver, reachable: true, latencyMs } }, 200);
  } catch {
    return c.json({ status: 'unavailable' as const, database: { driver: db.driver, reachable: false, latencyMs: null } }, 503);
  }
});
