import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

/** Used by src/app/main.tsx in `vite --mode mock` only. The worker script is served from mocks/public. */
const handlers = createHandlers();
export const worker = setupWorker(...handlers);

const WORKER_START_TIMEOUT_MS = 3000;

/**
 * Start the service worker. Some headless screenshot runs (Chromium's --virtual-time-budget) never
 * let a service worker activate; there the same handlers answer from a wrapped window.fetch instead.
 */
export async function startMocking(): Promise<void> {
  const started = worker.start({ onUnhandledRequest: 'bypass', quiet: true }).then(
    () => true,
    () => false,
  );
  const timedOut = new Promise<false>((resolve) => setTimeout(() => resolve(false), WORKER_START_TIMEOUT_MS));
  if (await Promise.race([started, timedOut])) return;

  const networkFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    return (await getResponse(handlers, request.clone())) ?? networkFetch(request);
  };
  console.warn('[mocks] Service worker did not start; answering API requests from an in-page fetch wrapper.');
}
