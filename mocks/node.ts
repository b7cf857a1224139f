import { setupServer } from 'msw/node';
import { createDemoApi } from './data/demo-api';
import { createAdminStore } from './data/admin-store';
import { createHandlers } from './handlers';

/**
 * Tests run against a fixed demo campaign, so the numbers they derive from `demoApi`
 * are the ones the handlers serve.
 */
export const DEMO_TODAY = '2026-11-23';
export const demoApi = createDemoApi({ today: DEMO_TODAY });
/** Accounts and imports in memory: signed in as an admin; tests reset it after each test. */
export const adminStore = createAdminStore({ now: () => new Date('2026-11-23T04:30:00Z') });
export const server = setupServer(...createHandlers(demoApi, adminStore));
