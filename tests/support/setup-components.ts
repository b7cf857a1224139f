import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { format } from 'node:util';
import { adminStore, server } from '../../mocks/node';

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

// jsdom has <dialog> but not its modal methods; enough of them for the page to open and close one.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  if (!this.open) return;
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

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
  adminStore.reset();
  restoreConsole?.();
  document.documentElement.lang = 'id';
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called during the test:\n${consoleErrors.join('\n---\n')}`);
  }
});

// Lazy chart chunks and the demo data take a moment on a cold start.
configure({ asyncUtilTimeout: 5000 });
