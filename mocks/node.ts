import { setupServer } from 'msw/node';
import { createDemoApi } from './data/demo-api';
import { createHandlers } from './handlers';

/**
 * Tests run against a fixed demo campaign, so the numbers they derive from `demoApi`
 * are the ones the handlers serve.
 */
export const DEMO_TODAY = '2026-11-23';
export const demoApi = createDemoApi({ today: DEMO_TODAY });
export const server = setupServer(...createHandlers(demoApi));
