import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

/** Used by src/app/main.tsx in `vite --mode mock` only. The worker script is served from mocks/public. */
export const worker = setupWorker(...createHandlers());
