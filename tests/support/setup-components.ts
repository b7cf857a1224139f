import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { format } from 'node:util';
import { server } from '../../mocks/node';

// jsdom has neither; charts and media queries only need them to exist.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// Any console.error (a React warning, a failed prop type, an act() warning) fails the test.
let consoleErrors: string[] = [];
let restoreConsole: (() => void) | undefined;
beforeEach(() => {
  consoleErrors = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(format(...args));
  });
  restoreConsole = () => spy.mockRestore();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  restoreConsole?.();
  document.documentElement.lang = 'id';
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called during the test:\n${consoleErrors.join('\n---\n')}`);
  }
});

// Lazy chart chunks and the demo data take a moment on a cold start.
configure({ asyncUtilTimeout: 5000 });
